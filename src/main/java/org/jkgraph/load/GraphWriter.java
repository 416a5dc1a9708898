package org.jkgraph.load;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Gatherers;

import org.jkgraph.model.FactModel;
import org.jkgraph.model.GraphRows;
import org.jkgraph.model.NodeRow;
import org.jkgraph.model.RelationshipRow;

/**
 * Writes rows into the graph. Facts whose content hash matches the graph are skipped (a reload changes nothing);
 * the rest are written with batched {@code UNWIND … MERGE} on their stable ids, one statement for the nodes of every
 * kind and one for new relationships of every type ({@link LoadQueries}), in this JVM or over the Driver
 * ({@link LoadDatabase}). Relationships of facts that were not in the graph are created outright, those of changed
 * facts merged on their ids (and the ones a fact no longer declares removed).
 * <p>
 * {@link #write} puts a whole load in one transaction, so a failure leaves the graph as it was; a streamed load
 * calls {@link #writeChunk} once per chunk, each chunk in a transaction of its own.
 */
class GraphWriter {

	/** The review status of facts no reviewer has judged yet (the extractor's). */
	private static final String CANDIDATE = "candidate";

	private final LoadDatabase database;

	private final LoadQueries queries;

	private final int batchSize;

	GraphWriter(LoadDatabase database, FactModel model, int batchSize) {
		this.database = database;
		this.queries = new LoadQueries(model);
		this.batchSize = batchSize;
	}

	record Outcome(String loadId, Map<String, LoadCounts> facts, int relationshipsWritten, int relationshipsRemoved) {

		Outcome plus(Outcome other) {
			return new Outcome(loadId, LoadCounts.sum(facts, other.facts), relationshipsWritten + other.relationshipsWritten,
					relationshipsRemoved + other.relationshipsRemoved);
		}

		LoadCounts total() {
			return facts.values().stream().reduce(LoadCounts.NONE, LoadCounts::plus);
		}

		boolean changedAnything() {
			return total().changedAnything() || relationshipsWritten > 0 || relationshipsRemoved > 0;
		}

	}

	/**
	 * What every statement of one load shares: its id, its clock, its dataset, and whether it may take over facts of
	 * other datasets.
	 */
	record Load(String id, ZonedDateTime now, String dataset, boolean takeOver) {

		static Load start(String dataset, boolean takeOver) {
			return new Load("load-" + UUID.randomUUID(), ZonedDateTime.now(ZoneOffset.UTC), dataset, takeOver);
		}

		Map<String, Object> parameters() {
			return Map.of("now", now, "loadId", id, "dataset", dataset);
		}

		Outcome nothing() {
			return new Outcome(id, new TreeMap<>(), 0, 0);
		}

	}

	/** The rows of one transaction that differ from the graph, found by comparing content hashes. */
	record Plan(List<NodeRow> changed, Map<String, List<RelationshipRow>> relationshipsByOwner,
			Map<String, LoadCounts> unchanged, Set<String> absent) {

		int size() {
			return changed.size() + relationshipsByOwner.values().stream().mapToInt(List::size).sum();
		}

	}

	boolean exists(String id) {
		return database.read(tx -> (Boolean) tx.single(queries.named("fact_exists"), Map.of("id", id)).get("exists"));
	}

	/**
	 * The facts among {@code ids} that belong to a dataset other than {@code dataset}: id to its dataset. Bare
	 * placeholders of a streamed load belong to no one yet.
	 */
	Map<String, String> foreign(Collection<String> ids, String dataset) {
		Map<String, String> foreign = new HashMap<>();
		for (List<String> batch : batches(List.copyOf(ids))) {
			database.read(tx -> {
				tx.run(queries.named("existing_facts"), Map.of("ids", batch), r -> {
					String owner = (String) r.get("dataset");
					if (r.get("kind") != null && owner != null && !owner.equals(dataset)) {
						foreign.put((String) r.get("id"), owner);
					}
				});
				return null;
			});
		}
		return foreign;
	}

	/** Which of {@code ids} name a fact in the graph, asked in batches. */
	Set<String> existing(Collection<String> ids) {
		Set<String> found = new HashSet<>();
		for (List<String> batch : batches(List.copyOf(ids))) {
			database.read(tx -> {
				tx.run(queries.named("existing_facts"), Map.of("ids", batch), r -> found.add((String) r.get("id")));
				return null;
			});
		}
		return found;
	}

