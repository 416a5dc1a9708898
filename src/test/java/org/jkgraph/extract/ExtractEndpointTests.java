package org.jkgraph.extract;

import java.nio.charset.StandardCharsets;

import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/extract} over real HTTP on the whole service: candidate facts come back as JSON, nothing is
 * written to the graph, and unreadable input is refused as problem+json (400 empty, 413 too large, 415 binary or
 * not UTF-8).
 */
@IntegrationTest
class ExtractEndpointTests {

	private static final String TEXT = """
			Tokyo and Seoul mend ties

			Japan lifted its export curbs on South Korea on Friday.
			""";

	@Autowired
	RestTestClient http;

	@Autowired
	Driver driver;

	@Autowired
	ExtractProperties properties;

	@Test
	void returnsCandidateFactsForPlainTextAndWritesNothing() {
		long before = nodes();

		http.post().uri("/api/extract?published=2023-03-17&source=test-extract-news").contentType(MediaType.TEXT_PLAIN)
			.body(TEXT).exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.source").isEqualTo("test-extract-news")
			.jsonPath("$.published").isEqualTo("2023-03-17")
			.jsonPath("$.sentences").isEqualTo(2)
			.jsonPath("$.newEvents").isEqualTo(1)
			.jsonPath("$.facts[0].fact").isEqualTo("source")
			.jsonPath("$.facts[0].id").isEqualTo("test-extract-news")
			.jsonPath("$.facts[1].fact").isEqualTo("event")
			.jsonPath("$.facts[1].type").isEqualTo("controls_eased")
			.jsonPath("$.facts[1].date").isEqualTo("2023-03-17")
			.jsonPath("$.facts[1].method").isEqualTo("extracted")
			.jsonPath("$.facts[1].participants[0].actor").isEqualTo("japan")
			.jsonPath("$.facts[1].participants[0].role").isEqualTo("initiator")
			.jsonPath("$.facts[1].participants[1].actor").isEqualTo("south-korea")
			.jsonPath("$.facts[1].sources[0].locator").isEqualTo("sentence 2");
		assertThat(nodes()).isEqualTo(before);
		assertThat(sourceExists("test-extract-news")).isFalse();
	}

	@Test
	void refusesEmptyTextWith400() {
		http.post().uri("/api/extract").contentType(MediaType.TEXT_PLAIN).body("  \n").exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title").isEqualTo("Unreadable text")
			.jsonPath("$.reason").isEqualTo("empty")
			.jsonPath("$.detail").isEqualTo("the text is empty");
	}

	@Test
	void refusesTooLargeTextWith413() {
		byte[] large = new byte[(int) properties.maxSize().toBytes() + 1];
		java.util.Arrays.fill(large, (byte) 'a');
		http.post().uri("/api/extract").contentType(MediaType.TEXT_PLAIN).body(large).exchange()
			.expectStatus().isEqualTo(413)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.reason").isEqualTo("too_large")
			.jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("the limit is " + properties.maxSize().toBytes()));
	}

	@Test
	void refusesBinaryAndNonUtf8TextWith415() {
		http.post().uri("/api/extract").contentType(MediaType.TEXT_PLAIN)
			.body(new byte[] { 'P', 'K', 3, 4, 0, 0, (byte) 0xff, 0 }).exchange()
			.expectStatus().isEqualTo(415)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.reason").isEqualTo("binary")
			.jsonPath("$.detail").isEqualTo("the text is binary, not text");
		http.post().uri("/api/extract").contentType(MediaType.TEXT_PLAIN)
			.body("Séoul a protesté.".getBytes(StandardCharsets.ISO_8859_1)).exchange()
			.expectStatus().isEqualTo(415)
			.expectBody()
			.jsonPath("$.reason").isEqualTo("encoding");
	}

	@Test
	void refusesAMalformedPublicationDateWith400() {
		http.post().uri("/api/extract?published=last-week").contentType(MediaType.TEXT_PLAIN).body(TEXT).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.parameter").isEqualTo("published");
	}

	private long nodes() {
		try (Session session = driver.session()) {
			return session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
		}
	}

	private boolean sourceExists(String id) {
		try (Session session = driver.session()) {
			return session.run("MATCH (s {id: $id}) RETURN count(s) > 0 AS found", java.util.Map.of("id", id)).single()
				.get("found").asBoolean();
		}
	}

}
