package org.jkgraph.api;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;

import org.jkgraph.embedded.EmbeddedTransactionManager;
import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.catchException;

/**
 * The API's reads run in read-only transactions of the transaction manager, whose default timeout is the query time
 * limit ({@code jkgraph.api.query-timeout}, 10 s as shipped) and reaches the database: in this JVM on the embedded database,
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
		assertThat(transactions.getDefaultTimeout()).isEqualTo(IntegrationTest.QUERY_TIMEOUT_SECONDS);
	}

	@Test
	void theServiceShipsWithATenSecondQueryLimit() throws Exception {
		PropertySource<?> shipped = new YamlPropertySourceLoader()
			.load("application.yml", new ClassPathResource("application.yml")).getFirst();
		StandardEnvironment nothingSet = new StandardEnvironment();
		nothingSet.getPropertySources().addFirst(shipped);
		assertThat(nothingSet.getProperty("spring.transaction.default-timeout")).isEqualTo("10s");
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

	@Test
	void aTransactionThatOutlivesItsTimeLimitIsAnsweredAsATimeoutNotAsAnError() {
		assertThat(problemOfOutlivedTransaction(reader, transactions).getStatus()).isEqualTo(503);
	}

	/**
	 * A read whose transaction meets its time limit between two queries fails on the next query or at commit (not
	 * inside a long query): what the API's error handler makes of that failure.
	 */
	static ProblemDetail problemOfOutlivedTransaction(GraphReader reader, PlatformTransactionManager transactions) {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		transaction.setReadOnly(true);
		transaction.setTimeout(1);
		Exception failure = catchException(() -> transaction.executeWithoutResult(status -> {
			reader.run("RETURN 1 AS n", Map.of(), row -> row.get("n").asLong());
			// Longer than the limit and than the database's check of it (every 2 s by default).
			sleep(Duration.ofSeconds(4));
			reader.run("RETURN 1 AS n", Map.of(), row -> row.get("n").asLong());
		}));
		assertThat(failure).as("the transaction outlived its 1 s limit").isNotNull();
		// As Spring MVC picks the handler (by the exception's type or a cause's): one no handler knows would be a 500.
		Method handler = new ExceptionHandlerMethodResolver(ApiProblems.class).resolveMethodByThrowable(failure);
		assertThat(handler).as("the API's handler for %s", failure).isNotNull();
		try {
			handler.setAccessible(true);
			return (ProblemDetail) handler.invoke(new ApiProblems(), failure);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
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