	/** A whole load in one transaction: it lands completely or not at all. */
	Outcome write(GraphRows rows, LoadRequest request, LoadProgress progress) {
		return database.write(tx -> {
			Load load = Load.start(request.dataset(), request.takeOver());
			Plan plan = plan(tx, rows, load);
			progress.step("writing facts", plan.size());
			Outcome outcome = execute(tx, plan, load, Set.of(), false, progress);
			if (request.full()) {
				List<String> keep = rows.nodes().stream().map(NodeRow::id).toList();
				Map<String, LoadCounts> removed = new TreeMap<>();
				tx.run(queries.named("remove_facts"), Map.of("dataset", request.dataset(), "keep", keep),
						r -> removed.merge((String) r.get("kind"), new LoadCounts(0, 0, 0, count(r, "removed")),
								LoadCounts::plus));
				outcome = outcome.plus(new Outcome(load.id(), removed, 0, 0));
			}
			progress.finish();
			if (outcome.changedAnything()) {
				recordLoad(tx, load, request.files().stream().map(f -> f.name()).toList(), request.full(), outcome);
			}
			return outcome;
		});
	}

	/**
	 * One chunk of a streamed load in the caller's transaction. {@code placeholders} are ids of facts a later chunk
	 * writes that this chunk's relationships point at. Facts new to the graph are created rather than merged, so a
	 * concurrent load of the same new facts fails one of the two (cleanly) rather than both converging.
	 */
	Outcome writeChunk(LoadDatabase.Statements tx, GraphRows rows, Load load, Set<String> placeholders) {
		return execute(tx, plan(tx, rows, load), load, placeholders, true, LoadProgress.SILENT);
	}

	/**
	 * Compares the rows' hashes with the graph's and keeps what differs. The loader checks before it writes that no
	 * fact of another dataset would change; this checks again in the writing transaction, for a load of another
	 * dataset that took the ids in between.
	 */
	Plan plan(LoadDatabase.Statements tx, GraphRows rows, Load load) {
		Map<String, String> existing = new HashMap<>();
		Map<String, String> foreign = new HashMap<>();
		List<String> ids = rows.nodes().stream().map(NodeRow::id).toList();
		for (List<String> batch : batches(ids)) {
			tx.run(queries.named("existing_facts"), Map.of("ids", batch), r -> {
				existing.put((String) r.get("id"), (String) r.get("hash"));
				String owner = (String) r.get("dataset");
				if (!load.takeOver() && r.get("kind") != null && owner != null && !owner.equals(load.dataset())) {
					foreign.put((String) r.get("id"), owner);
				}
			});
		}
		if (!foreign.isEmpty()) {
			throw new ForeignFactsException(foreign, load.dataset(),
					id -> new org.jkgraph.facts.Problem("(the graph)", 0, "id", ""));
		}
		Map<String, LoadCounts> unchanged = new TreeMap<>();
		List<NodeRow> changed = new ArrayList<>();
		Set<String> changedIds = new HashSet<>();
		Set<String> absent = new HashSet<>();
		for (NodeRow node : rows.nodes()) {
			if (node.hash().equals(existing.get(node.id()))) {
				unchanged.merge(node.kind(), new LoadCounts(0, 0, 1, 0), LoadCounts::plus);
			}
			else {
				changed.add(node);
				changedIds.add(node.id());
				if (!existing.containsKey(node.id())) {
					absent.add(node.id());
				}
			}
		}
		Map<String, List<RelationshipRow>> relationships = new LinkedHashMap<>();
		for (RelationshipRow relationship : rows.relationships()) {
			if (changedIds.contains(relationship.owner())) {
				relationships.computeIfAbsent(relationship.owner(), owner -> new ArrayList<>()).add(relationship);
			}
		}
		return new Plan(changed, relationships, unchanged, absent);
	}

