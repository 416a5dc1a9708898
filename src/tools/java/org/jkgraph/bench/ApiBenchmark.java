package org.jkgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.jkgraph.graph.GraphExplorer;
import org.jkgraph.system.DriverLogging;
import org.jkgraph.system.NamedQueries;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

/**
 * The service under load, measured from outside: it starts {@code java -jar jk-graph.jar} on a store (time to
 * healthy, resident memory), then times each main query through the REST API and the same named query with the same
 * parameters in the Driver's own read transaction ({@code session.executeRead}, 10 s timeout), on the same sample, each side first
 * half of the time (the second of a pair finds the first one's pages in memory), and finally lets 16 clients
 * (virtual threads, java.net.http) read events by id as fast as the service answers for a fixed time.
 */
final class ApiBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** What one request of a case needs, drawn from the graph. */
	private record Sample(String event, String otherEvent, String actor, LocalDate from, LocalDate to, LocalDate day,
			String word) {
	}

	/** One query: how to ask the API, and which named query with which parameters the API runs for it. */
	private record Case(String name, Function<Sample, String> path, String query,
			Function<Sample, Map<String, Object>> parameters) {
	}

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private final Driver driver;

	/** The named queries the API runs, asked here in the Driver's own read transaction: the API minus HTTP and Spring. */
	private final NamedQueries queries = new NamedQueries();

	private static final TransactionConfig READ = TransactionConfig.builder().withTimeout(Duration.ofSeconds(10)).build();

	private final Map<String, String> lucene = new HashMap<>();

	private ApiBenchmark(String base, Driver driver) {
		this.base = base;
		this.driver = driver;
	}

	static int run(Path store, int requests, int clients, Duration duration, String heap, String pageCache, int port,
			int boltPort) {
		System.out.printf("store %s, %s, %d cores, %s%n", store, Jvm.loadAverage(),
				Runtime.getRuntime().availableProcessors(), LocalDate.now());
		List<String> command = new ArrayList<>(Jvm.javaCommand("-Xmx" + heap));
		command.addAll(List.of("--jkgraph.embedded.store-path=" + store, "--server.port=" + port,
				"--jkgraph.embedded.bolt-port=" + boltPort, "--jkgraph.embedded.http-enabled=false",
				"--jkgraph.load.seeds-on-startup=never", "--jkgraph.embedded.page-cache=" + BenchCommand.size(pageCache).toMegabytes() + "MB",
				"--logging.level.org.jkgraph=warn"));
		System.out.println("service: " + String.join(" ", command));
		String password = java.util.UUID.randomUUID().toString();
		Process service;
		try {
			ProcessBuilder builder = new ProcessBuilder(command);
			// The service's database needs a password like any other; the environment keeps it out of `ps`.
			builder.environment().put("JKGRAPH_EMBEDDED_PASSWORD", password);
			service = builder.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of(System.getProperty("java.io.tmpdir"),
						"jk-graph-bench-service.log").toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start the service", ex);
		}
		try {
			long started = System.nanoTime();
			String base = "http://127.0.0.1:" + port;
			waitUntilHealthy(base, service);
			double startup = (System.nanoTime() - started) / 1e9;
			long rssReady = Jvm.residentMb(service.pid());
			System.out.printf("start-up to healthy: %.1f s, resident memory when ready: %d MB (heap limit %s)%n", startup,
					rssReady, heap);
			try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.basic("neo4j", password),
					DriverLogging.config())) {
				ApiBenchmark bench = new ApiBenchmark(base, driver);
				bench.latencies(requests);
				bench.throughput(clients, duration);
			}
			System.out.printf("resident memory after the benchmark: %d MB%n", Jvm.residentMb(service.pid()));
			return 0;
		}
		finally {
			service.destroy();
			try {
				service.waitFor(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static void waitUntilHealthy(String base, Process service) {
		HttpClient client = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
		while (System.nanoTime() < deadline) {
			if (!service.isAlive()) {
				throw new IllegalStateException("The service stopped; see jk-graph-bench-service.log in the temp folder");
			}
			try {
				HttpResponse<String> health = client.send(
						HttpRequest.newBuilder(URI.create(base + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(100);
		}
		throw new IllegalStateException("The service did not become healthy within 10 minutes");
	}

	private List<Case> cases() {
		return List.of(
				new Case("event by id", s -> "/api/events/" + s.event(), "events/by_id", s -> Map.of("id", s.event())),
				new Case("events by actor and year", s -> "/api/events?actor=" + s.actor() + "&from=" + s.from() + "&to=" + s.to(),
						"events/list_by_actor", s -> eventList(s)),
				new Case("measures in force on a day", s -> "/api/measures?asOf=" + s.day(), "measures/status_on",
						s -> parameters("on", s.day(), "inForceOnly", true, "kind", null, "sources", List.of(), "method", null,
								"skip", 0, "limit", 50)),
				new Case("neighbourhood, depth 2", s -> "/api/graph/neighborhood/" + s.event() + "?depth=2",
						"graph/neighborhood_2", s -> parameters("id", s.event(), "limit", 100, "includeSources", false)),
				new Case("shortest paths", s -> "/api/graph/paths?from=" + s.event() + "&to=" + s.otherEvent(),
						"graph/shortest_paths_4",
						s -> parameters("from", s.event(), "to", s.otherEvent(), "types", null, "limit", 25, "maxDegree",
								GraphExplorer.HUB_DEGREE)),
				new Case("full-text search", s -> "/api/search?q=" + URLEncoder.encode(s.word(), StandardCharsets.UTF_8),
						// the API reads 60 candidates for its 20 hits, to rank them by how their names match
						"search/fulltext", s -> parameters("query", lucene.get(s.word()), "kind", null, "limit", 60)),
				new Case("monthly series, one year", s -> "/api/series/events?interval=month&from=" + s.from() + "&to=" + s.to(),
						"series/event_counts", s -> codes(parameters("interval", "month", "from", s.from(), "to", s.to(),
								"actor", null, "by", null, "types", List.of()))));
	}

	private static Map<String, Object> eventList(Sample s) {
		return codes(parameters("types", List.of(), "from", s.from(), "to", s.to(), "actors", List.of(s.actor()), "place",
				null, "topic", null, "minConfidence", null, "skip", 0, "limit", 50));
	}

	/** No filter on the events' codes or on the facts that count, as the API passes them when none is asked for. */
	private static Map<String, Object> codes(Map<String, Object> parameters) {
		parameters.putAll(parameters("plovers", List.of(), "cameo", null, "quadClasses", List.of(), "minGoldstein", null,
				"maxGoldstein", null, "sources", List.of(), "method", null));
		return parameters;
	}

	private static Map<String, Object> parameters(Object... keysAndValues) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			parameters.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return parameters;
	}

	/** Samples drawn from the graph: events uniformly, actors among those that took part in something. */
	private List<Sample> samples(int count) {
		SplittableRandom random = new SplittableRandom(42);
		List<String> events;
		List<String> actors;
		List<String> words = new ArrayList<>();
		try (Session session = driver.session()) {
			events = session.run("MATCH (e:Event) WITH e.id AS id ORDER BY rand() LIMIT $n RETURN id", Map.of("n", count * 2))
				.list(r -> r.get("id").asString());
			actors = session.run("""
					MATCH (a:Actor) WHERE EXISTS { (a)-[:PARTICIPATED_IN]->() }
					WITH a.id AS id ORDER BY rand() LIMIT $n RETURN id""", Map.of("n", count))
				.list(r -> r.get("id").asString());
			session.run("MATCH (a:Actor) WITH a ORDER BY rand() LIMIT 100 RETURN a.name AS name")
				.forEachRemaining(r -> words.addAll(Arrays.asList(r.get("name").asString().split(" "))));
		}
		words.removeIf(word -> word.length() < 3 || !word.chars().allMatch(Character::isLetter));
		List<Sample> samples = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int year = 1970 + random.nextInt(56);
			LocalDate day = LocalDate.of(1966, 1, 1).plusDays(random.nextInt(365 * 59));
			samples.add(new Sample(events.get(i), events.get(events.size() - 1 - i), actors.get(i % actors.size()),
					LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), day, words.get(random.nextInt(words.size()))));
		}
		return samples;
	}

	private void latencies(int requests) {
		List<Sample> samples = samples(Math.max(requests, 50));
		for (String word : samples.stream().map(Sample::word).distinct().toList()) {
			JsonNode answer = JSON.readTree(get("/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)));
			lucene.put(word, answer.get("query").asString());
		}
		System.out.println();
		System.out.printf("Latency, %d requests per query after %d to warm up, REST and Driver on the same sample, each first half of the time%n",
				requests, Math.min(50, requests));
		System.out.printf("%-28s %10s %10s %10s %10s %10s %10s %10s %12s %5s%n", "query", "REST p50", "p95", "p99", "Driver p50",
				"p95", "p99", "p50 diff", "failed R/D", "n");
		for (Case c : cases()) {
			AtomicLong restFailed = new AtomicLong();
			AtomicLong boltFailed = new AtomicLong();
			for (int i = 0; i < Math.min(50, requests); i++) {
				Sample s = samples.get(i);
				timed(() -> get(c.path().apply(s)), restFailed);
				timed(() -> direct(c.query(), c.parameters().apply(s)), boltFailed);
			}
			restFailed.set(0);
			boltFailed.set(0);
			long[] rest = new long[requests];
			long[] bolt = new long[requests];
			// Each query gets at most a minute, so that a slow one bounds the run instead of stretching it.
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			int measured = 0;
			for (int i = 0; i < requests && System.nanoTime() < deadline; i++, measured++) {
				// The second call of a pair finds the first one's pages in memory: each goes first half of the time.
				Sample s = samples.get(i % samples.size());
				if (i % 2 == 0) {
					rest[i] = timed(() -> get(c.path().apply(s)), restFailed);
					bolt[i] = timed(() -> direct(c.query(), c.parameters().apply(s)), boltFailed);
				}
				else {
					bolt[i] = timed(() -> direct(c.query(), c.parameters().apply(s)), boltFailed);
					rest[i] = timed(() -> get(c.path().apply(s)), restFailed);
				}
			}
			rest = Arrays.copyOf(rest, measured);
			bolt = Arrays.copyOf(bolt, measured);
			Arrays.sort(rest);
			Arrays.sort(bolt);
			System.out.printf("%-28s %10s %10s %10s %10s %10s %10s %10s %12s %5d%n", c.name(), ms(rest, 50), ms(rest, 95),
					ms(rest, 99), ms(bolt, 50), ms(bolt, 95), ms(bolt, 99),
					"%+.2f".formatted((percentile(rest, 50) - percentile(bolt, 50)) / 1e6),
					restFailed.get() + "/" + boltFailed.get(), measured);
		}
	}

	private void throughput(int clients, Duration duration) {
		List<Sample> samples = samples(2000);
		AtomicLong done = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		long[][] latencies = new long[clients][];
		long end = System.nanoTime() + duration.toNanos();
		long started = System.nanoTime();
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int c = 0; c < clients; c++) {
				int client = c;
				executor.submit(() -> {
					long[] mine = new long[1 << 20];
					int n = 0;
					SplittableRandom random = new SplittableRandom(client);
					while (System.nanoTime() < end) {
						String id = samples.get(random.nextInt(samples.size())).event();
						long t0 = System.nanoTime();
						try {
							HttpResponse<Void> response = http.send(
									HttpRequest.newBuilder(URI.create(base + "/api/events/" + id)).build(),
									HttpResponse.BodyHandlers.discarding());
							if (response.statusCode() == 200) {
								done.incrementAndGet();
							}
							else {
								failed.incrementAndGet();
							}
						}
						catch (IOException ex) {
							failed.incrementAndGet();
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							return;
						}
						if (n < mine.length) {
							mine[n++] = System.nanoTime() - t0;
						}
					}
					latencies[client] = Arrays.copyOf(mine, n);
				});
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
		System.out.println();
		System.out.printf("Throughput, GET /api/events/{id}, %d clients for %.0f s: %.0f requests/s (%d ok, %d failed), "
				+ "latency p50 %s ms, p95 %s ms, p99 %s ms; %s%n", clients, seconds, done.get() / seconds, done.get(),
				failed.get(), ms(all, 50), ms(all, 95), ms(all, 99), Jvm.loadAverage());
	}

	private String get(String path) {
		try {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}


	/** How long the call took, failed or not; a failure (the query's 10 s time limit, mostly) is counted. */
	/** One named query in the Driver's own read transaction. */
	private List<Record> direct(String query, Map<String, Object> parameters) {
		String text = queries.get(query);
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run(text, parameters).list(), READ);
		}
	}

	private static long timed(Runnable call, AtomicLong failures) {
		long started = System.nanoTime();
		try {
			call.run();
		}
		catch (RuntimeException ex) {
			failures.incrementAndGet();
		}
		return System.nanoTime() - started;
	}

	private static double percentile(long[] sorted, int p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static String ms(long[] sorted, int p) {
		return "%.2f".formatted(percentile(sorted, p) / 1e6);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
