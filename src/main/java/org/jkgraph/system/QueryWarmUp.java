package org.jkgraph.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Executors;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Runs every named query of the API once, with the example parameters of its header (the {@code :param} lines for
 * Neo4j Browser). The first run of a query is slow — Cypher parses and plans it, the JIT compiles the code that runs
 * it, the page cache is cold — and on a busy machine the first requests after a start took 1–5 s each, close enough
 * to the 10 s query timeout that a page firing several at once could hit it.
 * <p>
 * The queries of the explorer's first page and its first clicks ({@code jkgraph.api.warm-up-first}) are warmed
 * before readiness, so readiness (and {@code /actuator/health}) only says UP once they are warm. On a store that
 * already holds facts (a restart) they are planned while the rest of the service starts and the seeds are checked,
 * side by side on a 2-core machine; on a new store they wait until the seeds are loaded, since plans made on an
 * empty store are made again once the statistics have changed (Neo4j replans a query whose statistics diverged), and
 * the first page would pay for its planning after all. The
 * others, which a start used to wait for (18.7 s of a 46 s restart, "Start-up" in BENCHMARKS.md), are warmed
 * after readiness in the background, on one session so that the other core is left to requests; until then a
 * first request to one of them pays for its planning, well within the query timeout. The {@code start-here/}
 * queries are for Browser users only and are left out. Nothing here can stop start-up, nor hold it up for long: a
 * query that fails is reported in the summary line, and a warm-up stops when its time is up.
 */
@Component
@ConditionalOnWebApplication
class QueryWarmUp implements SmartInitializingSingleton, ApplicationRunner, Ordered, DisposableBean {

	/** After every other runner, the seeds' load among them: readiness waits for this one. */
	static final int ORDER = Ordered.LOWEST_PRECEDENCE;

	/** The background warm-up's thread: one, so that requests keep a core of a 2-core machine. */
	private static final int BACKGROUND_SESSIONS = 1;

	private static final Logger log = LoggerFactory.getLogger(QueryWarmUp.class);

	/** Generous: a warm-up query that runs out of it is only reported. */
	private static final TransactionConfig TIMEOUT = TransactionConfig.builder().withTimeout(Duration.ofSeconds(30)).build();

	/** The longest each warm-up may take (all of them: about 5 s on a quiet 2-core machine, 30-40 s on a busy one). */
	private static final Duration BUDGET = Duration.ofSeconds(60);

	private static final String BROWSER_ONLY = "start-here/";

	private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

	private static final String STORE_IS_EMPTY = CypherFiles.read("system").get("store_is_empty");

	private final Driver driver;

	private final NamedQueries queries;

	private final boolean enabled;

	private final List<String> first;

	private volatile Outcome beforeReady;

	/** The warm-up before readiness when it started early, beside the rest of the start (a store with facts). */
	private volatile CompletableFuture<Outcome> early;

	/** Set when the service shuts down: what is left of a warm-up is skipped, and a lost connection is no news. */
	private volatile boolean closing;

	private final CompletableFuture<Outcome> background = new CompletableFuture<>();

	/** Readiness can go back and forth (a probe test, a later refusal); the background warm-up runs once. */
	private final AtomicBoolean backgroundStarted = new AtomicBoolean();

	QueryWarmUp(Driver driver, NamedQueries queries, @Value("${jkgraph.api.warm-up:true}") boolean enabled,
			@Value("${jkgraph.api.warm-up-first:}") List<String> first) {
		this.driver = driver;
		this.queries = queries;
		this.enabled = enabled;
		this.first = first.stream().map(String::strip).filter(name -> !name.isEmpty()).sorted().toList();
		List<String> unknown = this.first.stream().filter(name -> !apiQueries().contains(name)).toList();
		if (!unknown.isEmpty()) {
			// A misspelt name would leave its query cold without a word: say so at once.
			throw new IllegalStateException("jkgraph.api.warm-up-first names no API query: " + unknown
					+ " (the names are the paths under cypher/queries/ without .cypher)");
		}
	}

	/**
	 * What a warm-up did.
	 *
	 * @param warmed  the queries that ran
	 * @param failed  the queries that did not, each with the reason
	 * @param skipped the queries left out because the time was up
	 * @param took    how long it all took
	 */
	record Outcome(List<String> warmed, Map<String, String> failed, List<String> skipped, Duration took) {
	}

	/**
	 * Once every bean exists: on a store with facts, starts the warm-up of {@code jkgraph.api.warm-up-first} beside
	 * the rest of the start; on a new store, leaves it for {@link #run} (after the seeds' load).
	 */
	@Override
	public void afterSingletonsInstantiated() {
		if (enabled && holdsFacts()) {
			early = CompletableFuture.supplyAsync(this::warmUpFirst,
					command -> Thread.ofPlatform().name("query-warm-up-first").daemon().start(command));
		}
	}

	/** The last runner: readiness follows it, so the first page's queries are warm when the service says UP. */
	@Override
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		beforeReady = (early != null) ? early.join() : warmUpFirst();
		report("before readiness", beforeReady);
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void destroy() {
		closing = true;
	}

	private Outcome warmUpFirst() {
		// Planning a query keeps one core busy in the database; one session per core plans them side by side
		// (measured: 10.0 s one by one, see "Start-up" in BENCHMARKS.md).
		return warmUp(first, Runtime.getRuntime().availableProcessors());
	}

