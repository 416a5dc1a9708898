package org.jkgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jkgraph.command.ExitCode;
import org.jkgraph.command.InvalidInputException;
import org.jkgraph.facts.EventTypes;
import org.jkgraph.synthetic.SyntheticFacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.util.unit.DataSize;

/**
 * {@code bench all|load|api|read …}: the measurements behind BENCHMARKS.md. Each run starts its own databases and
 * services in child JVMs (nothing warmed up by an earlier run), so the command itself needs no application context.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
		description = "Measure loads (against a plain UNWIND baseline), the API, and the fact reader.",
		subcommands = { BenchCommand.All.class, BenchCommand.Load.class, BenchCommand.Api.class, BenchCommand.LoadRun.class,
				ReadBenchmark.class, BenchCommand.Startup.class })
public class BenchCommand implements Runnable {

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name what to measure: all, load, api, read or startup.");
	}

	/** Options of the load benchmark. */
	static final class LoadOptions {

		@Option(names = "--runs", defaultValue = "loader,baseline-inline", split = ",",
				description = "Runs to compare, of " + "loader, loader-bolt, baseline, baseline-inline (default: ${DEFAULT-VALUE})")
		List<String> runs;

		@Option(names = "--heap", defaultValue = "2g", description = "Heap of each load run (default: ${DEFAULT-VALUE})")
		String heap;

		@Option(names = "--page-cache", description = "Page cache of each load run (default: 1g; 6g for all)")
		String pageCache;

		@Option(names = "--work", description = "Where stores and generated data go (default: the temp folder)")
		Path work;

		@Option(names = "--chunk", defaultValue = "10000", description = "Facts per transaction (default: ${DEFAULT-VALUE})")
		int chunk;

		@Option(names = "--batch", defaultValue = "10000", description = "Rows per UNWIND (default: ${DEFAULT-VALUE})")
		int batch;

		@Option(names = "--keep", arity = "0..1", fallbackValue = "true", description = "Keep the stores afterwards")
		boolean keep;

		@Option(names = "--drop", split = ",", description = "Indexes to drop before loading, to see what each costs")
		List<String> drop = List.of();

		Path work() {
			return (work != null) ? work : Path.of(System.getProperty("java.io.tmpdir"), "jk-graph-bench");
		}

	}

	/** Options of the API benchmark. */
	static final class ApiOptions {

		@Option(names = "--warmup-min", defaultValue = "30s", description = "Least warm-up per query (default: ${DEFAULT-VALUE})")
		String warmUpMin;

		@Option(names = "--warmup-calls", defaultValue = "10000",
				description = "Fewest calls per side in a query's warm-up (default: ${DEFAULT-VALUE})")
		int warmUpCalls;

		@Option(names = "--warmup-max", defaultValue = "120s",
				description = "Most warm-up per query, stable or not (default: ${DEFAULT-VALUE})")
		String warmUpMax;

		@Option(names = "--window", defaultValue = "5s",
				description = "Warm-up window whose p50 must be within 10% of the one before (default: ${DEFAULT-VALUE})")
		String window;

		@Option(names = "--measure", defaultValue = "20s", description = "Measured time per query (default: ${DEFAULT-VALUE})")
		String measure;

		@Option(names = "--clients", defaultValue = "16", description = "Concurrent clients (default: ${DEFAULT-VALUE})")
		int clients;

		@Option(names = "--duration", defaultValue = "30s", description = "Throughput run (default: ${DEFAULT-VALUE})")
		String duration;

		@Option(names = "--client", defaultValue = "auto",
				description = "Throughput client: wrk, java, or auto (wrk when installed; default: ${DEFAULT-VALUE})")
		String client;

		@Option(names = "--only", split = ",", description = "Measure only the queries whose names contain one of these")
		List<String> only = List.of();

		@Option(names = "--jfr", description = "Write a flight recording of the service during the throughput run to this file")
		Path jfr;

		@Option(names = "--api-heap", defaultValue = "1g", description = "Heap of the service (default: ${DEFAULT-VALUE})")
		String heap;

		@Option(names = "--api-page-cache", defaultValue = "1g", description = "Page cache of the service (default: ${DEFAULT-VALUE})")
		String pageCache;

		@Option(names = "--port", defaultValue = "18080", description = "REST port of the service (default: ${DEFAULT-VALUE})")
		int port;

		@Option(names = "--bolt-port", defaultValue = "17687", description = "Bolt port of the service (default: ${DEFAULT-VALUE})")
		int boltPort;

		int run(Path store, boolean seeds) {
			ApiBenchmark.Method method = new ApiBenchmark.Method(seconds(warmUpMin), warmUpCalls, seconds(warmUpMax),
					seconds(window), seconds(measure), clients, seconds(duration), client, only, jfr);
			return ApiBenchmark.run(store, seeds, method, heap, pageCache, port, boltPort);
		}

		private static Duration seconds(String text) {
			try {
				return Duration.ofSeconds(Long.parseLong(text.strip().replaceFirst("s$", "")));
			}
			catch (NumberFormatException ex) {
				throw new InvalidInputException("Not a number of seconds: " + text + " (write 30s or 30)");
			}
		}

	}

	@Command(name = "all", mixinStandardHelpOptions = true,
			description = "Everything, in one run: data generated, loads compared at each size, the API measured on the largest.")
	static final class All implements java.util.concurrent.Callable<Integer> {

		@Option(names = "--events", defaultValue = "100000,1000000", split = ",", description = "Sizes (default: ${DEFAULT-VALUE})")
		List<Integer> events;

		@Option(names = "--seed", defaultValue = "42", description = "Seed of the generated data (default: ${DEFAULT-VALUE})")
		long seed;

		@Mixin
		LoadOptions load;

		@Mixin
		ApiOptions api;

		@Override
		public Integer call() {
			Path work = load.work();
			List<Integer> sizes = events.stream().sorted().toList();
			if (load.pageCache == null) {
				load.pageCache = "6g";
			}
			Path largest = null;
			for (int count : sizes) {
				Path data = work.resolve("gen-" + count + "-" + seed);
				if (!Files.isDirectory(data)) {
					System.err.printf("Generating %d events (seed %d) into %s%n", count, seed, data);
					SyntheticFacts.write(SyntheticFacts.Shape.forEvents(count), seed, EventTypes.fromClasspath(), data);
				}
				System.out.printf("%n== Loading %d events%n", count);
				largest = compare(data, load, count == sizes.getLast()).get("loader");
			}
			if (largest == null) {
				throw new InvalidInputException("--runs must include loader: the API is measured on the loader's graph");
			}
			System.out.printf("%n== The API on %d events%n", sizes.getLast());
			return api.run(largest, false);
		}

	}

	@Command(name = "load", mixinStandardHelpOptions = true, description = "Load throughput, the loader against a plain UNWIND baseline.")
	static final class Load implements java.util.concurrent.Callable<Integer> {

		@Option(names = "--data", required = true, description = "A folder written by generate")
		Path data;

		@Mixin
		LoadOptions load;

		@Override
		public Integer call() {
			compare(data, load, false);
			return ExitCode.OK;
		}

	}

	@Command(name = "api", mixinStandardHelpOptions = true, description = "Start-up, memory, REST against Driver latency, throughput.")
	static final class Api implements java.util.concurrent.Callable<Integer> {

		@Option(names = "--store", required = true,
				description = "A store a load benchmark kept (--keep), or with --seeds any folder (a new one: a store of the seeds)")
		Path store;

		@Option(names = "--seeds", description = "Load seeds/ into the store at start-up (the graph the service ships with)")
		boolean seeds;

		@Mixin
		ApiOptions api;

		@Override
		public Integer call() {
			return api.run(store, seeds);
		}

	}

	@Command(name = "startup", mixinStandardHelpOptions = true,
			description = "Start-up to healthy on a new store (seeds loaded) and a restart on it: time, CPU, RSS, stop.")
	static final class Startup implements java.util.concurrent.Callable<Integer> {

		@Option(names = "--variant", paramLabel = "LABEL=COMMAND",
				description = "A way to start the service, e.g. 'aot=java -XX:AOTCache=target/app/jk-graph.aot -jar"
						+ " target/app/jk-graph.jar'; several run in turn in each round (default: this jar with"
						+ " -Xmx1g -XX:+ExitOnOutOfMemoryError)")
		List<String> variants = List.of();

		@Option(names = "--rounds", defaultValue = "2", description = "Rounds of every variant (default: ${DEFAULT-VALUE})")
		int rounds;

		@Option(names = "--work", description = "Where the stores and logs go (default: jk-graph-startup in the temp folder)")
		Path work;

		@Option(names = "--port", defaultValue = "18080", description = "REST port (default: ${DEFAULT-VALUE})")
		int port;

		@Option(names = "--bolt-port", defaultValue = "17687", description = "Bolt port (default: ${DEFAULT-VALUE})")
		int boltPort;

		@Option(names = "--http-port", defaultValue = "17474", description = "Neo4j HTTP port (default: ${DEFAULT-VALUE})")
		int httpPort;

		@Override
		public Integer call() {
			if (rounds < 1) {
				throw new InvalidInputException("--rounds must be 1 or more");
			}
			List<StartupBenchmark.Variant> parsed = variants.isEmpty()
					? List.of(new StartupBenchmark.Variant("this jar", Jvm.javaCommand("-Xmx1g", "-XX:+ExitOnOutOfMemoryError")))
					: variants.stream().map(Startup::variant).toList();
			Path folder = (work != null) ? work : Path.of(System.getProperty("java.io.tmpdir"), "jk-graph-startup");
			return StartupBenchmark.run(parsed, rounds, new StartupBenchmark.Setup(folder, port, boltPort, httpPort));
		}

		static StartupBenchmark.Variant variant(String text) {
			int equals = text.indexOf('=');
			String command = (equals > 0) ? text.substring(equals + 1).strip() : "";
			if (command.isEmpty()) {
				throw new InvalidInputException("--variant needs LABEL=COMMAND, e.g. 'fat=java -jar target/jk-graph.jar': " + text);
			}
			return new StartupBenchmark.Variant(text.substring(0, equals).strip(), List.of(command.split("\\s+")));
		}

	}

	/** One load run in this JVM; the load benchmark starts it in a child JVM. */
	@Command(name = "load-run", hidden = true)
	static final class LoadRun implements java.util.concurrent.Callable<Integer> {

		@Option(names = "--mode", required = true)
		String mode;

		@Option(names = "--data", required = true)
		Path data;

		@Option(names = "--store", required = true)
		Path store;

		@Option(names = "--page-cache", defaultValue = "1g")
		String pageCache;

		@Option(names = "--chunk", defaultValue = "10000")
		int chunk;

		@Option(names = "--batch", defaultValue = "10000")
		int batch;

		@Option(names = "--drop", split = ",")
		List<String> drop = List.of();

		@Override
		public Integer call() {
			return LoadBenchmark.run(mode, data, store, size(pageCache), chunk, batch,
					drop.stream().filter(index -> !index.isBlank()).toList());
		}

	}

	private static Map<String, Path> compare(Path data, LoadOptions options, boolean keepLoaderStore) {
		try {
			return LoadBenchmark.compare(data, options.runs, options.heap,
					(options.pageCache != null) ? options.pageCache : "1g", options.work(), options.chunk, options.batch,
					mode -> (keepLoaderStore && mode.equals("loader")) || options.keep, options.drop);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(ex.getMessage());
		}
	}

	/** {@code 6g}, {@code 512MB}, {@code 512m}: what -Xmx accepts, and Spring's units. */
	static DataSize size(String text) {
		String upper = text.toUpperCase();
		return DataSize.parse(upper.endsWith("B") ? upper : upper + "B");
	}


}
