package org.jkgraph.graph;

import java.util.List;

import org.jkgraph.api.GraphView.GraphEdge;
import org.jkgraph.api.GraphView.GraphNode;

/**
 * The paths between two facts: every node and edge on them once ({@code nodes}, {@code edges}, as a graph drawing
 * library takes them), and the {@code paths} one by one, shortest first, each as the ids of its nodes and edges in
 * order from {@code from} to {@code to}.
 */
public record GraphPaths(String from, String to, List<GraphNode> nodes, List<GraphEdge> edges, List<Path> paths) {

	/** One path: its {@code length} in hops, its node ids (length + 1 of them) and its edge ids, in order. */
	public record Path(int length, List<String> nodes, List<String> edges) {
	}

}
