/**
 * Offices: who held which position of a country, party or ministry, from when to when (the HELD_OFFICE
 * relationships of the actors' facts). {@link org.jkgraph.offices.OfficeController} serves {@code /api/offices}; the
 * Cypher is in {@code cypher/queries/offices/}.
 */
package org.jkgraph.offices;
