package org.jkgraph.load;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;

import org.jkgraph.system.CypherFiles;

/**
 * Writes a load's rows in one transaction, so a failure leaves the graph as it was. Facts whose content hash
 * matches the graph are skipped (a reload changes nothing); the rest are written with batched
 * {@code UNWIND … MERGE} on their stable ids.
 */
class GraphWriter {

	private final Driver driver;

	private final Map<String, String> queries;

	private final int batchSize;

	private final Duration timeout;

	GraphWriter(Driver driver, int batchSize, Duration timeout) {
		this.driver = driver;
		this.queries = CypherFiles.read("load");
		this.batchSize = batchSize;
		this.timeout = timeout;
	}

	record Outcome(String loadId, Map<String, LoadCounts> facts, int relationshipsWritten, int relationshipsRemoved) {
	}

	boolean exists(String id) {
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run(query("fact_exists"), Map.of("id", id)).single().get("exists").asBoolean());
		}
	}

	Outcome write(GraphRows rows, LoadRequest request, LoadProgress progress) {
		TransactionConfig config = TransactionConfig.builder().withTimeout(timeout).withMetadata(Map.of("app", "jk-graph-load")).build();
		try (Session session = driver.session()) {
			return session.executeWrite(tx -> write(tx, rows, request, progress), config);
		}
	}

	private Outcome write(TransactionContext tx, GraphRows rows, LoadRequest request, LoadProgress progress) {
		String loadId = "load-" + UUID.randomUUID();
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
		Map<String, Object> common = Map.of("now", now, "loadId", loadId);

		Map<String, String> existing = new HashMap<>();
		List<String> ids = rows.nodes().stream().map(NodeRow::id).toList();
		for (List<String> batch : batches(ids)) {
			tx.run(query("existing_facts"), Map.of("ids", batch))
				.forEachRemaining(r -> existing.put(r.get("id").asString(), r.get("hash").asString(null)));
		}

		Map<String, LoadCounts> counts = new TreeMap<>();
		List<NodeRow> changed = new ArrayList<>();
		for (NodeRow node : rows.nodes()) {
			boolean known = existing.containsKey(node.id());
			boolean same = node.hash().equals(existing.get(node.id()));
			LoadCounts count = same ? new LoadCounts(0, 0, 1, 0)
					: known ? new LoadCounts(0, 1, 0, 0) : new LoadCounts(1, 0, 0, 0);
			counts.merge(node.kind(), count, LoadCounts::plus);
			if (!same) {
				changed.add(node);
			}
		}
		Set<String> changedIds = changed.stream().map(NodeRow::id).collect(Collectors.toSet());
		List<RelationshipRow> relationships = rows.relationships()
			.stream()
			.filter(r -> changedIds.contains(r.owner()))
			.toList();

		progress.step("writing facts", changed.size() + relationships.size());
		for (List<NodeRow> batch : batches(changed)) {
			tx.run(query("write_nodes"), with(common, "rows", batch, NodeRow::parameters)).consume();
			progress.advance(batch.size());
		}
		int written = 0;
		for (List<RelationshipRow> batch : batches(relationships)) {
			written += tx.run(query("write_relationships"), with(common, "rows", batch, RelationshipRow::parameters))
				.single()
				.get("written")
				.asInt();
			progress.advance(batch.size());
		}
		int removedRelationships = removeStaleRelationships(tx, rows, changed, existing);
		if (request.full()) {
			tx.run(query("remove_facts"), Map.of("dataset", request.dataset(), "keep", ids))
				.forEachRemaining(r -> counts.merge(r.get("kind").asString(), new LoadCounts(0, 0, 0, r.get("removed").asInt()),
						LoadCounts::plus));
		}
		progress.finish();

		LoadCounts total = counts.values().stream().reduce(LoadCounts.NONE, LoadCounts::plus);
		if (total.changedAnything() || written > 0 || removedRelationships > 0) {
			Map<String, Object> load = new HashMap<>(common);
			load.put("dataset", request.dataset());
			load.put("files", request.files().stream().map(f -> f.name()).toList());
			load.put("full", request.full());
			load.put("created", total.created());
			load.put("updated", total.updated());
			load.put("unchanged", total.unchanged());
			load.put("removed", total.removed());
			tx.run(query("record_load"), load).consume();
		}
		return new Outcome(loadId, counts, written, removedRelationships);
	}

	private int removeStaleRelationships(TransactionContext tx, GraphRows rows, List<NodeRow> changed,
			Map<String, String> existing) {
		Map<String, List<String>> owned = rows.relationshipIdsByOwner();
		List<Map<String, Object>> owners = changed.stream()
			.filter(node -> existing.containsKey(node.id()))
			.map(node -> Map.<String, Object>of("id", node.id(), "relationships", owned.getOrDefault(node.id(), List.of())))
			.toList();
		int removed = 0;
		for (List<Map<String, Object>> batch : batches(owners)) {
			removed += tx.run(query("remove_stale_relationships"), Map.of("owners", batch)).single().get("removed").asInt();
		}
		return removed;
	}

	private <T> Map<String, Object> with(Map<String, Object> common, String name, List<T> rows,
			Function<T, Map<String, Object>> parameters) {
		Map<String, Object> all = new HashMap<>(common);
		all.put(name, rows.stream().map(parameters).toList());
		return all;
	}

	private <T> List<List<T>> batches(List<T> items) {
		List<List<T>> batches = new ArrayList<>();
		for (int i = 0; i < items.size(); i += batchSize) {
			batches.add(items.subList(i, Math.min(items.size(), i + batchSize)));
		}
		return batches;
	}

	private String query(String name) {
		String query = queries.get(name);
		if (query == null) {
			throw new IllegalStateException("Missing cypher/load/" + name + ".cypher");
		}
		return query;
	}

}
