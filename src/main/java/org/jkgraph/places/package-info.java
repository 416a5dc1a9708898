/**
 * Places: where events happen, with each side's name for disputed ones. {@link org.jkgraph.places.PlaceController}
 * serves {@code /api/places}; the Cypher is in {@code cypher/queries/places/}.
 */
package org.jkgraph.places;
