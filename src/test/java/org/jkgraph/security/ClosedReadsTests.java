package org.jkgraph.security;

import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * With {@code jkgraph.security.reads-open=false} every read needs a key — the API and {@code /actuator/info} alike;
 * only health's UP or DOWN stays open, for monitors.
 */
@IntegrationTest
@TestPropertySource(properties = { "jkgraph.security.reads-open=false", "jkgraph.load.seeds-on-startup=never" })
class ClosedReadsTests {

	@Autowired
	RestTestClient http;

	@Test
	void infoNeedsAKey() {
		http.get().uri("/actuator/info").exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		http.get().uri("/actuator/info").header("X-API-Key", IntegrationTest.API_KEY).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.database.version").isEqualTo("2026.08.1");
	}

	@Test
	void healthSaysUpOrDownToAnyoneAndItsDetailsOnlyToAKeyHolder() {
		http.get().uri("/actuator/health").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("UP")
			.jsonPath("$.components.neo4j.details").doesNotExist();
		http.get().uri("/actuator/health").header("Authorization", "Bearer " + IntegrationTest.API_KEY).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.components.neo4j.details.edition").isEqualTo("community");
	}

	@Test
	void apiReadsNeedAKey() {
		http.get().uri("/api/search?q=kishida").exchange().expectStatus().isUnauthorized();
		http.get().uri("/api/search?q=kishida").header("X-API-Key", IntegrationTest.API_KEY).exchange()
			.expectStatus().isOk();
	}

}
