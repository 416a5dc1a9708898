/**
 * Exploring the graph around facts: the neighbourhood of one fact and the shortest paths between two, as
 * {@link org.jkgraph.api.GraphView}s ready for Cytoscape.js, vis-network or D3. Entry point: {@link GraphExplorer}.
 */
package org.jkgraph.graph;
