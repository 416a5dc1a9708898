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
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator sees — health with the database, info with versions and mode, Bolt open to a client with the
 * password — and what a stranger does not: versions, paths and disk sizes, or the REST port from another machine.
 */
@IntegrationTest
class OperationsEndpointsTests {

	@Autowired
	RestTestClient http;

	@Autowired
	Neo4jConnectionDetails connection;

	@Autowired
	ObjectProvider<EmbeddedNeo4j> embedded;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	@Test
	void healthIsUpAndIncludesNeo4j() {
		http.get().uri("/actuator/health").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("UP")
			.jsonPath("$.components.neo4j.status").isEqualTo("UP");
	}

	@Test
	void healthIsOutOfServiceUntilTheServiceIsReady() {
		// start-up (seeds loaded included) ends with ACCEPTING_TRAFFIC; before, a script waiting for UP must wait
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
		try {
			http.get().uri("/actuator/health").exchange()
				.expectStatus().isEqualTo(503)
				.expectBody()
				.jsonPath("$.status").isEqualTo("OUT_OF_SERVICE")
				.jsonPath("$.components.readinessState.status").isEqualTo("OUT_OF_SERVICE");
			http.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
		}
		finally {
			AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
		}
		http.get().uri("/actuator/health").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.components.readinessState.status").isEqualTo("UP");
	}

	@Test
	void healthTellsAStrangerTheStatusesButNoVersionsPathsOrDiskSizes() {
		String body = http.get().uri("/actuator/health").exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(body).doesNotContain("details", "version", "edition", "total", "free", "threshold", "path",
				System.getProperty("java.io.tmpdir"), System.getProperty("user.dir"));
		if (embedded.getIfAvailable() != null) {
			assertThat(body).contains("\"store\":{\"status\":\"UP\"}");
		}
	}

	@Test
	void healthShowsAKeyHolderTheNeo4jDetails() {
		http.get().uri("/actuator/health").header("X-API-Key", IntegrationTest.API_KEY).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.components.neo4j.details.edition").isEqualTo("community")
			.jsonPath("$.components.diskSpace").doesNotExist();
	}

	@Test
	void infoNamesNoFilesystemPath() {
		String body = http.get().uri("/actuator/info").exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(body).doesNotContain("\"store\"", System.getProperty("java.io.tmpdir"),
				System.getProperty("user.dir"), System.getProperty("java.home"));
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
	void theRestApiListensOnLoopbackOnly() throws Exception {
		java.util.Optional<java.net.InetAddress> external = java.net.NetworkInterface.networkInterfaces()
			.flatMap(java.net.NetworkInterface::inetAddresses)
			.filter(address -> !address.isLoopbackAddress() && address instanceof java.net.Inet4Address)
			.findFirst();
		org.junit.jupiter.api.Assumptions.assumeTrue(external.isPresent(), "this machine has no address but loopback");
		try (java.net.Socket socket = new java.net.Socket()) {
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> socket.connect(new java.net.InetSocketAddress(external.get(), port), 2000))
				.as("the REST port on %s", external.get())
				.isInstanceOf(java.net.ConnectException.class);
		}
		try (java.net.Socket socket = new java.net.Socket()) {
			socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 2000);
		}
	}

	@Test
	void anyBoltClientWithThePasswordCanQueryTheDatabaseTheServiceUses() {
		AuthToken auth = connection.getAuthToken();
		try (Driver driver = GraphDatabase.driver(connection.getUri(), auth); Session session = driver.session()) {
			assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
		}
	}

}