	/**
	 * Writes a plan. With {@code createAbsent}, nodes the plan found absent from the graph are created outright
	 * (where their kind's properties are a closed list) instead of merged: faster, but a concurrent load creating the
	 * same fact in between fails this transaction on the id constraint instead of converging with it.
	 */
	private Outcome execute(LoadDatabase.Statements tx, Plan plan, Load load, Set<String> placeholders,
			boolean createAbsent, LoadProgress progress) {
		Map<String, Object> common = load.parameters();
		// Facts that were complete in the graph when their node was locked; all others are new to it.
		Set<String> known = new HashSet<>();
		// Facts a concurrent load wrote, as this one has them, between this load's plan and its lock on them.
		Set<String> alreadyThere = new HashSet<>();
		List<NodeRow> mergedNodes = new ArrayList<>();
		List<NodeRow> createdNodes = new ArrayList<>();
		for (NodeRow node : plan.changed()) {
			boolean create = createAbsent && plan.absent().contains(node.id()) && queries.creates(node.labels());
			(create ? createdNodes : mergedNodes).add(node);
		}
		for (List<NodeRow> batch : batches(createdNodes)) {
			tx.execute(queries.createNodes(), with(common, "rows", batch, queries::createNodeRow));
			progress.advance(batch.size());
		}
		for (List<NodeRow> batch : batches(mergedNodes)) {
			tx.run(queries.mergeNodes(), with(common, "rows", batch, queries::mergeNodeRow), r -> {
				switch ((String) r.get("outcome")) {
					case "updated" -> known.add((String) r.get("id"));
					case "unchanged" -> alreadyThere.add((String) r.get("id"));
					default -> {
					}
				}
			});
			progress.advance(batch.size());
		}
		applyReviewDecisions(tx, plan);
		Map<String, LoadCounts> counts = new TreeMap<>(plan.unchanged());
		for (NodeRow node : plan.changed()) {
			LoadCounts count = alreadyThere.contains(node.id()) ? new LoadCounts(0, 0, 1, 0)
					: known.contains(node.id()) ? new LoadCounts(0, 1, 0, 0) : new LoadCounts(1, 0, 0, 0);
			counts.merge(node.kind(), count, LoadCounts::plus);
		}
		if (!placeholders.isEmpty()) {
			for (List<String> batch : batches(List.copyOf(placeholders))) {
				Map<String, Object> parameters = new HashMap<>(common);
				parameters.put("ids", batch);
				tx.execute(queries.named("placeholders"), parameters);
			}
		}
		List<RelationshipRow> created = new ArrayList<>();
		Map<String, List<RelationshipRow>> merged = new LinkedHashMap<>();
		plan.relationshipsByOwner().forEach((owner, relationships) -> {
			if (alreadyThere.contains(owner)) {
				return; // written, with its relationships, by the load that committed first
			}
			if (known.contains(owner)) {
				relationships.forEach(r -> merged.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(r));
			}
			else {
				created.addAll(relationships);
			}
		});
		int written = 0;
		for (List<RelationshipRow> batch : batches(created)) {
			written += count(tx.single(queries.createRelationships(), with(common, "rows", batch,
					queries::createRelationshipRow)), "written");
			progress.advance(batch.size());
		}
		for (Map.Entry<String, List<RelationshipRow>> group : merged.entrySet()) {
			String text = queries.mergeRelationships(group.getKey());
			for (List<RelationshipRow> batch : batches(group.getValue())) {
				written += count(tx.single(text, with(common, "rows", batch, RelationshipRow::parameters)), "written");
				progress.advance(batch.size());
			}
		}
		int removed = removeStaleRelationships(tx, plan, known);
		return new Outcome(load.id(), counts, written, removed);
	}

	/**
	 * Candidates written again take back the status a reviewer gave them (see apply_review_decisions.cypher): a
	 * rejected fact stays rejected however often the extractor finds it.
	 */
	private void applyReviewDecisions(LoadDatabase.Statements tx, Plan plan) {
		List<String> candidates = plan.changed().stream()
			.filter(node -> CANDIDATE.equals(node.properties().get("status")))
			.map(NodeRow::id)
			.toList();
		for (List<String> batch : batches(candidates)) {
			tx.execute(queries.named("apply_review_decisions"), Map.of("ids", batch));
		}
	}

