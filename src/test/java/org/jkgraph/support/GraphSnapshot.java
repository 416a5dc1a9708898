package org.jkgraph.support;

import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;

/**
 * "The graph as it was": every node with its labels and every relationship with its type and the ids of its ends,
 * each with all its properties and their types, keyed and sorted so that two graphs compare with {@code equals} and
 * AssertJ names the entries that differ. Read through Neo4j's own API where the database runs in this JVM or on a
 * store on disk, so that each value keeps the Java type it is stored as (an {@code int} where Bolt would have sent
 * a {@code long} shows); through the Driver otherwise, as the API's tests see a Testcontainers Neo4j.
 *
 * @param nodes         by the node's id (a migration by its version; anything else by its labels and properties)
 * @param relationships by start id, type, end id and the relationship's own id; parallel ones share a key
 */
public record GraphSnapshot(SortedMap<String, Item> nodes, SortedMap<String, List<Item>> relationships) {

	/** Properties that say when and by which load something was written: they differ from one load to the next. */
	private static final Set<String> OF_THE_LOAD = Set.of("firstLoaded", "lastChanged", "loadId", "startedAt",
			"finishedAt", "installedOn");

	private static final Label LOAD = Label.label("Load");

	/**
	 * A node's sorted labels or a relationship's type, with its properties as {@code Type:value}.
	 *
	 * @param kind       the sorted labels, or the type alone
	 * @param properties name to typed value
	 */
	public record Item(List<String> kind, SortedMap<String, String> properties) {

		@Override
		public String toString() {
			return kind + " " + properties;
		}

	}

	/** Through the Driver: types as Bolt gives them. */
	public static GraphSnapshot of(Driver driver) {
		Builder builder = new Builder();
		try (Session session = driver.session()) {
			session.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS p").forEachRemaining(row -> builder
				.node(row.get("labels").asList(Object::toString), row.get("p").asMap()));
			session.run("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS p")
				.forEachRemaining(row -> builder.relationship(row.get("a").asString(null), row.get("type").asString(),
						row.get("b").asString(null), row.get("p").asMap()));
		}
		return builder.build();
	}

	/** In this JVM: each value with the Java type it is stored as. */
	public static GraphSnapshot of(GraphDatabaseService database) {
		try (Transaction tx = database.beginTx()) {
			return read(tx);
		}
	}

	/** The store in that folder, opened for the read and shut down after it (no connector listens meanwhile). */
	public static GraphSnapshot ofStore(Path store) {
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(store)
			.setConfig(BoltConnector.enabled, false)
			.setConfig(HttpConnector.enabled, false)
			.build();
		try {
			return of(dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
		}
		finally {
			dbms.shutdown();
		}
	}

	/** The same graph with each load's own values (ids, times) kept as their types only, and its records so keyed. */
	public GraphSnapshot loadValuesAsTypes() {
		Builder builder = new Builder();
		nodes.values().forEach(node -> builder.node(node.kind(), typesOnly(node)));
		relationships.forEach((key, parallel) -> parallel
			.forEach(relationship -> builder.add(key, new Item(relationship.kind(), typesOnly(relationship)))));
		return builder.build();
	}

	/** The facts: only nodes labelled {@code Fact}, with every relationship. */
	public GraphSnapshot factsOnly() {
		return keepNodes(node -> node.kind().contains("Fact"));
	}

	/** Every node but the loads' records. */
	public GraphSnapshot withoutLoads() {
		return keepNodes(node -> !node.kind().contains(LOAD.name()));
	}

	private GraphSnapshot keepNodes(Predicate<Item> kept) {
		SortedMap<String, Item> left = new TreeMap<>();
		nodes.forEach((key, node) -> {
			if (kept.test(node)) {
				left.put(key, node);
			}
		});
		return new GraphSnapshot(left, relationships);
	}

	private static GraphSnapshot read(Transaction tx) {
		Builder builder = new Builder();
		for (Node node : tx.getAllNodes()) {
			List<String> labels = new ArrayList<>();
			node.getLabels().forEach(label -> labels.add(label.name()));
			builder.node(labels, node.getAllProperties());
		}
		for (Relationship relationship : tx.getAllRelationships()) {
			builder.relationship(id(relationship.getStartNode()), relationship.getType().name(),
					id(relationship.getEndNode()), relationship.getAllProperties());
		}
		return builder.build();
	}

	private static String id(Entity node) {
		return (String) node.getProperty("id", null);
	}

	/** A load's record is the load's own through and through: its id too. */
	private static SortedMap<String, String> typesOnly(Item item) {
		boolean load = item.kind().contains(LOAD.name());
		SortedMap<String, String> kept = new TreeMap<>(item.properties());
		kept.replaceAll((name, typed) -> OF_THE_LOAD.contains(name) || (load && "id".equals(name))
				? typed.substring(0, typed.indexOf(':')) : typed);
		return kept;
	}

	/** {@code String:Tokyo}, {@code LocalDate:2019-07-04}, {@code String[]:[a, b]}: the type with the value. */
	private static String typed(Object value) {
		String type = value.getClass().getSimpleName();
		if (value.getClass().isArray()) {
			List<Object> items = new ArrayList<>();
			for (int i = 0; i < Array.getLength(value); i++) {
				items.add(Array.get(value, i));
			}
			return type + ":" + items;
		}
		return type + ":" + value;
	}

	/** Collects items and keys them; a load's record has no id of its own that survives another load. */
	private static final class Builder {

		private final List<Item> nodes = new ArrayList<>();

		private final SortedMap<String, List<Item>> relationships = new TreeMap<>();

		void node(List<String> labels, Map<String, Object> properties) {
			node(labels.stream().sorted().toList(), typed(properties));
		}

		void node(List<String> kind, SortedMap<String, String> properties) {
			nodes.add(new Item(kind, properties));
		}

		void relationship(String start, String type, String end, Map<String, Object> properties) {
			Object id = properties.getOrDefault("id", "");
			add(start + " -" + type + "-> " + end + " " + id, new Item(List.of(type), typed(properties)));
		}

		void add(String key, Item relationship) {
			relationships.computeIfAbsent(key, k -> new ArrayList<>()).add(relationship);
		}

		GraphSnapshot build() {
			SortedMap<String, Item> keyed = new TreeMap<>();
			nodes.stream().sorted(Comparator.comparing(Item::toString)).forEach(node -> {
				String key = key(node);
				for (int n = 2; keyed.containsKey(key); n++) {
					key = key(node) + " #" + n;
				}
				keyed.put(key, node);
			});
			relationships.values().forEach(parallel -> parallel.sort(Comparator.comparing(Item::toString)));
			return new GraphSnapshot(keyed, relationships);
		}

		private static String key(Item node) {
			Map<String, String> properties = node.properties();
			if (node.kind().contains(LOAD.name())) {
				return "Load";
			}
			if (properties.containsKey("id")) {
				return value(properties.get("id"));
			}
			if (properties.containsKey("version")) {
				return "migration " + value(properties.get("version"));
			}
			return node.toString();
		}

		private static String value(String typed) {
			return typed.substring(typed.indexOf(':') + 1);
		}

		private static SortedMap<String, String> typed(Map<String, Object> properties) {
			return properties.entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, entry -> GraphSnapshot.typed(entry.getValue()), (a, b) -> a,
						TreeMap::new));
		}

	}

}
