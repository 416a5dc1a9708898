/**
 * Exploring the graph around facts: the neighbourhood of one fact, as a {@link org.jkgraph.api.GraphView} ready for
 * Cytoscape.js, vis-network or D3, and the shortest paths between two, one by one and as such a view
 * ({@link GraphPaths}). Entry point: {@link GraphExplorer}.
 */
package org.jkgraph.graph;
