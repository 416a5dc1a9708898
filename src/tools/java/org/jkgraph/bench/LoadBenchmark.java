package org.jkgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import com.sun.management.OperatingSystemMXBean;
import tools.jackson.databind.json.JsonMapper;

import org.jkgraph.embedded.EmbeddedNeo4j;
import org.jkgraph.embedded.EmbeddedNeo4jProperties;
import org.jkgraph.embedded.Neo4jPassword;
import org.jkgraph.facts.DefaultModel;
import org.jkgraph.facts.FactFiles;
import org.jkgraph.load.FactLoader;
import org.jkgraph.load.LoadCounts;
import org.jkgraph.load.LoadProgress;
import org.jkgraph.load.LoadProperties;
import org.jkgraph.load.LoadReport;
import org.jkgraph.system.DriverLogging;
import org.jkgraph.system.SchemaMigrations;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;

/**
 * Load throughput of the loader against the hand-written baseline ({@link BaselineLoad}) on the same input. Each
 * run gets a JVM of its own (same heap limit, nothing warmed up by an earlier run) and a fresh embedded store, and
 * reports its time, CPU time, peak heap and what the graph holds afterwards, so that one can see both wrote the same
 * graph.
 */
final class LoadBenchmark {

	/** {@code loader} writes as the service does on the embedded database (in this JVM), {@code loader-bolt} through the Driver. */
	static final List<String> MODES = List.of("loader", "loader-bolt", "baseline", "baseline-inline");

	/** The plain baseline (a map of properties set after the CREATE) is slower still; ask for it with --runs. */
	static final List<String> DEFAULT_RUNS = List.of("loader", "baseline-inline");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record Result(String mode, long facts, long nodes, long relationships, double seconds, double cpuSeconds,
			long peakHeapMb, String report) {

		double factsPerSecond() {
			return facts / seconds;
		}

		double entitiesPerSecond() {
			return (nodes + relationships) / seconds;
		}

	}

	private LoadBenchmark() {
	}

	/** Runs each mode in a child JVM and prints a table. */
	/**
	 * Runs each mode in a child JVM and prints a table; returns the store each run wrote (kept when {@code keep} says so for the
	 * mode, deleted otherwise).
	 */
	static Map<String, Path> compare(Path data, List<String> modes, String heap, String pageCache, Path work, int chunk,
			int batch, Predicate<String> keep, List<String> drop) {
		// Everything checked before anything starts or is deleted.
		for (String mode : modes) {
			if (!MODES.contains(mode)) {
				throw new IllegalArgumentException("Unknown run " + mode + "; expected some of " + MODES);
			}
		}
		if (!Files.exists(data)) {
			throw new IllegalArgumentException("No input at " + data + "; write one with: generate --events=<n> --out=" + data);
		}
		List<Result> results = new ArrayList<>();
		Map<String, Path> stores = new LinkedHashMap<>();
		String run = "%tY%<tm%<td-%<tH%<tM%<tS".formatted(java.time.LocalDateTime.now());
		for (String mode : modes) {
			// A store of its own per run: a second benchmark never deletes one that another is writing.
			Path store = work.resolve("store-" + mode + "-" + run);
			stores.put(mode, store);
			List<String> command = new ArrayList<>(Jvm.javaCommand("-Xmx" + heap, "-Xms" + heap));
			command.addAll(List.of("bench", "load-run", "--mode=" + mode, "--data=" + data, "--store=" + store,
					"--page-cache=" + pageCache, "--chunk=" + chunk, "--batch=" + batch, "--drop=" + String.join(",", drop)));
			System.err.println("Running " + mode + ": " + String.join(" ", command));
			results.add(child(command));
			if (!keep.test(mode)) {
				deleteRecursively(store);
				deleteRecursively(Neo4jPassword.fileFor(store));
			}
		}
		System.out.println();
		System.out.printf("input %s, heap %s, page cache %s, chunks of %d facts, batches of %d rows, %s%s%n", data, heap,
				pageCache, chunk, batch, Jvm.loadAverage(), drop.isEmpty() ? "" : ", without indexes " + drop);
		System.out.printf("%-16s %9s %9s %10s %8s %8s %10s %11s %8s %6s%n", "run", "facts", "nodes", "rels", "s",
				"cpu s", "facts/s", "entities/s", "heap MB", "ratio");
		Result best = results.stream()
			.filter(r -> r.mode().startsWith("baseline"))
			.max(Comparator.comparingDouble(Result::factsPerSecond))
			.orElse(null);
		for (Result r : results) {
			System.out.printf("%-16s %9d %9d %10d %8.1f %8.1f %10.0f %11.0f %8d %6s%n", r.mode(), r.facts(), r.nodes(),
					r.relationships(), r.seconds(), r.cpuSeconds(), r.factsPerSecond(), r.entitiesPerSecond(),
					r.peakHeapMb(), (best != null) ? "%.2f".formatted(r.factsPerSecond() / best.factsPerSecond()) : "");
		}
		System.out.println("ratio: facts/s over the faster baseline");
		results.stream().filter(r -> r.report() != null).forEach(r -> System.out.println(r.report()));
		stores.keySet().stream().filter(keep).forEach(mode -> System.out.println("kept the store of " + mode + " at " + stores.get(mode)));
		return stores;
	}

