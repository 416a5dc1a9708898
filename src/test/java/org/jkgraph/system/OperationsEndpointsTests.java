package org.jkgraph.system;

import org.jkgraph.embedded.EmbeddedNeo4j;
import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator sees: health with the database, info with versions and mode, Bolt open to any client. */
@IntegrationTest
class OperationsEndpointsTests {

	@Autowired
	RestTestClient http;

	@Autowired
	Neo4jConnectionDetails connection;

	@Autowired
	ObjectProvider<EmbeddedNeo4j> embedded;

	@Test
	void healthIsUpAndIncludesNeo4j() {
		http.get().uri("/actuator/health").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("UP")
			.jsonPath("$.components.neo4j.status").isEqualTo("UP");
	}

	@Test
	void infoShowsTheAppVersionTheDatabaseModeAndTheNeo4jVersion() {
		String mode = embedded.getIfAvailable() != null ? "embedded" : "external";
		http.get().uri("/actuator/info").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.build.version").isNotEmpty()
			.jsonPath("$.database.mode").isEqualTo(mode)
			.jsonPath("$.database.uri").isEqualTo(connection.getUri().toString())
			.jsonPath("$.database.version").isEqualTo("2026.08.1")
			.jsonPath("$.database.schemaVersion").value(v -> assertThat((Integer) v).isGreaterThanOrEqualTo(3));
	}

	@Test
	void anyBoltClientCanQueryTheDatabaseTheServiceUses() {
		AuthToken auth = connection.getAuthToken();
		try (Driver driver = GraphDatabase.driver(connection.getUri(), auth); Session session = driver.session()) {
			assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
		}
	}

}
