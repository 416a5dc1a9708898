package org.jkgraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.jkgraph.api.BadParameterException;
import org.jkgraph.api.FactFilter;
import org.jkgraph.api.GraphReader;
import org.jkgraph.api.GraphView;
import org.jkgraph.api.NotFoundException;
import org.jkgraph.model.FactModel;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.Path;

import org.springframework.stereotype.Service;

/**
 * Neighbourhoods and shortest paths, each bounded in hops and in size. Cypher takes no parameter for the bounds of a
 * variable-length pattern, so every allowed hop count has its own query file ({@code graph/neighborhood_2},
 * {@code graph/shortest_paths_4}, …) and the validated number only picks the file.
 */
@Service
public class GraphExplorer {

	public static final int MAX_DEPTH = 3;

	public static final int MAX_HOPS = 6;

	public static final int DEFAULT_NEIGHBORHOOD_LIMIT = 100;

	public static final int DEFAULT_PATH_LIMIT = 25;

	public static final int DEFAULT_HOPS = 4;

	/** Every relationship type the loader writes, as the model declares them. */
	private final Set<String> relationshipTypes;

	private final GraphReader reader;

	public GraphExplorer(GraphReader reader, FactModel model) {
		this.reader = reader;
		this.relationshipTypes = Set.copyOf(model.relationshipTypes());
		IntStream.rangeClosed(1, MAX_DEPTH).forEach(depth -> reader.require(neighborhoodQuery(depth)));
		IntStream.rangeClosed(1, MAX_HOPS).forEach(hops -> reader.require(pathQuery(hops)));
	}

	/**
	 * The fact {@code id} and the nodes at most {@code depth} (1 … {@value #MAX_DEPTH}) hops away, nearest first, at
	 * most {@code limit} of them besides the fact itself, with the relationships among them. Sources and claims only
	 * when asked for.
	 */
	public GraphView neighborhood(String id, int depth, int limit, boolean includeSources) {
		return neighborhood(id, depth, limit, includeSources, FactFilter.DEFAULT_STATUSES);
	}

	/** {@link #neighborhood(String, int, int, boolean)} through facts of these review statuses only. */
	public GraphView neighborhood(String id, int depth, int limit, boolean includeSources, List<String> statuses) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("id", id);
		parameters.put("limit", limit);
		parameters.put("includeSources", includeSources);
		parameters.put("statuses", statuses);
		return reader.single(neighborhoodQuery(depth), parameters, GraphExplorer::view)
			.orElseThrow(() -> new NotFoundException("fact", id));
	}

	/**
	 * Paths do not pass through nodes with more relationships than this (either end may have more). On a million
	 * events, paths through countries and big topics ran into the query timeout, and said little anyway.
	 */
	public static final int HUB_DEGREE = 1000;

	/**
	 * The shortest paths between two facts of at most {@code maxHops} (1 … {@value #MAX_HOPS}) hops, shortest first,
	 * at most {@code limit} of them, not through hubs ({@link #HUB_DEGREE}). With no {@code types} every
	 * relationship but citations and claims may be walked. No paths when none is that short.
	 */
	public GraphPaths paths(String from, String to, int maxHops, List<String> types, int limit) {
		return paths(from, to, maxHops, types, limit, FactFilter.DEFAULT_STATUSES);
	}

	/** {@link #paths(String, String, int, List, int)} through facts of these review statuses only. */
	public GraphPaths paths(String from, String to, int maxHops, List<String> types, int limit, List<String> statuses) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("statuses", statuses);
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("types", relationshipTypes(types));
		parameters.put("limit", limit);
		parameters.put("maxDegree", HUB_DEGREE);
		Record row = reader.single(pathQuery(maxHops), parameters, r -> r).orElseThrow();
		if (row.get("from").isNull()) {
			throw new NotFoundException("fact", from);
		}
		if (row.get("to").isNull()) {
			throw new NotFoundException("fact", to);
		}
		GraphView view = new GraphView.Builder().add(row.get("paths")).build();
		List<GraphPaths.Path> paths = row.get("paths").asList(value -> {
			Path path = value.asPath();
			List<String> nodes = new ArrayList<>();
			path.nodes().forEach(node -> nodes.add(node.get("id").asString()));
			List<String> edges = new ArrayList<>();
			path.relationships().forEach(edge -> edges.add(edge.get("id").asString(edge.elementId())));
			return new GraphPaths.Path(path.length(), nodes, edges);
		});
		return new GraphPaths(from, to, view.nodes(), view.edges(), paths);
	}

	private static GraphView view(Record row) {
		return new GraphView.Builder().add(row.get("nodes")).add(row.get("edges")).build();
	}

	private static String neighborhoodQuery(int depth) {
		return "graph/neighborhood_" + depth;
	}

	private static String pathQuery(int hops) {
		return "graph/shortest_paths_" + hops;
	}

	/** Null for "no restriction"; otherwise the named types, upper case, each one the graph knows. */
	private List<String> relationshipTypes(List<String> types) {
		if (types == null || types.stream().allMatch(String::isBlank)) {
			return null;
		}
		Set<String> valid = new TreeSet<>();
		for (String type : types) {
			String name = type.strip().toUpperCase(Locale.ROOT);
			if (name.isEmpty()) {
				continue;
			}
			if (!relationshipTypes.contains(name)) {
				throw new BadParameterException("types", "types: unknown relationship type '" + type.strip()
						+ "'; known types are " + new TreeSet<>(relationshipTypes));
			}
			valid.add(name);
		}
		return List.copyOf(valid);
	}

}
