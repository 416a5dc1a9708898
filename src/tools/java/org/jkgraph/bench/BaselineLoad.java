package org.jkgraph.bench;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import java.util.stream.Gatherers;

import org.jkgraph.facts.DefaultModel;
import org.jkgraph.facts.Fact;
import org.jkgraph.facts.FactStream;
import org.jkgraph.facts.Problem;
import org.jkgraph.load.ProvenanceFiles;
import org.jkgraph.model.FactModel;
import org.jkgraph.model.GraphMapping;
import org.jkgraph.model.GraphRows;
import org.jkgraph.system.CypherFiles;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * The yardstick of the load benchmark: the same rows as the loader (same mapping, so the same graph), written the
 * way one writes a bulk load by hand: no validation, no content-hash comparison, no idempotency; all nodes first
 * (plain {@code UNWIND … MERGE} on the id), then all relationships ({@code MATCH} both ends, {@code CREATE}), in
 * transactions of {@code chunkSize} facts, batches of {@code batchSize} rows. {@code inline} names every property in
 * the {@code CREATE} (the loader's own trick) instead of setting a map.
 */
public final class BaselineLoad {

	private final Driver driver;

	private final FactModel model;

	private final int chunkSize;

	private final int batchSize;

	private final boolean inline;

	private final Map<String, String> queries = CypherFiles.read("bench");

	public BaselineLoad(Driver driver, int chunkSize, int batchSize, boolean inline) {
		this.driver = driver;
		this.model = DefaultModel.get();
		this.chunkSize = chunkSize;
		this.batchSize = batchSize;
		this.inline = inline;
	}

	/** Loads {@code files}; returns the number of facts read. */
	public int load(List<Path> files, String dataset) {
		Map<String, Object> common = Map.of("now", ZonedDateTime.now(ZoneOffset.UTC), "loadId", "load-" + UUID.randomUUID(),
				"dataset", dataset);
		int facts = pass(files, dataset, rows -> {
			Map<List<String>, List<Map<String, Object>>> byLabels = new LinkedHashMap<>();
			rows.nodes().forEach(node -> byLabels.computeIfAbsent(node.labels(), l -> new ArrayList<>()).add(node.parameters()));
			return session -> session.executeWriteWithoutResult(tx -> byLabels.forEach((labels, group) -> {
				String query = queries.get("baseline_nodes").replace("__LABELS__", String.join(":", labels));
				group.stream().gather(Gatherers.windowFixed(batchSize)).forEach(batch -> tx.run(query, with(common, batch)).consume());
			}));
		});
		pass(files, dataset, rows -> {
			Map<String, List<Map<String, Object>>> byType = new LinkedHashMap<>();
			rows.relationships().forEach(r -> byType.computeIfAbsent(r.type(), t -> new ArrayList<>())
				.add(inline ? r.parameters() : Map.of("from", r.from(), "to", r.to(), "properties", r.properties())));
			return session -> session.executeWriteWithoutResult(tx -> byType.forEach((type, group) -> {
				String query = inline
						? queries.get("baseline_relationships_inline").replace("__TYPE__", type).replace("__PROPERTIES__",
								String.join(", ", model.relationshipProperties(type).stream().map(p -> p + ": row." + p).toList()))
						: queries.get("baseline_relationships").replace("__TYPE__", type);
				group.stream().gather(Gatherers.windowFixed(batchSize)).forEach(batch -> tx.run(query, with(common, batch)).consume());
			}));
		});
		return facts;
	}

	private interface Write {

		void to(Session session);

	}

	/** Reads and maps the input on a second thread while this one writes what it mapped before. */
	private int pass(List<Path> files, String dataset, Function<GraphRows, Write> write) {
		BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(1);
		int[] facts = { 0 };
		Thread reader = Thread.ofPlatform().daemon().start(() -> {
			GraphMapping mapping = new GraphMapping(model, dataset);
			ProvenanceFiles provenance = ProvenanceFiles.of(files.stream().map(FactStream::nameOf).toList());
			try {
				FactStream.read(files, new FactStream.Sink() {
					@Override
					public void fact(Fact fact) {
						mapping.add(fact.kind(), fact.values(), provenance.of(fact.origin().file()));
						if (++facts[0] % chunkSize == 0) {
							put(chunks, mapping.drain());
						}
					}

					@Override
					public void problem(Problem problem) {
						throw new IllegalArgumentException(problem.toString());
					}
				});
				put(chunks, mapping.drain());
				put(chunks, "end");
			}
			catch (RuntimeException ex) {
				chunks.offer(ex);
			}
		});
		try (Session session = driver.session()) {
			while (true) {
				Object chunk = chunks.take();
				if (chunk instanceof RuntimeException ex) {
					throw ex;
				}
				if (!(chunk instanceof GraphRows rows)) {
					break;
				}
				write.apply(rows).to(session);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			reader.interrupt();
		}
		return facts[0];
	}

	private static void put(BlockingQueue<Object> chunks, Object chunk) {
		try {
			chunks.put(chunk);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Object> with(Map<String, Object> common, List<Map<String, Object>> rows) {
		Map<String, Object> all = new HashMap<>(common);
		all.put("rows", rows);
		return all;
	}

}
