package org.jkgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * healthy, resident memory), measures the Driver's floor ({@code RETURN 1}), then times each main query through the
 * REST API and the same named query with the same parameters in the Driver's own read transaction
 * ({@code session.executeRead}, 10 s timeout), on the same sample, each side first half of the time (the second of a
 * pair finds the first one's pages in memory) — every query warmed up by time until its p50 is stable — and finally
 * lets 16 clients read events by id as fast as the service answers for a fixed time, with and without the ETag.
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

	private final Method method;

	/** The next sample to use: successive windows go on through the samples. */
	private int next;

	/**
	 * How the API is measured.
	 *
	 * @param warmUpMin   the least time each query is warmed up
	 * @param warmUpCalls the fewest calls of each side during its warm-up
	 * @param warmUpMax   the most time a warm-up may take, stable or not (slow queries)
	 * @param window      the window whose p50 is compared with the one before
	 * @param measure     how long each query is measured after its warm-up
	 * @param clients     concurrent clients of the throughput run
	 * @param duration    how long the throughput run lasts
	 * @param client      {@code wrk}, {@code java} or {@code auto} (wrk when installed)
	 * @param only        measure only the queries whose names contain one of these (all when empty)
	 * @param jfr         where to write a flight recording of the service during the throughput run without cache, or null
	 */
	record Method(Duration warmUpMin, int warmUpCalls, Duration warmUpMax, Duration window, Duration measure, int clients,
			Duration duration, String client, List<String> only, Path jfr) {
	}

	private ApiBenchmark(String base, Driver driver, Method method) {
		this.base = base;
		this.driver = driver;
		this.method = method;
	}

	static int run(Path store, boolean seeds, Method method, String heap, String pageCache, int port, int boltPort) {
		System.out.printf("store %s, %s, %d cores, %s%n", store, Jvm.loadAverage(),
				Runtime.getRuntime().availableProcessors(), LocalDate.now());
		List<String> command = new ArrayList<>(Jvm.javaCommand("-Xmx" + heap));
		command.addAll(List.of("--jkgraph.embedded.store-path=" + store, "--server.port=" + port,
				"--jkgraph.embedded.bolt-port=" + boltPort, "--jkgraph.embedded.http-enabled=false",
				"--jkgraph.load.seeds-on-startup=" + (seeds ? "always" : "never"), "--jkgraph.embedded.page-cache=" + BenchCommand.size(pageCache).toMegabytes() + "MB",
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
			ServiceHealth.await(base, service, Duration.ofMinutes(10), "jk-graph-bench-service.log in the temp folder");
			double startup = (System.nanoTime() - started) / 1e9;
			long rssReady = Jvm.residentMb(service.pid());
			System.out.printf("start-up to healthy: %.1f s, resident memory when ready: %d MB (heap limit %s)%n", startup,
					rssReady, heap);
			try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.basic("neo4j", password),
					DriverLogging.config())) {
				ApiBenchmark bench = new ApiBenchmark(base, driver, method);
				bench.latencies();
				bench.throughput(service.pid());
			}
			System.out.printf("resident memory after the benchmark: %d MB%n", Jvm.residentMb(service.pid()));
			return 0;
		}
		finally {
			ServiceHealth.stop(service);
		}
	}

	private List<Case> cases() {
		return List.of(
				new Case("event by id", s -> "/api/events/" + s.event(), "events/by_id", s -> Map.of("id", s.event())),
				new Case("events by actor and year", s -> "/api/events?actor=" + s.actor() + "&from=" + s.from() + "&to=" + s.to(),
						"events/list_by_actor", s -> eventList(s)),
				new Case("measures in force on a day", s -> "/api/measures?asOf=" + s.day(), "measures/in_force_on",
						s -> measures(s.day(), true)),
				// what the answer cost before the periods: the history query, which still answers include=candidates
				new Case("measures on a day, histories", s -> "/api/measures?asOf=" + s.day() + "&include=candidates",
						"measures/status_on", s -> measures(s.day(), true)),
				new Case("every measure, status today", s -> "/api/measures", "measures/in_force_on",
						s -> measures(LocalDate.now(), false)),
				new Case("neighbourhood, depth 2", s -> "/api/graph/neighborhood/" + s.event() + "?depth=2",
						"graph/neighborhood_2", s -> parameters("id", s.event(), "limit", 100, "includeSources", false)),
				new Case("shortest paths", s -> "/api/graph/paths?from=" + s.event() + "&to=" + s.otherEvent(),
						"graph/shortest_paths_4",
						s -> parameters("from", s.event(), "to", s.otherEvent(), "types", null, "limit", 25, "maxDegree",
								GraphExplorer.HUB_DEGREE)),
				new Case("full-text search", s -> "/api/search?q=" + URLEncoder.encode(s.word(), StandardCharsets.UTF_8),
						// the API reads 60 candidates for its 20 hits, to rank them by how their names match
						"search/fulltext", s -> parameters("query", lucene.get(s.word()), "kind", null, "limit", 60)),
				// a letter of the word changed: no name equals it or starts with it, so the API asks the fuzzy query too
				new Case("full-text search, misspelt", s -> "/api/search?q=" + URLEncoder.encode(misspelt(s.word()),
						StandardCharsets.UTF_8), "search/fulltext",
						s -> parameters("query", lucene.get(misspelt(s.word())), "kind", null, "limit", 60)),
				new Case("monthly series, one year", s -> "/api/series/events?interval=month&from=" + s.from() + "&to=" + s.to(),
						"series/event_counts", s -> codes(parameters("interval", "month", "from", s.from(), "to", s.to(),
								"actor", null, "by", null, "types", List.of()))));
	}

	private static Map<String, Object> measures(LocalDate day, boolean inForceOnly) {
		return parameters("on", day, "inForceOnly", inForceOnly, "kind", null, "sources", List.of(), "method", null,
				"skip", 0, "limit", 50);
	}

	/** The word with its second-to-last letter replaced: one edit away, so only the fuzzy query finds it. */
	static String misspelt(String word) {
		int at = word.length() - 2;
		char replaced = (word.charAt(at) == 'x') ? 'q' : 'x';
		return word.substring(0, at) + replaced + word.substring(at + 1);
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
			// A small graph (the seeds) has fewer events than samples: they repeat.
			samples.add(new Sample(events.get(i % events.size()), events.get(events.size() - 1 - i % events.size()),
					actors.get(i % actors.size()),
					LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), day, words.get(random.nextInt(words.size()))));
		}
		return samples;
	}

	/** Runs every case through warm-up and measurement, after the Driver's {@code RETURN 1} floor. */
	private void latencies() {
		List<Sample> samples = samples(2000);
		for (String word : samples.stream().map(Sample::word).distinct().toList()) {
			JsonNode answer = JSON.readTree(get("/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)));
			lucene.put(word, answer.get("query").asString());
			String typo = misspelt(word);
			JsonNode fuzzy = JSON.readTree(get("/api/search?q=" + URLEncoder.encode(typo, StandardCharsets.UTF_8)));
			// the Driver side asks what the API asked last: the fuzzy query when the exact one found no name
			JsonNode asked = fuzzy.path("fuzzyQuery");
			lucene.put(typo, asked.isString() ? asked.asString() : fuzzy.get("query").asString());
		}
		System.out.println();
		System.out.printf("Latency, one client: each query warmed up by time (at least %d s and %d calls, then until the"
				+ " p50 of a %d s window is within 10%% of the window before, at most %d s), then measured for %d s;"
				+ " REST and Driver alternate on the same sample, each first half of the time%n",
				method.warmUpMin().toSeconds(), method.warmUpCalls(), method.window().toSeconds(),
				method.warmUpMax().toSeconds(), method.measure().toSeconds());
		Call floorCall = s -> direct("RETURN 1", Map.of());
		WarmUp floorWarmUp = warmUp(null, floorCall, samples);
		Timing floor = window(null, floorCall, samples, method.measure());
		double floorP50 = percentile(floor.driver(), 50);
		System.out.printf("Driver floor (RETURN 1 in session.executeRead): p50 %s ms, p95 %s, p99 %s (%d calls; %s; %s)%n",
				ms(floor.driver(), 50), ms(floor.driver(), 95), ms(floor.driver(), 99), floor.driver().length,
				floorWarmUp, Jvm.loadAverage());
		System.out.printf("%-27s %9s %7s %7s %9s %7s %7s %8s %7s %7s %7s %9s %7s  %s%n", "query", "REST p50", "p95", "p99",
				"Drv p50", "p95", "p99", "R-D p50", "R/floor", "D/floor", "R/D", "failed R/D", "n", "warm-up");
		for (Case c : cases()) {
			if (!method.only().isEmpty() && method.only().stream().noneMatch(c.name()::contains)) {
				continue;
			}
			Call rest = s -> get(c.path().apply(s));
			Call driver = s -> direct(queries.get(c.query()), c.parameters().apply(s));
			WarmUp warm = warmUp(rest, driver, samples);
			Timing t = window(rest, driver, samples, method.measure());
			double restP50 = percentile(t.rest(), 50);
			double driverP50 = percentile(t.driver(), 50);
			System.out.printf("%-27s %9s %7s %7s %9s %7s %7s %8s %7.1f %7.1f %7.2f %9s %7d  %s%n", c.name(), ms(t.rest(), 50),
					ms(t.rest(), 95), ms(t.rest(), 99), ms(t.driver(), 50), ms(t.driver(), 95), ms(t.driver(), 99),
					"%+.2f".formatted((restP50 - driverP50) / 1e6), restP50 / floorP50, driverP50 / floorP50,
					restP50 / driverP50, t.restFailed() + "/" + t.driverFailed(), t.rest().length, warm);
		}
		System.out.println("(milliseconds; R/floor and D/floor: p50 over the Driver's RETURN 1 p50; R/D: REST p50 over"
				+ " Driver p50; " + Jvm.loadAverage() + ")");
	}

	/** One side of a case: a REST request, or the named query through the Driver. */
	private interface Call {

		void run(Sample sample);

	}

	/** Latencies of one window or measurement, sorted, with the calls that failed. */
	private record Timing(long[] rest, long[] driver, long restFailed, long driverFailed) {
	}

	/** How a warm-up went: its time and calls, and the last change of p50 between windows. */
	private record WarmUp(double seconds, int calls, boolean stable, double drift) {

		@Override
		public String toString() {
			return "%.0f s, %d calls, %s (last p50 change %.1f%%)".formatted(seconds, calls,
					stable ? "stable" : "NOT stable, time up", drift * 100);
		}

	}

	/**
	 * Calls both sides in windows until the minimum time and calls are reached and the p50 of each side moved by at
	 * most 10% since the window before (the JIT done, the page cache filled), or the maximum time is up.
	 */
	private WarmUp warmUp(Call rest, Call driver, List<Sample> samples) {
		long started = System.nanoTime();
		int calls = 0;
		double previousRest = Double.NaN;
		double previousDriver = Double.NaN;
		while (true) {
			Timing t = window(rest, driver, samples, method.window());
			calls += t.driver().length;
			double seconds = (System.nanoTime() - started) / 1e9;
			double restP50 = percentile(t.rest(), 50);
			double driverP50 = percentile(t.driver(), 50);
			double drift = Math.max(change(previousRest, restP50), change(previousDriver, driverP50));
			boolean enough = seconds >= method.warmUpMin().toSeconds() && calls >= method.warmUpCalls();
			if (enough && drift <= 0.10) {
				return new WarmUp(seconds, calls, true, drift);
			}
			if (seconds >= method.warmUpMax().toSeconds()) {
				return new WarmUp(seconds, calls, false, drift);
			}
			previousRest = restP50;
			previousDriver = driverP50;
		}
	}

	private static double change(double before, double now) {
		if (Double.isNaN(now)) {
			return 0;
		}
		return Double.isNaN(before) ? Double.POSITIVE_INFINITY : Math.abs(now - before) / before;
	}

	/** Calls both sides (REST may be null) on successive samples for the given time. */
	private Timing window(Call rest, Call driver, List<Sample> samples, Duration length) {
		Latencies restTimes = new Latencies();
		Latencies driverTimes = new Latencies();
		AtomicLong restFailed = new AtomicLong();
		AtomicLong driverFailed = new AtomicLong();
		long deadline = System.nanoTime() + length.toNanos();
		for (int i = 0; System.nanoTime() < deadline; i++) {
			// The second call of a pair finds the first one's pages in memory: each goes first half of the time.
			Sample s = samples.get(next++ % samples.size());
			if (rest != null && i % 2 == 0) {
				restTimes.add(timed(() -> rest.run(s), restFailed));
			}
			driverTimes.add(timed(() -> driver.run(s), driverFailed));
			if (rest != null && i % 2 == 1) {
				restTimes.add(timed(() -> rest.run(s), restFailed));
			}
		}
		return new Timing(restTimes.sorted(), driverTimes.sorted(), restFailed.get(), driverFailed.get());
	}

	/** A growing array of nanoseconds. */
	private static final class Latencies {

		private long[] values = new long[1024];

		private int size;

		void add(long nanos) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = nanos;
		}

		long[] sorted() {
			long[] copy = Arrays.copyOf(values, size);
			Arrays.sort(copy);
			return copy;
		}

	}

	/**
	 * Events by id from many clients at once, for a fixed time: with {@code wrk} when it is installed (a C client,
	 * which leaves more of the two cores to the service), else with this JVM's HTTP client on virtual threads. First
	 * every request runs the query; then every request names the current ETag and is answered 304 without one.
	 */
	private void throughput(long pid) {
		List<Sample> samples = samples(2000);
		List<String> paths = samples.stream().map(s -> "/api/events/" + s.event()).toList();
		String tag = http(paths.getFirst(), null).headers().firstValue("ETag").orElseThrow();
		System.out.println();
		for (String ifNoneMatch : Arrays.asList(null, tag)) {
			String label = (ifNoneMatch == null) ? "GET /api/events/{id}, no HTTP cache (200, the query runs)"
					: "GET /api/events/{id} with If-None-Match: the current ETag (304, no query)";
			RssSampler rss = new RssSampler(pid);
			rss.start();
			if (ifNoneMatch == null && method.jfr() != null) {
				record(pid, method.jfr(), method.duration());
			}
			String result = useWrk() ? wrk(paths, ifNoneMatch) : javaClients(paths, ifNoneMatch);
			rss.interrupt();
			System.out.printf("Throughput, %d clients for %d s, %s: %s; resident memory at most %d MB during the run; %s%n",
					method.clients(), method.duration().toSeconds(), label, result, rss.max, Jvm.loadAverage());
		}
	}

	/** A flight recording of the service for the given time (JFR's profile settings), by jcmd of this JDK. */
	private static void record(long pid, Path file, Duration duration) {
		String jcmd = Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd").toString();
		try {
			Process started = new ProcessBuilder(jcmd, Long.toString(pid), "JFR.start", "name=bench", "settings=profile",
					"duration=" + duration.toSeconds() + "s", "filename=" + file.toAbsolutePath())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			started.waitFor();
			System.out.println("flight recording of the service during the next run: " + file.toAbsolutePath());
		}
		catch (IOException ex) {
			System.out.println("no flight recording: " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private boolean useWrk() {
		return switch (method.client()) {
			case "wrk" -> true;
			case "java" -> false;
			default -> Files.isExecutable(Path.of("/usr/bin/wrk"));
		};
	}

	/** The service's resident memory, sampled every 200 ms; the most seen. */
	private static final class RssSampler extends Thread {

		private final long pid;

		volatile long max;

		RssSampler(long pid) {
			this.pid = pid;
			setDaemon(true);
		}

		@Override
		public void run() {
			while (!isInterrupted()) {
				max = Math.max(max, Jvm.residentMb(pid));
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

	}

	private String wrk(List<String> paths, String ifNoneMatch) {
		try {
			Path script = Files.createTempFile("jk-graph-bench", ".lua");
			StringBuilder lua = new StringBuilder("local paths = {\n");
			paths.forEach(path -> lua.append("  \"").append(path.replace("\"", "\\\"")).append("\",\n"));
			lua.append("}\n");
			if (ifNoneMatch != null) {
				lua.append("wrk.headers[\"If-None-Match\"] = '").append(ifNoneMatch).append("'\n");
			}
			lua.append("""
					request = function()
					  return wrk.format("GET", paths[math.random(#paths)])
					end
					local codes = {}
					response = function(status, headers, body)
					end
					""");
			Files.writeString(script, lua);
			List<String> command = List.of("wrk", "-t2", "-c" + method.clients(), "-d" + method.duration().toSeconds() + "s",
					"--latency", "-s", script.toString(), base);
			Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			wrk.waitFor();
			Files.deleteIfExists(script);
			String rate = line(output, "Requests/sec:");
			String errors = output.contains("Non-2xx or 3xx responses:") ? line(output, "Non-2xx or 3xx responses:")
					: "no non-2xx/3xx answers";
			String socket = output.contains("Socket errors:") ? "; " + line(output, "Socket errors:") : "";
			return "wrk %s, %s%s, latency p50 %s, p99 %s".formatted(rate, errors, socket, latency(output, "50%"),
					latency(output, "99%"));
		}
		catch (IOException ex) {
			throw new IllegalStateException("wrk failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String line(String output, String start) {
		return output.lines().map(String::strip).filter(l -> l.startsWith(start)).findFirst().orElse(start + " ?");
	}

	private static String latency(String output, String percentile) {
		return output.lines()
			.map(String::strip)
			.filter(l -> l.startsWith(percentile + " ") || l.startsWith(percentile + "\t"))
			.map(l -> l.substring(percentile.length()).strip())
			.findFirst()
			.orElse("?");
	}

	private String javaClients(List<String> paths, String ifNoneMatch) {
		int clients = method.clients();
		int expected = (ifNoneMatch == null) ? 200 : 304;
		AtomicLong done = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		long[][] latencies = new long[clients][];
		long end = System.nanoTime() + method.duration().toNanos();
		long started = System.nanoTime();
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int c = 0; c < clients; c++) {
				int client = c;
				executor.submit(() -> {
					Latencies mine = new Latencies();
					SplittableRandom random = new SplittableRandom(client);
					while (System.nanoTime() < end) {
						long t0 = System.nanoTime();
						try {
							HttpRequest.Builder request = HttpRequest.newBuilder(
									URI.create(base + paths.get(random.nextInt(paths.size()))));
							if (ifNoneMatch != null) {
								request.header("If-None-Match", ifNoneMatch);
							}
							HttpResponse<Void> response = this.http.send(request.build(), HttpResponse.BodyHandlers.discarding());
							(response.statusCode() == expected ? done : failed).incrementAndGet();
						}
						catch (IOException ex) {
							failed.incrementAndGet();
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							return;
						}
						mine.add(System.nanoTime() - t0);
					}
					latencies[client] = mine.sorted();
				});
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
		return "java.net.http %.0f requests/s (%d answered %d, %d other), latency p50 %s ms, p99 %s ms".formatted(
				done.get() / seconds, done.get(), expected, failed.get(), ms(all, 50), ms(all, 99));
	}

	private HttpResponse<String> http(String path, String ifNoneMatch) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
			if (ifNoneMatch != null) {
				request.header("If-None-Match", ifNoneMatch);
			}
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
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


	/** A query in the Driver's own read transaction. */
	private List<Record> direct(String text, Map<String, Object> parameters) {
		// every read query counts the facts of the review statuses it is given; the API's default is accepted ones
		Map<String, Object> all = new HashMap<>(parameters);
		all.putIfAbsent("statuses", List.of("accepted"));
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run(text, all).list(), READ);
		}
	}

	/** How long the call took, failed or not; a failure (the query's 10 s time limit, mostly) is counted. */
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

}
