package org.jkgraph.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jkgraph.facts.FactFiles;
import org.jkgraph.facts.FactReader;
import org.jkgraph.facts.FactReading;
import org.jkgraph.facts.FactStream;
import org.jkgraph.facts.FactValidator;
import org.jkgraph.facts.NotUtf8Exception;
import org.jkgraph.facts.Fact;
import org.jkgraph.model.FactModel;
import org.jkgraph.model.GraphMapping;
import org.jkgraph.model.GraphRows;
import org.jkgraph.facts.Problem;
import org.jkgraph.embedded.EmbeddedNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Loads facts into the graph: reads and validates everything first (every problem reported at once, with file,
 * line and field), then writes in one transaction. Either the whole load lands or nothing does. Inputs too large for
 * that are streamed instead ({@link StreamedLoad}): validated whole first all the same, then written in chunks.
 */
@Service
public class FactLoader {

	private static final Logger log = LoggerFactory.getLogger(FactLoader.class);

	private final GraphWriter writer;

	private final FactModel model;

	private final LoadProperties properties;

	private final MeasurePeriods periods;

	/**
	 * The service's loader: on the embedded database it writes in this JVM, in the database's own transactions
	 * ({@link EmbeddedLoadDatabase}); on an external Neo4j through the Driver.
	 */
	@Autowired
	public FactLoader(Driver driver, LoadProperties properties, FactModel model, ObjectProvider<EmbeddedNeo4j> embedded) {
		this(embedded.getIfAvailable() != null ? new EmbeddedLoadDatabase(embedded.getObject().database(), properties.timeout())
				: new DriverLoadDatabase(driver, properties.timeout()), driver, properties, model);
	}

	/** A loader that writes through {@code driver}, whatever the database. */
	public FactLoader(Driver driver, LoadProperties properties, FactModel model) {
		this(new DriverLoadDatabase(driver, properties.timeout()), driver, properties, model);
	}

	/** A loader that writes in this JVM on an embedded {@code database}. */
	public FactLoader(GraphDatabaseService database, Driver driver, LoadProperties properties, FactModel model) {
		this(new EmbeddedLoadDatabase(database, properties.timeout()), driver, properties, model);
	}

	private FactLoader(LoadDatabase database, Driver driver, LoadProperties properties, FactModel model) {
		this.writer = new GraphWriter(database, model, properties.batchSize());
		this.periods = new MeasurePeriods(driver, properties.timeout());
		this.model = model;
		this.properties = properties;
		log.debug("The loader writes {}", database.name());
	}

	/**
	 * Loads fact files from disk: in memory and in one transaction like {@link #load(LoadRequest, LoadProgress)}
	 * when they are small, streamed (validated first, then written in chunks; see {@link StreamedLoad}) when
	 * together they are larger than {@code jkgraph.load.stream-above}.
	 */
	public LoadReport load(List<Path> files, String dataset, boolean full, LoadProgress progress) {
		return load(files, dataset, full, false, progress);
	}

