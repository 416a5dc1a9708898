package org.jkgraph.load.bulk;

import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;

/**
 * Everything a store holds, read through Neo4j's own API with each property's Java type: a node by its id (or, for
 * nodes without one, by its properties), its labels and every property; a relationship by its type, its ends' ids and
 * its id, with every property. Values that differ from one load to the next by nature (load ids and times) are kept
 * as their type only.
 *
 * @param nodes         by key
 * @param relationships by key
 */
record StoreContents(Map<String, String> nodes, Map<String, String> relationships) {

	/** Properties that say when and by which load something was written: compared by type, not by value. */
	private static final Set<String> OF_THE_LOAD = Set.of("firstLoaded", "lastChanged", "loadId", "startedAt",
			"finishedAt", "installedOn");

	static StoreContents of(Path store) {
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(store)
			.setConfig(BoltConnector.enabled, false)
			.setConfig(HttpConnector.enabled, false)
			.build();
		try (Transaction tx = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).beginTx()) {
			Map<String, String> nodes = new TreeMap<>();
			for (Node node : tx.getAllNodes()) {
				List<String> labels = new ArrayList<>();
				node.getLabels().forEach((Label label) -> labels.add(label.name()));
				labels.sort(null);
				String properties = properties(node);
				String key = node.hasLabel(Label.label("Load")) ? "Load"
						: node.hasProperty("id") ? String.valueOf(node.getProperty("id"))
								: node.hasProperty("version") ? "migration " + node.getProperty("version")
										: labels + " " + properties;
				String previous = nodes.put(key, labels + " " + properties);
				if (previous != null) {
					throw new IllegalStateException("Two nodes with the key " + key);
				}
			}
			Map<String, String> relationships = new TreeMap<>();
			for (Relationship relationship : tx.getAllRelationships()) {
				String key = relationship.getStartNode().getProperty("id", "?") + " -" + relationship.getType().name()
						+ "-> " + relationship.getEndNode().getProperty("id", "?") + " " + relationship.getProperty("id", "");
				relationships.merge(key, properties(relationship), (a, b) -> a + " AND " + b);
			}
			return new StoreContents(nodes, relationships);
		}
		finally {
			dbms.shutdown();
		}
	}

	private static String properties(Entity entity) {
		Map<String, String> typed = new TreeMap<>();
		entity.getAllProperties().forEach((name, value) -> typed.put(name, typed(name, value)));
		return typed.toString();
	}

	/** {@code String:Tokyo}, {@code LocalDate:2019-07-04}, {@code String[]:[a, b]}: the type with the value. */
	private static String typed(String name, Object value) {
		String type = value.getClass().getSimpleName();
		if (OF_THE_LOAD.contains(name) || ("id".equals(name) && value instanceof String id && id.startsWith("load-"))) {
			return type;
		}
		if (value.getClass().isArray()) {
			List<Object> items = new ArrayList<>();
			for (int i = 0; i < Array.getLength(value); i++) {
				items.add(Array.get(value, i));
			}
			return type + ":" + items;
		}
		return type + ":" + value;
	}

}
