package org.jkgraph.security;

import org.jkgraph.support.IntegrationTest;
import org.jkgraph.support.TestDatasets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads are open; writes need one of the configured API keys, and a wrong key is refused outright. */
@IntegrationTest
class WriteAccessTests {

	private static final String FACT = """
			{"fact":"topic","id":"test-access-topic","name":"A topic posted by the access tests","sources":[{"source":"reuters-2023-03-16-trade-dispute"}]}
			""";

	@Autowired
	RestTestClient http;

	@Autowired
	Driver driver;

	@AfterEach
	void removePostedFacts() {
		TestDatasets.remove(driver);
	}

	@Test
	void readsNeedNoCredential() {
		http.get().uri("/actuator/health").exchange().expectStatus().isOk();
		http.get().uri("/v3/api-docs").exchange().expectStatus().isOk();
	}

	@Test
	void aWriteWithoutAKeyIsRefusedAsProblemJsonAndWritesNothing() {
		http.post().uri("/api/facts?dataset=test-access").contentType(MediaType.parseMediaType("application/x-ndjson"))
			.body(FACT).exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.title").isEqualTo("API key required");
		assertThat(topicExists()).isFalse();
	}

	@Test
	void aWrongKeyIsRefused() {
		http.post().uri("/api/facts?dataset=test-access").contentType(MediaType.parseMediaType("application/x-ndjson"))
			.header("X-API-Key", "guess").body(FACT).exchange()
			.expectStatus().isUnauthorized()
			.expectBody().jsonPath("$.title").isEqualTo("Invalid API key");
		assertThat(topicExists()).isFalse();
	}

	@Test
	void aWriteWithTheKeyLoadsTheFacts() {
		http.post().uri("/api/facts?dataset=test-access").contentType(MediaType.parseMediaType("application/x-ndjson"))
			.header("Authorization", "Bearer " + IntegrationTest.API_KEY).body(FACT).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.facts.topic.created").isEqualTo(1);
		assertThat(topicExists()).isTrue();
	}

	@Test
	void invalidFactsAreRejectedWithEveryProblemAndWriteNothing() {
		String bad = """
				{"fact":"topic","id":"test-access-topic","name":"Broken","sources":[{"source":"no-such-source"}]}
				""";
		http.post().uri("/api/facts?dataset=test-access").contentType(MediaType.parseMediaType("application/x-ndjson"))
			.header("X-API-Key", IntegrationTest.API_KEY).body(bad).exchange()
			.expectStatus().isEqualTo(422)
			.expectBody()
			.jsonPath("$.problems[0].line").isEqualTo(1)
			.jsonPath("$.problems[0].field").isEqualTo("sources[0].source");
		assertThat(topicExists()).isFalse();
	}

	private boolean topicExists() {
		try (Session session = driver.session()) {
			return session.run("MATCH (t:Topic {id: 'test-access-topic'}) RETURN count(t) > 0 AS e").single().get("e").asBoolean();
		}
	}

}