	/** As {@link #load(List, String, boolean, LoadProgress)}, taking over facts of other datasets if {@code takeOver}. */
	public LoadReport load(List<Path> files, String dataset, boolean full, boolean takeOver, LoadProgress progress) {
		long size = 0;
		for (Path file : files) {
			try {
				size += Files.size(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the fact file " + file, ex);
			}
		}
		if (size > properties.streamAbove().toBytes()) {
			return loadStreamed(files, dataset, full, takeOver, progress);
		}
		List<org.jkgraph.facts.FactFile> read;
		try {
			read = FactFiles.of(files);
		}
		catch (NotUtf8Exception ex) {
			throw new InvalidFactsException(List.of(ex.problem()));
		}
		return load(new LoadRequest(read, dataset, full, takeOver), progress);
	}

	/** A streamed load whatever the size of the input. */
	public LoadReport loadStreamed(List<Path> files, String dataset, boolean full, LoadProgress progress) {
		return loadStreamed(files, dataset, full, false, progress);
	}

	LoadReport loadStreamed(List<Path> files, String dataset, boolean full, boolean takeOver, LoadProgress progress) {
		return loadStreamed(files, FactStream::nameOf, dataset, full, takeOver, progress);
	}

	/**
	 * A streamed load of files that problems and provenance name by {@code names} rather than by their paths: a
	 * posted body spooled to a temporary file is {@code request:facts.jsonl} either way, so its problems point into
	 * the request and loading it again (streamed or not) changes nothing.
	 */
	public LoadReport loadStreamed(List<Path> files, Function<Path, String> names, String dataset, boolean full,
			boolean takeOver, LoadProgress progress) {
		LoadReport report;
		try {
			report = new StreamedLoad(writer, model, properties.chunkSize(), StreamedLoad.PENDING_REFERENCES)
				.load(files, names, dataset, full, takeOver, progress);
		}
		catch (NotUtf8Exception ex) {
			throw new InvalidFactsException(List.of(ex.problem()));
		}
		periods.refresh();
		LoadCounts total = report.total();
		log.info("Loaded dataset '{}' from {} file(s), streamed: {} created, {} updated, {} unchanged, {} removed in {} ms",
				dataset, files.size(), total.created(), total.updated(), total.unchanged(), total.removed(),
				report.took().toMillis());
		return report;
	}

	/** The facts taken over from each dataset, ids sorted. */
	static Map<String, List<String>> takenOver(Map<String, String> foreign) {
		Map<String, List<String>> byOwner = new java.util.TreeMap<>();
		foreign.forEach((id, owner) -> byOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add(id));
		byOwner.values().forEach(java.util.Collections::sort);
		return byOwner;
	}

	public LoadReport load(LoadRequest request, LoadProgress progress) {
		long started = System.nanoTime();
		progress.step("reading and validating " + request.files().size() + " file(s)", request.files().size());
		FactReading reading = FactReader.read(model, request.files());
		Map<String, Boolean> known = new ConcurrentHashMap<>();
		List<Problem> problems = new ArrayList<>(reading.problems());
		problems.addAll(FactValidator.validate(model, reading.facts(), id -> known.computeIfAbsent(id, writer::exists)));
		progress.advance(request.files().size());
		if (!problems.isEmpty()) {
			progress.finish();
			throw new InvalidFactsException(problems.stream().sorted().toList());
		}
		Map<String, String> foreign = writer.foreign(reading.facts().all().stream().map(Fact::id).toList(),
				request.dataset());
		if (!foreign.isEmpty() && !request.takeOver()) {
			progress.finish();
			Map<String, Fact> byId = new java.util.HashMap<>();
			reading.facts().all().forEach(fact -> byId.putIfAbsent(fact.id(), fact));
			throw new ForeignFactsException(foreign, request.dataset(), id -> byId.get(id).origin().problem("id", ""));
		}
		GraphMapping mapping = new GraphMapping(model, request.dataset());
		ProvenanceFiles provenance = ProvenanceFiles.of(request.files().stream().map(f -> f.name()).toList());
		for (Fact fact : reading.facts().all()) {
			mapping.add(fact.kind(), fact.values(), provenance.of(fact.origin().file()));
		}
		GraphRows rows = mapping.drain();
		GraphWriter.Outcome outcome = writer.write(rows, request, progress);
		periods.refresh();
		LoadReport report = new LoadReport(outcome.loadId(), request.dataset(), request.files().size(), outcome.facts(),
				outcome.relationshipsWritten(), outcome.relationshipsRemoved(), Duration.ofNanos(System.nanoTime() - started),
				takenOver(foreign));
		if (!foreign.isEmpty()) {
			log.warn("Dataset '{}' took over {} fact(s) of other datasets: {}", request.dataset(), foreign.size(),
					report.takenOver());
		}
		LoadCounts total = report.total();
		log.info("Loaded dataset '{}' from {} file(s): {} created, {} updated, {} unchanged, {} removed in {} ms",
				request.dataset(), request.files().size(), total.created(), total.updated(), total.unchanged(),
				total.removed(), report.took().toMillis());
		return report;
	}

}
