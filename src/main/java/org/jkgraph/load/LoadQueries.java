package org.jkgraph.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jkgraph.system.CypherFiles;

/**
 * The loader's Cypher, read once from {@code cypher/load/}: named queries, and the generated ones per label set and
 * relationship type (see {@link GraphModel}). A missing file stops the loader at construction, not mid-load.
 */
final class LoadQueries {

	private static final List<String> NAMED = List.of("existing_facts", "fact_exists", "placeholders",
			"record_load", "remove_facts", "remove_stale_relationships", "dataset_facts", "remove_facts_by_id");

	private final Map<String, String> files;

	LoadQueries() {
		this.files = CypherFiles.read("load");
		List<String> missing = new ArrayList<>();
		NAMED.stream().filter(name -> !files.containsKey(name)).forEach(missing::add);
		GraphModel.labelSets().stream().map(LoadQueries::mergeNodesFile).filter(name -> !files.containsKey(name))
			.forEach(missing::add);
		GraphModel.labelSets().stream().filter(labels -> GraphModel.nodeProperties(labels).isPresent())
			.map(LoadQueries::createNodesFile).filter(name -> !files.containsKey(name)).forEach(missing::add);
		for (String type : GraphModel.RELATIONSHIP_TYPES) {
			List.of(createFile(type), mergeFile(type)).stream().filter(name -> !files.containsKey(name))
				.forEach(missing::add);
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException("Missing loader queries: cypher/load/" + String.join(".cypher, cypher/load/",
					missing) + ".cypher");
		}
	}

	String named(String name) {
		return get(name);
	}

	/** Creates or replaces nodes with {@code labels}, whether they are in the graph or not. */
	String mergeNodes(List<String> labels) {
		return get(mergeNodesFile(labels));
	}

	/** Creates nodes with {@code labels} that are not in the graph; empty for kinds whose keys are open. */
	java.util.Optional<String> createNodes(List<String> labels) {
		return java.util.Optional.ofNullable(files.get(createNodesFile(labels)));
	}

	String createRelationships(String type) {
		return get(createFile(type));
	}

	String mergeRelationships(String type) {
		return get(mergeFile(type));
	}

	private String get(String name) {
		String query = files.get(name);
		if (query == null) {
			throw new IllegalStateException("No loader query cypher/load/" + name + ".cypher");
		}
		return query;
	}

	private static String mergeNodesFile(List<String> labels) {
		return "generated/nodes/merge/" + GraphModel.fileName(labels);
	}

	private static String createNodesFile(List<String> labels) {
		return "generated/nodes/create/" + GraphModel.fileName(labels);
	}

	private static String createFile(String type) {
		return "generated/relationships/create/" + type;
	}

	private static String mergeFile(String type) {
		return "generated/relationships/merge/" + type;
	}

}
