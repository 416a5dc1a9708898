package org.jkgraph.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jkgraph.model.FactModel;
import org.jkgraph.model.NodeRow;
import org.jkgraph.model.RelationshipRow;
import org.jkgraph.system.CypherFiles;

/**
 * The loader's Cypher, read once from {@code cypher/load/}: named queries, and the write statements rendered at
 * start-up from {@code cypher/load/templates/} for the model — one statement that creates nodes of every closed kind,
 * one that merges nodes of every kind and one that creates relationships of every type, with labels and types as
 * dynamic values ({@code $(row.labels)}, {@code $(row.type)}) and every property of the model named; and one merge
 * per relationship type, since Cypher plans a fixed type far better than a dynamic one there ({@code $(row.type)}
 * scans every relationship of the type to merge one). Few statements means few plans: planning one statement per
 * label set and type was most of the seeds' load at start-up. Labels, types and property names come from the model,
 * never from input, and the rows for these statements are made here ({@link #createNodeRow} and the like), so a
 * row never carries a label, type or property its kind does not declare. A missing file stops the loader at
 * construction, not mid-load.
 */
final class LoadQueries {

	private static final List<String> NAMED = List.of("apply_review_decisions", "existing_facts", "fact_exists",
			"placeholders", "record_load", "remove_facts", "remove_stale_relationships", "dataset_facts",
			"remove_facts_by_id", "start_load", "end_load");

	private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z_]*");

	private static final Pattern PROPERTY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private final Map<String, String> files;

	/** The properties a node of each label set is created with, for the label sets whose properties are closed. */
	private final Map<List<String>, List<String>> nodeProperties = new HashMap<>();

	/** Every label of the model that a node of each label set does not have. */
	private final Map<List<String>, List<String>> otherLabels = new HashMap<>();

	private final Map<String, List<String>> relationshipProperties = new HashMap<>();

	private final Map<String, String> mergeRelationships = new HashMap<>();

	private final String mergeNodes;

	private final String createNodes;

	private final String createRelationships;

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
		Set<String> allNodeProperties = new LinkedHashSet<>();
		for (List<String> labels : model.labelSets()) {
			labels.forEach(LoadQueries::checkName);
			otherLabels.put(labels, model.allLabels().stream().filter(label -> !labels.contains(label)).toList());
			model.nodeProperties(labels).ifPresent(properties -> {
				properties.forEach(LoadQueries::checkProperty);
				nodeProperties.put(labels, properties);
				allNodeProperties.addAll(properties);
			});
		}
		Set<String> allRelationshipProperties = new LinkedHashSet<>();
		for (String type : model.relationshipTypes()) {
			checkName(type);
			List<String> properties = model.relationshipProperties(type);
			properties.forEach(LoadQueries::checkProperty);
			relationshipProperties.put(type, properties);
			allRelationshipProperties.addAll(properties);
			mergeRelationships.put(type, files.get("templates/merge_relationships").replace("__TYPE__", type)
				.replace("__SET_PROPERTIES__",
						String.join(",\n    ", properties.stream().map(p -> "r." + p + " = row." + p).toList())));
		}
		this.mergeNodes = files.get("templates/nodes");
		this.createNodes = files.get("templates/create_nodes").replace("__PROPERTIES__", named(allNodeProperties));
		this.createRelationships = files.get("templates/create_relationships").replace("__PROPERTIES__",
				named(allRelationshipProperties));
	}

	/** {@code p: row.properties.p, …}: each property named, from the row's map of them. */
	private static String named(Set<String> properties) {
		return String.join(", ", properties.stream().map(p -> p + ": row.properties." + p).toList());
	}

	/** Labels and types go into the query text or name what a row writes, so they must be plain names. */
	private static void checkName(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalStateException("'" + name + "' is not a label or relationship type the loader can write");
		}
	}

	private static void checkProperty(String name) {
		if (!PROPERTY.matcher(name).matches()) {
			throw new IllegalStateException("'" + name + "' is not a property name the loader can write");
		}
	}

	String named(String name) {
		return get(files, name);
	}

	/** Creates or replaces nodes of every kind, whether they are in the graph or not; rows from {@link #mergeNodeRow}. */
	String mergeNodes() {
		return mergeNodes;
	}

	/** Creates nodes that are not in the graph, of the kinds {@link #creates}; rows from {@link #createNodeRow}. */
	String createNodes() {
		return createNodes;
	}

	/** Whether {@link #createNodes} can write nodes with {@code labels}: false for kinds whose keys are open. */
	boolean creates(List<String> labels) {
		return nodeProperties.containsKey(labels);
	}

	/** Creates relationships of every type; rows from {@link #createRelationshipRow}. */
	String createRelationships() {
		return createRelationships;
	}

	/** Creates or updates relationships of {@code type} by their ids; rows are {@link RelationshipRow#parameters}. */
	String mergeRelationships(String type) {
		return get(mergeRelationships, type);
	}

	/** A row of {@link #mergeNodes}: the node's id, its labels, the model's other labels and its properties. */
	Map<String, Object> mergeNodeRow(NodeRow node) {
		return Map.of("id", node.id(), "labels", node.labels(), "others", get(otherLabels, node.labels()), "properties",
				node.properties());
	}

	/** A row of {@link #createNodes}: the node's labels and those of its properties its kind declares. */
	Map<String, Object> createNodeRow(NodeRow node) {
		return Map.of("labels", node.labels(), "properties", declared(node.properties(), get(nodeProperties, node.labels())));
	}

	/** A row of {@link #createRelationships}: its type, ends, and those of its properties its type declares. */
	Map<String, Object> createRelationshipRow(RelationshipRow relationship) {
		return Map.of("type", relationship.type(), "from", relationship.from(), "to", relationship.to(), "properties",
				declared(relationship.properties(), get(relationshipProperties, relationship.type())));
	}

	private static Map<String, Object> declared(Map<String, Object> properties, List<String> names) {
		Map<String, Object> declared = HashMap.newHashMap(names.size());
		for (String name : names) {
			Object value = properties.get(name);
			if (value != null) {
				declared.put(name, value);
			}
		}
		return declared;
	}

	private static <K, V> V get(Map<K, V> values, K key) {
		V value = values.get(key);
		if (value == null) {
			throw new IllegalStateException("No loader query for " + key + " (is it declared in the model?)");
		}
		return value;
	}

}
