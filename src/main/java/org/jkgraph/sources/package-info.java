/**
 * Sources: where the facts come from, and which facts each one supports. {@link org.jkgraph.sources.SourceController}
 * serves {@code /api/sources}; the Cypher is in {@code cypher/queries/sources/}.
 */
package org.jkgraph.sources;
