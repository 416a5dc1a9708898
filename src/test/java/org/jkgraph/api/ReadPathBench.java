package org.jkgraph.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jkgraph.support.IntegrationTest;
import org.jkgraph.system.NamedQueries;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: the read path's cost at steady state on the curated data, the Driver's own read transaction
 * ({@code session.executeRead}) against Spring Data Neo4j's {@code Neo4jClient} in a read-only transaction of its
 * transaction manager, on the same queries, alternating, after a warm-up by time. Run with
 * {@code ./mvnw -o -q test -Dtest=ReadPathBench -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@IntegrationTest
class ReadPathBench {

	@Autowired
	Driver driver;

	@Autowired
	Neo4jClient client;

	@Autowired
	Neo4jTransactionManager transactions;

	@Autowired
	NamedQueries queries;

	@Test
	void compareReadPaths() {
		TransactionConfig config = TransactionConfig.builder().withTimeout(Duration.ofSeconds(10)).build();
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		readOnly.setTimeout(10);
		Map<String, Object> parameters = Map.of("id", "2023-03-16-tokyo-summit");
		for (String name : List.of("events/by_id", "system/return_1")) {
			String text = name.equals("system/return_1") ? "RETURN 1 AS x" : queries.get(name);
			Supplier<Object> bolt = () -> {
				try (Session session = driver.session()) {
					return session.executeRead(tx -> tx.run(text, parameters).list(), config);
				}
			};
			Supplier<Object> sdn = () -> readOnly.execute(status -> client.query(text).bindAll(parameters)
				.fetchAs(Object.class).mappedBy((types, record) -> record).all());
			long warmUntil = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (System.nanoTime() < warmUntil) {
				bolt.get();
				sdn.get();
			}
			int n = 1000;
			long[] a = new long[n];
			long[] b = new long[n];
			for (int i = 0; i < n; i++) {
				boolean first = (i % 2 == 0);
				if (first) {
					a[i] = time(bolt);
					b[i] = time(sdn);
				}
				else {
					b[i] = time(sdn);
					a[i] = time(bolt);
				}
			}
			System.out.printf("%-16s executeRead %s | Neo4jClient+TM %s%n", name, stats(a), stats(b));
		}
	}

	private static long time(Supplier<Object> call) {
		long started = System.nanoTime();
		call.get();
		return System.nanoTime() - started;
	}

	private static String stats(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return String.format("p50 %.2f ms, p95 %.2f ms, p99 %.2f ms", sorted[sorted.length / 2] / 1e6,
				sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6);
	}

}
