package org.jkgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.FileSystemUtils;

/**
 * Start-up as a user meets it: {@code java … -jar jk-graph.jar} on a new store (the seeds loaded), time until
 * {@code /actuator/health} first answers UP (asked every 0.1 s), the CPU time and resident memory of the service at
 * that moment, a clean stop (SIGTERM), then the same again on the same store — a restart. Several variants (jars,
 * JVM options) run one after the other in each round, so that old and new meet the same load; the load average is
 * printed beside every start.
 */
final class StartupBenchmark {

	private static final Pattern READY = Pattern.compile("jk-graph is ready in (\\d+) ms");

	private static final Pattern WARMED = Pattern.compile("Warmed up (\\d+) named queries (?:before readiness )?in (\\d+) ms");

	private static final Pattern SEEDS = Pattern.compile("Loaded dataset 'seeds'.* in (\\d+) ms");

	/**
	 * One way to start the service.
	 *
	 * @param label   its name in the table
	 * @param command the JVM and its options up to the jar's arguments ({@code java -XX:… -jar x.jar})
	 */
	record Variant(String label, List<String> command) {
	}

	/**
	 * What one start showed.
	 *
	 * @param healthy  from the process's start to the first UP
	 * @param cpu      CPU time of the service then (all its threads)
	 * @param rssMb    its resident memory then
	 * @param stop     from SIGTERM to the process's end
	 * @param readyLog what the service logged as its own ready time (from the JVM's start), if it did
	 * @param warmUp   the query warm-up's line, if logged
	 * @param seeds    the seeds' load time, if logged
	 */
	record Start(Duration healthy, Duration cpu, long rssMb, Duration stop, Optional<String> readyLog,
			Optional<String> warmUp, Optional<String> seeds, String loadAverage) {
	}

	/** Where each run's store and log go, and the service's ports. */
	record Setup(Path work, int port, int boltPort, int httpPort) {
	}

	private StartupBenchmark() {
	}

	static int run(List<Variant> variants, int rounds, Setup setup) {
		System.out.printf("start-up benchmark, %d round(s) of %d variant(s), %s, %d cores, %s%n", rounds, variants.size(),
				Jvm.loadAverage(), Runtime.getRuntime().availableProcessors(), LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
		List<String> rows = new ArrayList<>();
		for (int round = 1; round <= rounds; round++) {
			for (Variant variant : variants) {
				Path store = setup.work().resolve(slug(variant.label()) + "-" + round);
				deleteStore(store);
				Start first = start(variant, store, setup, "first");
				Start restart = start(variant, store, setup, "restart");
				rows.add(row(variant.label() + ", " + round, first, restart));
				deleteStore(store);
			}
		}
		System.out.println();
		System.out.println("| run | first start (empty store, seeds) | restart | RSS healthy | stop | load average |");
		System.out.println("|---|---|---|---|---|---|");
		rows.forEach(System.out::println);
		return 0;
	}

	private static Start start(Variant variant, Path store, Setup setup, String which) {
		List<String> command = new ArrayList<>(variant.command());
		command.addAll(List.of("--jkgraph.embedded.store-path=" + store, "--server.port=" + setup.port(),
				"--jkgraph.embedded.bolt-port=" + setup.boltPort(), "--jkgraph.embedded.http-port=" + setup.httpPort()));
		Path log = store.resolveSibling(store.getFileName() + "-" + which + ".log");
		String loadAverage = Jvm.loadAverage();
		Process service;
		long started = System.nanoTime();
		try {
			Files.createDirectories(log.getParent());
			service = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start " + String.join(" ", command), ex);
		}
		try {
			ServiceHealth.await("http://127.0.0.1:" + setup.port(), service, Duration.ofMinutes(10), log.toString());
			Duration healthy = Duration.ofNanos(System.nanoTime() - started);
			Duration cpu = service.info().totalCpuDuration().orElse(Duration.ZERO);
			long rss = Jvm.residentMb(service.pid());
			Duration stop = ServiceHealth.stop(service);
			String text = Files.readString(log);
			Start start = new Start(healthy, cpu, rss, stop, find(READY, text).map(ms -> seconds(ms) + " s"),
					findWarmUp(text), find(SEEDS, text).map(ms -> seconds(ms) + " s"), loadAverage);
			System.out.printf("%s, %s: healthy in %.1f s (%.0f CPU s, %d MB), stopped in %.1f s; log: ready %s, warm-up %s,"
					+ " seeds %s; %s%n", variant.label(), which, healthy.toMillis() / 1000.0, cpu.toMillis() / 1000.0, rss,
					stop.toMillis() / 1000.0, start.readyLog().orElse("-"), start.warmUp().orElse("-"),
					start.seeds().orElse("-"), loadAverage);
			return start;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + log, ex);
		}
		finally {
			if (service.isAlive()) {
				ServiceHealth.stop(service);
			}
		}
	}

	private static String row(String label, Start first, Start restart) {
		return "| %s | %.1f s (%.0f CPU s) | %.1f s (%.0f CPU s) | %d / %d MB | %.1f / %.1f s | %s / %s |".formatted(label,
				first.healthy().toMillis() / 1000.0, first.cpu().toMillis() / 1000.0, restart.healthy().toMillis() / 1000.0,
				restart.cpu().toMillis() / 1000.0, first.rssMb(), restart.rssMb(), first.stop().toMillis() / 1000.0,
				restart.stop().toMillis() / 1000.0, first.loadAverage().replace("load average ", ""),
				restart.loadAverage().replace("load average ", ""));
	}

	private static Optional<String> find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	private static Optional<String> findWarmUp(String text) {
		Matcher matcher = WARMED.matcher(text);
		return matcher.find() ? Optional.of(matcher.group(1) + " queries, " + seconds(matcher.group(2)) + " s")
				: Optional.empty();
	}

	private static String seconds(String millis) {
		return "%.1f".formatted(Long.parseLong(millis) / 1000.0);
	}

	/** {@code fat jar (java -jar …)} → {@code fat-jar-java-jar}: a folder name. */
	static String slug(String label) {
		String slug = label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return slug.isEmpty() ? "run" : slug;
	}

	private static void deleteStore(Path store) {
		try {
			FileSystemUtils.deleteRecursively(store);
			Files.deleteIfExists(store.resolveSibling(store.getFileName() + ".password"));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot delete " + store, ex);
		}
	}

}
