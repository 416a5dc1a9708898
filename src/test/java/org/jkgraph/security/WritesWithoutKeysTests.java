package org.jkgraph.security;

import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/** With no API key configured (the default), every write is refused, whatever the request carries. */
@IntegrationTest
@TestPropertySource(properties = { "jkgraph.security.api-keys=", "jkgraph.load.seeds-on-startup=never" })
class WritesWithoutKeysTests {

	@Autowired
	RestTestClient http;

	@Test
	void writesAreDisabledWhenNoKeyIsConfigured() {
		http.post().uri("/api/facts").contentType(MediaType.parseMediaType("application/x-ndjson"))
			.body("{}").exchange()
			.expectStatus().isForbidden()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.title").isEqualTo("Writes disabled");
	}

	@Test
	void readsStayOpen() {
		http.get().uri("/actuator/info").exchange().expectStatus().isOk();
	}

}