	private static Result child(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
			Result result = null;
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = out.readLine(); line != null; line = out.readLine()) {
					if (line.startsWith("RESULT ")) {
						result = JSON.readValue(line.substring("RESULT ".length()), Result.class);
					}
					else {
						System.err.println(line);
					}
				}
			}
			int exit = process.waitFor();
			if (exit != 0 || result == null) {
				throw new IllegalStateException("Benchmark run failed (exit " + exit + "): " + command);
			}
			return result;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** One run, in this JVM: a fresh store, the schema, the load, the counts. */
	static int run(String mode, Path data, Path store, DataSize pageCache, int chunk, int batch, List<String> drop) {
		if (Files.exists(store)) {
			throw new IllegalArgumentException("The store " + store + " exists; a load run starts from an empty one");
		}
		EmbeddedNeo4jProperties properties = new EmbeddedNeo4jProperties(true, store, "127.0.0.1", 0, 0, false, null,
				pageCache, DataSize.ofGigabytes(1), Duration.ofSeconds(2), false);
		PeakHeap peak = PeakHeap.start();
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties);
				Driver driver = GraphDatabase.driver(neo4j.boltUri().toString(), neo4j.authToken(), DriverLogging.config())) {
			new SchemaMigrations(driver).afterPropertiesSet();
			try (Session session = driver.session()) {
				// What an index costs the load: the schema's index names only, checked against the schema's own list.
				List<String> indexes = session.run("SHOW INDEXES YIELD name RETURN name").list(r -> r.get("name").asString());
				for (String index : drop) {
					if (!indexes.contains(index)) {
						throw new IllegalArgumentException("No index " + index + "; the schema has " + indexes);
					}
					session.run("DROP INDEX " + index).consume();
				}
			}
			List<Path> files = Files.isDirectory(data) ? FactFiles.pathsUnder(data) : List.of(data);
			OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
			long cpu = os.getProcessCpuTime();
			long started = System.nanoTime();
			long facts;
			String report = null;
			switch (mode) {
				case "loader", "loader-bolt" -> {
					LoadProperties load = new LoadProperties(batch, Duration.ofMinutes(30), LoadProperties.SeedsOnStartup.NEVER,
							"seeds", DataSize.ofBytes(0), chunk);
					FactLoader loader = mode.equals("loader") ? new FactLoader(neo4j.database(), driver, load, DefaultModel.get())
							: new FactLoader(driver, load, DefaultModel.get());
					LoadReport loaded = loader.loadStreamed(files, "bench", true, LoadProgress.onStandardError());
					LoadCounts claims = loaded.facts().getOrDefault("claim", new LoadCounts(0, 0, 0, 0));
					// Facts of the input, as the baseline counts them: claims are nodes of their own, not facts.
					facts = loaded.total().created() + loaded.total().updated() + loaded.total().unchanged()
							- claims.created() - claims.updated() - claims.unchanged();
					report = "loader: " + loaded.summary().replace("\n", "\n  ");
				}
				case "baseline" -> facts = new BaselineLoad(driver, chunk, batch, false).load(files, "bench");
				case "baseline-inline" -> facts = new BaselineLoad(driver, chunk, batch, true).load(files, "bench");
				default -> throw new IllegalArgumentException("Unknown mode " + mode + "; expected one of " + MODES);
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
			long nodes;
			long relationships;
			try (Session session = driver.session()) {
				nodes = session.run("MATCH (n:Fact) RETURN count(n) AS n").single().get("n").asLong();
				relationships = session.run("MATCH ()-[r]->() RETURN count(r) AS n").single().get("n").asLong();
			}
			Result result = new Result(mode, facts, nodes, relationships, seconds, cpuSeconds, peak.stop() >> 20, report);
			System.out.println("RESULT " + JSON.writeValueAsString(result));
		}
		return 0;
	}

	/** The most heap in use at any sample (every 50 ms), after collections as they happen. */
	private static final class PeakHeap {

		private final AtomicLong peak = new AtomicLong();

		private volatile boolean running = true;

		static PeakHeap start() {
			PeakHeap heap = new PeakHeap();
			Thread.ofPlatform().daemon().start(() -> {
				while (heap.running) {
					long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
					heap.peak.accumulateAndGet(used, Math::max);
					try {
						Thread.sleep(50);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			return heap;
		}

		long stop() {
			running = false;
			return peak.get();
		}

	}

	private static void deleteRecursively(Path dir) {
		try {
			FileSystemUtils.deleteRecursively(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
