package org.jkgraph.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Chooses the Neo4j the integration tests run against, once per run: a Testcontainers Neo4j of the production
 * version when a Docker engine answers, otherwise the application's own embedded Neo4j (a real database with the
 * same Cypher). The same tests run either way; the choice is logged so nothing is skipped silently.
 */
@TestConfiguration(proxyBeanMethods = false)
class Neo4jTestBackend {

	static final String NEO4J_IMAGE = "neo4j:2026.08.1";

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	Neo4jContainer neo4jContainer() {
		return new Neo4jContainer(NEO4J_IMAGE).withoutAuthentication();
	}

	static final class DockerAvailable implements Condition {

		private static final Logger log = LoggerFactory.getLogger(Neo4jTestBackend.class);

		private static Boolean available;

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return dockerAvailable();
		}

		private static synchronized boolean dockerAvailable() {
			if (available == null) {
				available = isDockerAvailable();
				if (available) {
					log.info("Integration tests run against Neo4j in Testcontainers ({})", NEO4J_IMAGE);
				}
				else {
					log.info("No Docker engine found: integration tests run against the embedded Neo4j");
				}
			}
			return available;
		}

		private static boolean isDockerAvailable() {
			try {
				return DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException ex) {
				return false;
			}
		}

	}

}
