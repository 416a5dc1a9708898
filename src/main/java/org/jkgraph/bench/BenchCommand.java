package org.jkgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jkgraph.command.Command;
import org.jkgraph.facts.EventTypes;
import org.jkgraph.synthetic.SyntheticFacts;

import org.springframework.util.unit.DataSize;

/**
 * {@code bench all|load|api …}: the measurements behind BENCHMARKS.md. Each run starts its own databases and
 * services in child JVMs (nothing warmed up by an earlier run), so the command itself needs no application context.
 */
public class BenchCommand implements Command {

	@Override
	public String name() {
		return "bench";
	}

	@Override
	public String usage() {
		return "all [--events=100000,1000000] [--seed=42] [--work=<dir>] [--page-cache=6g] [--heap=2g] [--api-heap=1g] [--api-page-cache=1g]   everything below,"
				+ " in one run: data generated, loads compared at each size, the API measured on the largest\n"
				+ "  bench load --data=<folder> [--runs=loader,baseline-inline,baseline] [--heap=2g] [--page-cache=1g]"
				+ " [--work=<dir>] [--chunk=10000] [--batch=10000] [--keep=false] [--drop=<index,…>]"
				+ "   load throughput, the loader against a plain UNWIND baseline\n"
				+ "  bench api --store=<dir> [--requests=500] [--clients=16] [--duration=30s] [--api-heap=1g]"
				+ " [--api-page-cache=1g] [--port=18080] [--bolt-port=17687]   start-up, memory, REST against Driver latency,"
				+ " throughput";
	}

	@Override
	public int run(List<String> args) {
		if (args.isEmpty()) {
			return usageError();
		}
		Map<String, String> options;
		try {
			options = LoadBenchmark.options(args.subList(1, args.size()));
			return switch (args.getFirst()) {
				case "all" -> all(options);
				case "load" -> {
					load(Path.of(required(options, "data")), options, false);
					yield 0;
				}
				case "api" -> api(Path.of(required(options, "store")), options);
				case "load-run" -> LoadBenchmark.run(options.get("mode"), Path.of(options.get("data")),
						Path.of(options.get("store")), size(options.getOrDefault("page-cache", "1g")), chunk(options),
						batch(options), drop(options));
				default -> usageError();
			};
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			return usageError();
		}
	}

	private int all(Map<String, String> options) {
		Path work = work(options);
		List<Integer> sizes = Arrays.stream(options.getOrDefault("events", "100000,1000000").split(","))
			.map(Integer::parseInt)
			.sorted()
			.toList();
		long seed = Long.parseLong(options.getOrDefault("seed", "42"));
		options.putIfAbsent("page-cache", "6g");
		Path largest = null;
		for (int events : sizes) {
			Path data = work.resolve("gen-" + events + "-" + seed);
			if (!Files.isDirectory(data)) {
				System.err.printf("Generating %d events (seed %d) into %s%n", events, seed, data);
				SyntheticFacts.write(SyntheticFacts.Shape.forEvents(events), seed, EventTypes.fromClasspath(), data);
			}
			System.out.printf("%n== Loading %d events%n", events);
			largest = load(data, options, events == sizes.getLast()).get("loader");
		}
		if (largest == null) {
			throw new IllegalArgumentException("--runs must include loader: the API is measured on the loader's graph");
		}
		System.out.printf("%n== The API on %d events%n", sizes.getLast());
		return api(largest, options);
	}

	private Map<String, Path> load(Path data, Map<String, String> options, boolean keepLoaderStore) {
		return LoadBenchmark.compare(data,
				Arrays.asList(options.getOrDefault("runs", String.join(",", LoadBenchmark.DEFAULT_RUNS)).split(",")),
				options.getOrDefault("heap", "2g"), options.getOrDefault("page-cache", "1g"), work(options), chunk(options),
				batch(options), mode -> (keepLoaderStore && mode.equals("loader"))
						|| Boolean.parseBoolean(options.getOrDefault("keep", "false")),
				drop(options));
	}

	private int api(Path store, Map<String, String> options) {
		return ApiBenchmark.run(store, Integer.parseInt(options.getOrDefault("requests", "500")),
				Integer.parseInt(options.getOrDefault("clients", "16")),
				Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "30s").replace("s", ""))),
				options.getOrDefault("api-heap", "1g"), options.getOrDefault("api-page-cache", "1g"),
				Integer.parseInt(options.getOrDefault("port", "18080")),
				Integer.parseInt(options.getOrDefault("bolt-port", "17687")));
	}

	private static Path work(Map<String, String> options) {
		return Path.of(options.getOrDefault("work", System.getProperty("java.io.tmpdir") + "/jk-graph-bench"));
	}

	private static int chunk(Map<String, String> options) {
		return Integer.parseInt(options.getOrDefault("chunk", "10000"));
	}

	private static int batch(Map<String, String> options) {
		return Integer.parseInt(options.getOrDefault("batch", "10000"));
	}

	private static List<String> drop(Map<String, String> options) {
		String drop = options.getOrDefault("drop", "");
		return drop.isBlank() ? List.of() : Arrays.asList(drop.split(","));
	}

	/** {@code 6g}, {@code 512MB}, {@code 512m}: what -Xmx accepts, and Spring's units. */
	static DataSize size(String text) {
		String upper = text.toUpperCase();
		return DataSize.parse(upper.endsWith("B") ? upper : upper + "B");
	}

	private static String required(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("--" + name + " is required");
		}
		return value;
	}

	private int usageError() {
		System.err.println("usage: bench " + usage());
		return 2;
	}

}
