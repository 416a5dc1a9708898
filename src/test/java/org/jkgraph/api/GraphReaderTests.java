package org.jkgraph.api;

import java.util.Map;

import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The API's reads run in read-only transactions of Spring Data Neo4j's transaction manager, whose default timeout
 * is the query time limit ({@code jkgraph.api.query-timeout}, 10 s) and reaches the database.
 */
@IntegrationTest
class GraphReaderTests {

	@Autowired
	GraphReader reader;

	@Autowired
	Neo4jClient client;

	@Autowired
	Neo4jTransactionManager transactions;

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
	void theDefaultTimeoutEndsAQueryThatRunsLonger() {
		int configured = transactions.getDefaultTimeout();
		transactions.setDefaultTimeout(1);
		try {
			TransactionTemplate read = new TransactionTemplate(transactions);
			read.setReadOnly(true);
			assertThatException().isThrownBy(() -> read.execute(status -> client
				.query("UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(*) AS n")
				.fetchAs(Long.class).one()))
				.withStackTraceContaining("TransactionTimedOut");
		}
		finally {
			transactions.setDefaultTimeout(configured);
		}
	}

}