	/** Whether the store held facts when the service started (a restart), rather than being new. */
	private boolean holdsFacts() {
		try (Session session = driver.session(READ)) {
			return !session.executeRead(tx -> tx.run(STORE_IS_EMPTY).single().get("empty").asBoolean());
		}
	}

	/** Whether the warm-up before readiness started beside the start (a store with facts) instead of after it. */
	boolean startedEarly() {
		return early != null;
	}

	/** Once the service takes traffic: every other API query, in the background. */
	@EventListener
	void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
		if (!enabled || event.getState() != ReadinessState.ACCEPTING_TRAFFIC
				|| !backgroundStarted.compareAndSet(false, true)) {
			return;
		}
		List<String> rest = apiQueries().stream().filter(name -> !first.contains(name)).toList();
		Thread.ofPlatform().name("query-warm-up").daemon().priority(Thread.MIN_PRIORITY).start(() -> {
			try {
				Outcome outcome = warmUp(rest, BACKGROUND_SESSIONS);
				report("after readiness, in the background", outcome);
				background.complete(outcome);
			}
			catch (RuntimeException ex) {
				// The database went away (a shutdown during the warm-up, say): nothing to warm any more.
				log.debug("Background warm-up stopped: {}", ex.getMessage());
				background.completeExceptionally(ex);
			}
		});
	}

	private void report(String when, Outcome outcome) {
		if (closing) {
			// Not news: whoever stopped the service knows; the queries left cold are planned on their first use.
			log.debug("Warm-up {} stopped by the shutdown after {} named queries ({} left)", when, outcome.warmed().size(),
					outcome.skipped().size());
		}
		else if (!outcome.failed().isEmpty()) {
			log.warn("Warmed up {} named queries {} in {} ms; {} could not run: {}", outcome.warmed().size(), when,
					outcome.took().toMillis(), outcome.failed().size(), outcome.failed());
		}
		else if (!outcome.skipped().isEmpty()) {
			log.info("Warmed up {} named queries {} in {} ms, then stopped: the time was up ({} left cold)",
					outcome.warmed().size(), when, outcome.took().toMillis(), outcome.skipped().size());
		}
		else {
			log.info("Warmed up {} named queries {} in {} ms", outcome.warmed().size(), when, outcome.took().toMillis());
		}
	}

	/** Runs {@code names} once each on up to {@code sessions} sessions side by side. */
	Outcome warmUp(List<String> names, int sessions) {
		long started = System.nanoTime();
		long deadline = started + BUDGET.toNanos();
		List<String> warmed = Collections.synchronizedList(new ArrayList<>());
		Map<String, String> failed = new ConcurrentHashMap<>();
		List<String> skipped = Collections.synchronizedList(new ArrayList<>());
		Queue<String> queue = new ConcurrentLinkedQueue<>(names);
		int workers = Math.max(1, Math.min(queue.size(), sessions));
		List<Future<?>> running = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
			for (int i = 0; i < workers; i++) {
				running.add(pool.submit(() -> warmUp(queue, deadline, warmed, failed, skipped)));
			}
		}
		for (Future<?> each : running) {
			try {
				each.get();
			}
			catch (ExecutionException ex) {
				// Not a query's failure (those are in the outcome): the database is not there at all, say.
				throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return new Outcome(warmed.stream().sorted().toList(), Map.copyOf(failed), skipped.stream().sorted().toList(),
				Duration.ofNanos(System.nanoTime() - started));
	}

	/** Takes queries from the shared queue until it is empty, in one session. */
	private void warmUp(Queue<String> names, long deadline, List<String> warmed, Map<String, String> failed,
			List<String> skipped) {
		try (Session session = driver.session(READ)) {
			for (String name = names.poll(); name != null; name = names.poll()) {
				if (closing || System.nanoTime() > deadline) {
					skipped.add(name);
					continue;
				}
				String text = queries.get(name);
				long queryStarted = System.nanoTime();
				// A transaction of its own, without the Driver's retries: a warm-up that fails is only reported, and
				// one cut off by a shutdown must not log a retry's stack trace on the way out.
				try (Transaction tx = session.beginTransaction(TIMEOUT)) {
					run(tx, text);
					warmed.add(name);
					log.debug("Warmed up {} in {} ms", name, (System.nanoTime() - queryStarted) / 1_000_000);
				}
				catch (Neo4jException ex) {
					if (closing) {
						skipped.add(name);
						continue;
					}
					failed.put(name, ex.getMessage().lines().findFirst().orElse(ex.code()));
				}
			}
		}
	}

	/** Runs a query file with the example parameters of its header. */
	private static void run(Transaction tx, String text) {
		tx.run(text, NamedQueries.exampleParameters(tx, text)).consume();
	}

	/** The named queries the API runs. */
	List<String> apiQueries() {
		return queries.names().stream().filter(name -> !name.startsWith(BROWSER_ONLY)).sorted().toList();
	}

	/** The queries warmed before readiness. */
	List<String> first() {
		return first;
	}

	/** The warm-up before readiness, or null when none ran. */
	Outcome beforeReady() {
		return beforeReady;
	}

	/** The warm-up after readiness, done once it has run. */
	CompletableFuture<Outcome> background() {
		return background;
	}

}