	/** Removes the relationships facts that were in the graph no longer declare. */
	private int removeStaleRelationships(LoadDatabase.Statements tx, Plan plan, Set<String> known) {
		List<Map<String, Object>> owners = plan.changed()
			.stream()
			.filter(node -> known.contains(node.id()))
			.map(node -> Map.<String, Object>of("id", node.id(), "relationships",
					plan.relationshipsByOwner().getOrDefault(node.id(), List.of()).stream().map(RelationshipRow::id).toList()))
			.toList();
		int removed = 0;
		for (List<Map<String, Object>> batch : batches(owners)) {
			removed += count(tx.single(queries.named("remove_stale_relationships"), Map.of("owners", batch)), "removed");
		}
		return removed;
	}

	/** Leaves a {@code :Load} node saying what a load that changed something did. */
	void recordLoad(LoadDatabase.Statements tx, Load load, List<String> files, boolean full, Outcome outcome) {
		LoadCounts total = outcome.total();
		Map<String, Object> parameters = new HashMap<>(load.parameters());
		parameters.put("files", files);
		parameters.put("full", full);
		parameters.put("created", total.created());
		parameters.put("updated", total.updated());
		parameters.put("unchanged", total.unchanged());
		parameters.put("removed", total.removed());
		tx.execute(queries.named("record_load"), parameters);
	}

	/** An earlier load of the dataset that never finished: a crash (status running) or a failure it recorded. */
	record Unfinished(String id, String startedAt, String status) {
	}

	/** Leaves a {@code :Load} node saying {@code load} is running; returns the dataset's loads that never finished. */
	List<Unfinished> startLoad(Load load, List<String> files) {
		Map<String, Object> parameters = new HashMap<>(load.parameters());
		parameters.put("files", files);
		return database.write(tx -> {
			List<Unfinished> unfinished = new ArrayList<>();
			tx.run(queries.named("start_load"), parameters, r -> {
				if (r.get("id") != null) {
					unfinished.add(new Unfinished((String) r.get("id"), (String) r.get("startedAt"), (String) r.get("status")));
				}
			});
			return unfinished;
		});
	}

	/** Ends a streamed load's {@code :Load} node: {@code failed} (with the error), or gone when it changed nothing. */
	void endLoad(Load load, String status, String error) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("loadId", load.id());
		parameters.put("status", status);
		parameters.put("error", error);
		database.write(tx -> {
			tx.execute(queries.named("end_load"), parameters);
			return null;
		});
	}

	void recordLoad(Load load, List<String> files, boolean full, Outcome outcome) {
		database.write(tx -> {
			recordLoad(tx, load, files, full, outcome);
			return null;
		});
	}

	/**
	 * Removes the facts of {@code dataset} that {@code keep} rejects (a streamed full load's pruning), reading the
	 * dataset's ids first and deleting in batches, each in its own transaction.
	 */
	Map<String, LoadCounts> prune(String dataset, java.util.function.Predicate<String> keep) {
		List<String> gone = new ArrayList<>();
		Map<String, LoadCounts> removed = new TreeMap<>();
		database.read(tx -> {
			tx.run(queries.named("dataset_facts"), Map.of("dataset", dataset), r -> {
				String id = (String) r.get("id");
				if (!keep.test(id)) {
					gone.add(id);
				}
			});
			return null;
		});
		for (List<String> batch : batches(gone)) {
			database.write(tx -> {
				tx.run(queries.named("remove_facts_by_id"), Map.of("ids", batch), r -> removed
					.merge((String) r.get("kind"), new LoadCounts(0, 0, 0, count(r, "removed")), LoadCounts::plus));
				return null;
			});
		}
		return removed;
	}

	LoadDatabase database() {
		return database;
	}

	/** A count column of a row, which both paths give as a long. */
	private static int count(Map<String, Object> row, String column) {
		return ((Number) row.get(column)).intValue();
	}

	private <T> Map<String, Object> with(Map<String, Object> common, String name, List<T> rows,
			Function<T, Map<String, Object>> parameters) {
		Map<String, Object> all = new HashMap<>(common);
		all.put(name, rows.stream().map(parameters).toList());
		return all;
	}

	private <T> List<List<T>> batches(List<T> items) {
		return batches(items, batchSize);
	}

	/** {@code items} cut into consecutive lists of at most {@code size}. */
	static <T> List<List<T>> batches(List<T> items, int size) {
		return items.stream().gather(Gatherers.windowFixed(size)).toList();
	}

}
