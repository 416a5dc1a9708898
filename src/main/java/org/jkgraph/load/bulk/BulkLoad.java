package org.jkgraph.load.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.jkgraph.command.InvalidInputException;
import org.jkgraph.command.ServiceContext;
import org.jkgraph.facts.DefaultModel;
import org.jkgraph.facts.FactStream;
import org.jkgraph.load.LoadCounts;
import org.jkgraph.load.LoadProgress;
import org.jkgraph.load.LoadProperties;
import org.jkgraph.load.LoadReport;
import org.jkgraph.load.MeasurePeriods;
import org.jkgraph.model.FactModel;
import org.jkgraph.system.CypherFiles;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

/**
 * {@code load --bulk}: a load into an empty embedded store through Neo4j's offline importer instead of
 * transactions, for the first load of a large dataset.
 * <ol>
 * <li><b>Check the store</b> ({@link BulkTarget}): embedded, closed, empty.</li>
 * <li><b>Validate</b> the input as every load does, and map the facts to the rows the transactional loader writes,
 * in one reading ({@link BulkRows}): the rows are spilled to a work directory, and input with a problem stops here
 * with every problem (file, line and field) and nothing written.</li>
 * <li><b>Import</b> them ({@link OfflineImporter}).</li>
 * <li><b>Start</b> the service on the new store, which applies the schema migrations (constraints, indexes,
 * full-text) and sets the password as on any new store, then run the post-load steps (measure periods) and leave the
 * {@code :Load} record a transactional load leaves. A transactional load of the same files afterwards finds every
 * fact unchanged.</li>
 * </ol>
 */
public final class BulkLoad {

	private static final Logger log = LoggerFactory.getLogger(BulkLoad.class);

	/** Off-heap memory the importer may use; its default (90% of free memory) is too greedy on a shared machine. */
	private static final long IMPORT_MEMORY = 2L << 30;

	private BulkLoad() {
	}

	/**
	 * Loads {@code files} in bulk when {@code mode} and the store allow it; empty when {@code mode} is
	 * {@link BulkMode#AUTO} and the store cannot take a bulk import (the caller loads transactionally).
	 *
	 * @throws InvalidInputException with the reason when {@code mode} is {@link BulkMode#ALWAYS} and the store
	 *                               cannot take it; nothing is written
	 */
	public static Optional<LoadReport> load(ServiceContext services, BulkMode mode, List<Path> files, String dataset,
			boolean full, LoadProgress progress) {
		BulkTarget target = BulkTarget.of(services);
		if (target.refusal().isPresent()) {
			if (mode == BulkMode.ALWAYS) {
				throw new InvalidInputException("Cannot load in bulk: " + target.refusal().get()
						+ ". Nothing was written; load without --bulk, or into a new store.");
			}
			System.err.println("Loading transactionally, not in bulk: " + target.refusal().get());
			return Optional.empty();
		}
		Path store = target.store().orElseThrow();
		System.err.println("Loading in bulk through Neo4j's offline importer into the empty store " + store);
		return Optional.of(new BulkLoad.Run(services, store, files, dataset, full, progress).run());
	}

	/** One bulk load, from validation to the started service. */
	private record Run(ServiceContext services, Path store, List<Path> files, String dataset, boolean full,
			LoadProgress progress) {

		LoadReport run() {
			long started = System.nanoTime();
			FactModel model = DefaultModel.get();
			ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
			String loadId = "load-" + UUID.randomUUID();
			List<String> names = files.stream().map(FactStream::nameOf).toList();
			Path spill = spillDirectory();
			BulkRows rows;
			ImportSummary summary;
			try {
				rows = BulkRows.read(model, files, dataset, spill, progress);
				summary = importRows(rows, loadId, now);
			}
			finally {
				delete(spill);
			}
			progress.step("starting the database, applying the schema", 0);
			Driver driver = services.bean(Driver.class);
			LoadProperties properties = services.bean(LoadProperties.class);
			new MeasurePeriods(driver, properties.timeout()).refresh();
			Map<String, LoadCounts> facts = new TreeMap<>();
			rows.kinds().forEach((kind, count) -> facts.put(kind, new LoadCounts(count, 0, 0, 0)));
			recordLoad(driver, properties, loadId, now, names, facts);
			progress.finish();
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			System.err.println(summary.line(took));
			log.info("Loaded dataset '{}' from {} file(s) in bulk: {}", dataset, files.size(), summary.line(took));
			return new LoadReport(loadId, dataset, files.size(), facts, (int) rows.relationships().count(), 0, took);
		}

		/** Imports the rows; a failure leaves no half-written database (the store had none with data before). */
		private ImportSummary importRows(BulkRows rows, String loadId, ZonedDateTime now) {
			long started = System.nanoTime();
			progress.step("importing " + rows.nodes().count() + " nodes and " + rows.relationships().count()
					+ " relationships", 0);
			try {
				new OfflineImporter(store, IMPORT_MEMORY).run(SpilledInput.of(rows.nodes(), rows.relationships(), loadId, now),
						ImporterOutput.to(System.err));
			}
			catch (IOException | RuntimeException ex) {
				deleteDatabase();
				throw (ex instanceof IOException io) ? new UncheckedIOException("The bulk import failed", io)
						: (RuntimeException) ex;
			}
			progress.finish();
			return new ImportSummary(rows.nodes().count(), rows.relationships().count(),
					rows.nodes().properties() + 3 * rows.nodes().count() + rows.relationships().properties(),
					Duration.ofNanos(System.nanoTime() - started));
		}

		/** The {@code :Load} node a transactional load that created these facts leaves ({@code record_load.cypher}). */
		private void recordLoad(Driver driver, LoadProperties properties, String loadId, ZonedDateTime now,
				List<String> names, Map<String, LoadCounts> facts) {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("loadId", loadId);
			parameters.put("now", now);
			parameters.put("dataset", dataset);
			parameters.put("files", names);
			parameters.put("full", full);
			parameters.put("created", facts.values().stream().mapToInt(LoadCounts::created).sum());
			parameters.put("updated", 0);
			parameters.put("unchanged", 0);
			parameters.put("removed", 0);
			String query = CypherFiles.read("load").get("record_load");
			TransactionConfig config = TransactionConfig.builder().withTimeout(properties.timeout())
				.withMetadata(Map.of("app", "jk-graph-load")).build();
			try (Session session = driver.session()) {
				session.executeWriteWithoutResult(tx -> tx.run(query, parameters).consume(), config);
			}
		}

		private Path spillDirectory() {
			Path directory = store.resolveSibling(store.getFileName() + ".bulk");
			try {
				delete(directory);
				return Files.createDirectories(directory);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot create the bulk import's work directory " + directory, ex);
			}
		}

		/** A failed import leaves no half-written database: the store had none before. */
		private void deleteDatabase() {
			var layout = OfflineImporter.layout(store);
			delete(layout.databaseDirectory());
			delete(layout.getTransactionLogsDirectory());
		}

		private static void delete(Path path) {
			try {
				FileSystemUtils.deleteRecursively(path);
			}
			catch (IOException ex) {
				log.warn("Could not delete {}: {}", path, ex.getMessage());
			}
		}

	}

}
