package org.jkgraph.api;

import java.util.Map;

import org.jkgraph.embedded.EmbeddedTransactionManager;
import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The API's reads run in read-only transactions of the transaction manager, whose default timeout is the query time
 * limit ({@code jkgraph.api.query-timeout}, 10 s) and reaches the database: in this JVM on the embedded database,
 * over Bolt on an external Neo4j (a Testcontainers one where Docker exists; {@link DriverReadPathTests} runs the Bolt
 * path on the embedded database too).
 */
@IntegrationTest
class GraphReaderTests {

	@Autowired
	GraphReader reader;

	@Autowired
	AbstractPlatformTransactionManager transactions;

	@Test
	void readsRunInAReadOnlyTransactionOfTheTransactionManager() {
		boolean readOnly = reader.single("actors/exists", Map.of("actor", "japan"),
				row -> TransactionSynchronizationManager.isActualTransactionActive()
						&& TransactionSynchronizationManager.isCurrentTransactionReadOnly())
			.orElseThrow();
		assertThat(readOnly).isTrue();
		assertThat(transactions.getDefaultTimeout()).isEqualTo(10);
	}

	@Test
	void readsRunInThisJvmOnTheEmbeddedDatabaseAndOverBoltOtherwise() {
		assertThat(reader.readPath()).isEqualTo((transactions instanceof EmbeddedTransactionManager) ? "in-process" : "bolt");
	}

	@Test
	void theDefaultTimeoutEndsAQueryThatRunsLonger() {
		int configured = transactions.getDefaultTimeout();
		transactions.setDefaultTimeout(1);
		try {
			// The code the API's error handler answers a time limit by (503 and Retry-After), on either read path.
			assertThatException().isThrownBy(() -> reader.run(
					"UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(*) AS n", Map.of(),
					row -> row.get("n").asLong()))
				.satisfies(ex -> assertThat(timeoutCode(ex)).contains("TransactionTimedOut"));
		}
		finally {
			transactions.setDefaultTimeout(configured);
		}
	}

	private static String timeoutCode(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jException neo4j && neo4j.code() != null) {
				return neo4j.code();
			}
		}
		return "no Neo4j status code in " + ex;
	}

	@Test
	void aReadCannotWrite() {
		assertThatException().isThrownBy(() -> reader.run("CREATE (p:ReadPathProbe) RETURN count(p) AS n", Map.of(),
				row -> row.get("n").asLong()));
		assertThat(reader.run("MATCH (p:ReadPathProbe) RETURN count(p) AS n", Map.of(), row -> row.get("n").asLong()))
			.containsExactly(0L);
	}

}
