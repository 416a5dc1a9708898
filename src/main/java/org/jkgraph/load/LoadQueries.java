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
		GraphModel.labelSets().stream().map(LoadQueries::nodesFile).filter(name -> !files.containsKey(name))
			.forEach(missing::add);
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

	String nodes(List<String> labels) {
		return get(nodesFile(labels));
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

	private static String nodesFile(List<String> labels) {
		return "generated/nodes/" + GraphModel.fileName(labels);
	}

	private static String createFile(String type) {
		return "generated/relationships/create/" + type;
	}

	private static String mergeFile(String type) {
		return "generated/relationships/merge/" + type;
	}

}
