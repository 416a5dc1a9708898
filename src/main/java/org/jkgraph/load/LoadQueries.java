package org.jkgraph.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jkgraph.model.FactModel;
import org.jkgraph.system.CypherFiles;

/**
 * The loader's Cypher, read once from {@code cypher/load/}: named queries, and one query per label set and
 * relationship type of the model, rendered at start-up from {@code cypher/load/templates/}. Cypher plans a fixed
 * label or type far better than a dynamic one ({@code $(row.type)} scans every relationship of the type to merge
 * one), so each gets its own text; labels and types come from the model, never from input. A missing file stops
 * the loader at construction, not mid-load.
 */
final class LoadQueries {

	private static final List<String> NAMED = List.of("apply_review_decisions", "existing_facts", "fact_exists",
			"placeholders", "record_load", "remove_facts", "remove_stale_relationships", "dataset_facts",
			"remove_facts_by_id", "start_load", "end_load");

	private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z_]*");

	private final Map<String, String> files;

	private final Map<List<String>, String> mergeNodes = new HashMap<>();

	private final Map<List<String>, String> createNodes = new HashMap<>();

	private final Map<String, String> createRelationships = new HashMap<>();

	private final Map<String, String> mergeRelationships = new HashMap<>();

	LoadQueries(FactModel model) {
		this.files = CypherFiles.read("load");
		List<String> missing = new ArrayList<>();
		NAMED.stream().filter(name -> !files.containsKey(name)).forEach(missing::add);
		List.of("templates/nodes", "templates/create_nodes", "templates/create_relationships",
				"templates/merge_relationships").stream().filter(name -> !files.containsKey(name)).forEach(missing::add);
		if (!missing.isEmpty()) {
			throw new IllegalStateException("Missing loader queries: cypher/load/" + String.join(".cypher, cypher/load/",
					missing) + ".cypher");
		}
		for (List<String> labels : model.labelSets()) {
			labels.forEach(LoadQueries::checkName);
			List<String> others = model.allLabels().stream().filter(label -> !labels.contains(label)).toList();
			mergeNodes.put(labels, files.get("templates/nodes").replace("__OTHER_LABELS__", String.join(":", others))
				.replace("__LABELS__", String.join(":", labels)));
			model.nodeProperties(labels).ifPresent(properties -> createNodes.put(labels, files.get("templates/create_nodes")
				.replace("__LABELS__", String.join(":", labels))
				.replace("__PROPERTIES__", String.join(", ", properties.stream().map(p -> p + ": row." + p).toList()))));
		}
		for (String type : model.relationshipTypes()) {
			checkName(type);
			List<String> properties = model.relationshipProperties(type);
			createRelationships.put(type, files.get("templates/create_relationships").replace("__TYPE__", type)
				.replace("__PROPERTIES__", String.join(", ", properties.stream().map(p -> p + ": row." + p).toList())));
			mergeRelationships.put(type, files.get("templates/merge_relationships").replace("__TYPE__", type)
				.replace("__SET_PROPERTIES__",
						String.join(",\n    ", properties.stream().map(p -> "r." + p + " = row." + p).toList())));
		}
	}

	/** Labels and types go into the query text, so they must be plain names. */
	private static void checkName(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalStateException("'" + name + "' is not a label or relationship type the loader can write");
		}
	}

	String named(String name) {
		return get(files, name);
	}

	/** Creates or replaces nodes with {@code labels}, whether they are in the graph or not. */
	String mergeNodes(List<String> labels) {
		return get(mergeNodes, labels);
	}

	/** Creates nodes with {@code labels} that are not in the graph; empty for kinds whose keys are open. */
	Optional<String> createNodes(List<String> labels) {
		return Optional.ofNullable(createNodes.get(labels));
	}

	String createRelationships(String type) {
		return get(createRelationships, type);
	}

	String mergeRelationships(String type) {
		return get(mergeRelationships, type);
	}

	private static <K> String get(Map<K, String> queries, K key) {
		String query = queries.get(key);
		if (query == null) {
			throw new IllegalStateException("No loader query for " + key + " (is it declared in the model?)");
		}
		return query;
	}

}
