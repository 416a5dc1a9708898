package org.jkgraph.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jkgraph.command.Command;

import org.springframework.util.unit.DataSize;

/**
 * {@code bench load|api|startup …}: the measurements behind BENCHMARKS.md. It starts its own databases and
 * services, so it runs without an application context of its own.
 */
public class BenchCommand implements Command {

	@Override
	public String name() {
		return "bench";
	}

	@Override
	public String usage() {
		return "load --data=<folder> [--runs=loader,baseline,baseline-inline] [--heap=2g] [--page-cache=1g] [--work=<dir>]"
				+ " [--chunk=10000] [--batch=10000] [--keep=false]   load throughput, loader against a plain UNWIND baseline\n"
				+ "  bench api --store=<dir> [--requests=500] [--clients=16] [--duration=30s] [--heap=1g]"
				+ " [--page-cache=512MB] [--port=18080] [--bolt-port=17687]   start-up, memory, REST against Driver latency,"
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
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			return usageError();
		}
		int chunk = Integer.parseInt(options.getOrDefault("chunk", "10000"));
		int batch = Integer.parseInt(options.getOrDefault("batch", "10000"));
		String pageCache = options.getOrDefault("page-cache", "1g");
		return switch (args.getFirst()) {
			case "load" -> LoadBenchmark.compare(Path.of(options.get("data")),
					Arrays.asList(options.getOrDefault("runs", String.join(",", LoadBenchmark.MODES)).split(",")),
					options.getOrDefault("heap", "2g"), pageCache,
					Path.of(options.getOrDefault("work", System.getProperty("java.io.tmpdir") + "/jk-graph-bench")), chunk,
					batch, Boolean.parseBoolean(options.getOrDefault("keep", "false")));
			case "api" -> ApiBenchmark.run(Path.of(options.get("store")),
					Integer.parseInt(options.getOrDefault("requests", "500")),
					Integer.parseInt(options.getOrDefault("clients", "16")),
					Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "30s").replace("s", ""))),
					options.getOrDefault("heap", "1g"), options.getOrDefault("page-cache", "512MB"),
					Integer.parseInt(options.getOrDefault("port", "18080")),
					Integer.parseInt(options.getOrDefault("bolt-port", "17687")));
			case "load-run" -> LoadBenchmark.run(options.get("mode"), Path.of(options.get("data")),
					Path.of(options.get("store")), DataSize.parse(pageCache.toUpperCase().replace("G", "GB").replace("M", "MB")),
					chunk, batch);
			default -> usageError();
		};
	}

	private int usageError() {
		System.err.println("usage: bench " + usage());
		return 2;
	}

}
