package org.jkgraph.embedded;

import java.net.URI;

import org.neo4j.driver.AuthToken;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts the embedded Neo4j before Spring Boot creates its Driver, and hands the Driver the address the database
 * actually bound and the password of its {@code neo4j} user. Backs off when {@code spring.neo4j.uri} is set or
 * another {@link Neo4jConnectionDetails} exists (for example a Testcontainers service connection).
 */
@AutoConfiguration(before = Neo4jAutoConfiguration.class)
@Conditional(OnEmbeddedNeo4jCondition.class)
@ConditionalOnMissingBean(Neo4jConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
public class EmbeddedNeo4jAutoConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		return EmbeddedNeo4j.start(properties);
	}

	/**
	 * The API's reads run in this JVM, in transactions of the embedded database itself, not over Bolt (see
	 * BENCHMARKS.md for what that saves); {@code jkgraph.embedded.in-process-reads=false} sends them through the
	 * Driver, as on an external Neo4j. Spring Data Neo4j's own transaction manager backs off when this one exists.
	 */
	@Bean
	@ConditionalOnProperty(name = "jkgraph.embedded.in-process-reads", havingValue = "true", matchIfMissing = true)
	EmbeddedTransactionManager transactionManager(EmbeddedNeo4j neo4j,
			ObjectProvider<TransactionManagerCustomizers> customizers) {
		EmbeddedTransactionManager transactions = new EmbeddedTransactionManager(neo4j.database());
		customizers.ifAvailable(each -> each.customize(transactions));
		return transactions;
	}

	/** Health component {@code store}. */
	@Bean
	StoreSpaceHealthIndicator storeHealthIndicator(EmbeddedNeo4j neo4j) {
		return new StoreSpaceHealthIndicator(neo4j.storePath());
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j neo4j) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return neo4j.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return neo4j.authToken();
			}
		};
	}

}
