package org.jkgraph.hostile;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a hostile or careless client may send: Cypher and Lucene injection in every parameter, absurd bounds,
 * broken bodies, wrong content types. Every answer is a clear 2xx/4xx within a bounded time, errors are
 * problem+json, and nothing in the graph changes. (One exception: a NUL byte inside a URL path is refused by the
 * servlet container itself, with a plain 400, before any application code runs.)
 */
@IntegrationTest
class HostileRequestsTests {

	static final List<String> PAYLOADS = List.of("' OR 1=1 //", "x'}) MATCH (n) DETACH DELETE n //",
			"\") RETURN 1 UNION MATCH (n) DETACH DELETE n //", "$(id)", "*:*", "\"", "{", "-1",
			"99999999999999999999", "2019-02-30", "<script>alert(1)</script>", "\u0000", "a".repeat(3000));
	/** Every GET endpoint with its parameters, and the values that make an otherwise valid request. */
	static final List<Endpoint> ENDPOINTS = List.of(
			new Endpoint("/api/actors", List.of("kind", "country", "q", "source", "method", "page", "size"), Map.of()),
			new Endpoint("/api/actors/{id}", List.of("id"), Map.of("id", "japan")),
			new Endpoint("/api/actors/{id}/events", List.of("id", "type", "from", "to", "plover", "cameo", "quadClass", "minGoldstein", "maxGoldstein", "source", "method", "page", "size"),
					Map.of("id", "japan")),
			new Endpoint("/api/actors/{id}/relations", List.of("id", "relation", "from", "to", "eventLimit", "source",
					"method", "page", "size"), Map.of("id", "japan")),
			new Endpoint("/api/events", List.of("type", "from", "to", "actor", "place", "topic", "minConfidence", "plover", "cameo", "quadClass", "minGoldstein", "maxGoldstein", "source", "method",
					"page", "size"), Map.of()),
			new Endpoint("/api/events/{id}", List.of("id"), Map.of("id", "2023-03-16-tokyo-summit")),
			new Endpoint("/api/timeline", List.of("type", "from", "to", "actor", "place", "topic", "minConfidence",
					"plover", "cameo", "quadClass", "minGoldstein", "maxGoldstein", "source", "method", "page", "size"), Map.of("actor", "japan")),
			new Endpoint("/api/measures", List.of("asOf", "kind", "source", "method", "page", "size"), Map.of()),
			new Endpoint("/api/measures/{id}", List.of("id", "asOf"), Map.of("id", "gsomia")),
			new Endpoint("/api/graph/neighborhood/{id}", List.of("id", "depth", "limit", "includeSources"),
					Map.of("id", "japan")),
			new Endpoint("/api/graph/paths", List.of("from", "to", "maxHops", "types", "limit"),
					Map.of("from", "japan", "to", "south-korea")),
			new Endpoint("/api/search", List.of("q", "kind", "limit"), Map.of("q", "Kishida")),
			new Endpoint("/api/provenance/{id}", List.of("id"), Map.of("id", "japan")),
			new Endpoint("/api/provenance", List.of("id"), Map.of("id", "japan")),
			new Endpoint("/api/series/events", List.of("interval", "by", "from", "to", "actor", "type", "plover", "cameo", "quadClass", "minGoldstein", "maxGoldstein", "source", "method",
					"format"), Map.of("interval", "year")),
			new Endpoint("/api/series/cooperation", List.of("interval", "from", "to", "actor", "type", "plover", "cameo", "quadClass", "minGoldstein", "maxGoldstein", "source", "method",
					"format"), Map.of("interval", "year")),
			new Endpoint("/api/offices", List.of("of", "role", "on", "holder", "source", "method", "page", "size"),
					Map.of("of", "japan")),
			new Endpoint("/api/observations", List.of("indicator", "subject", "counterpart", "from", "to", "source",
					"method", "page", "size", "format"), Map.of("indicator", "exports")),
			new Endpoint("/api/places", List.of("kind", "country", "within", "q", "source", "method", "page", "size"),
					Map.of()),
			new Endpoint("/api/topics", List.of("broader", "q", "source", "method", "page", "size"), Map.of()),
			new Endpoint("/api/sources", List.of("publisher", "q", "type", "language", "from", "to", "page", "size"),
					Map.of()),
			new Endpoint("/api/sources/{id}", List.of("id", "page", "size"),
					Map.of("id", "reuters-2023-03-16-trade-dispute")),
			new Endpoint("/api/vocabulary/event-types", List.of("unknown"), Map.of()),
			new Endpoint("/api/export", List.of("dataset"), Map.of("dataset", "no-such-dataset")));

	record Endpoint(String path, List<String> parameters, Map<String, String> valid) {

		/** The valid request with one parameter replaced by {@code value}. */
		URI with(String parameter, String value) {
			UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
			for (String name : parameters) {
				String v = name.equals(parameter) ? value : valid.get(name);
				if (v != null && !path.contains("{" + name + "}")) {
					uri.queryParam(name, v);
				}
			}
			String id = "id".equals(parameter) ? value : valid.get("id");
			return uri.buildAndExpand(id).encode().toUri();
		}

	}

	@Autowired
	RestTestClient http;

	@Autowired
	Driver driver;

	@TestFactory
	Stream<DynamicTest> injectionInAnyParameterGivesAClearAnswerAndChangesNothing() {
		long before = fingerprint();
		List<DynamicTest> tests = new ArrayList<>();
		for (Endpoint endpoint : ENDPOINTS) {
			for (String parameter : endpoint.parameters()) {
				tests.add(DynamicTest.dynamicTest(endpoint.path() + " ?" + parameter, () -> {
					for (String payload : PAYLOADS) {
						long started = System.nanoTime();
						EntityExchangeResult<byte[]> result = http.get().uri(endpoint.with(parameter, payload))
							.accept(MediaType.APPLICATION_JSON, MediaType.valueOf("application/problem+json"),
									MediaType.valueOf("application/x-ndjson"), MediaType.valueOf("text/csv"))
							.exchange()
							.expectBody()
							.returnResult();
						int status = result.getStatus().value();
						assertThat(status).as("%s with %s=%s", endpoint.path(), parameter, payload)
							.isIn(200, 400, 404);
						boolean refusedByContainer = payload.contains("\u0000") && "id".equals(parameter)
								&& endpoint.path().contains("{id}");
						if (status >= 400 && !refusedByContainer) {
							// problem+json, or plain JSON when the client listed application/json first
							assertThat(result.getResponseHeaders().getContentType())
								.isIn(MediaType.APPLICATION_PROBLEM_JSON, MediaType.APPLICATION_JSON);
							assertThat(new String(result.getResponseBody(), java.nio.charset.StandardCharsets.UTF_8))
								.contains("\"status\":" + status).contains("\"title\":").contains("\"detail\":");
						}
						assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
					}
				}));
			}
		}
		tests.add(DynamicTest.dynamicTest("the graph is unchanged", () -> assertThat(fingerprint()).isEqualTo(before)));
		return tests.stream();
	}

	@Test
	void boundsAreEnforcedWithA400SayingTheLimit() {
		expectBadParameter("/api/graph/neighborhood/japan?depth=50", "depth");
		expectBadParameter("/api/graph/neighborhood/japan?limit=1000000", "limit");
		expectBadParameter("/api/graph/paths?from=japan&to=china&maxHops=40", "maxHops");
		expectBadParameter("/api/search?q=japan&limit=100000", "limit");
		expectBadParameter("/api/series/events?interval=fortnight", "interval");
		expectBadParameter("/api/series/events?interval=day&from=1900&to=2023", null);
	}

	@Test
	void brokenOrOversizedBodiesAreRefusedClearly() {
		http.post().uri("/api/facts").header("X-API-Key", IntegrationTest.API_KEY)
			.contentType(MediaType.parseMediaType("application/x-ndjson")).body("{\"fact\": \"event\", \"id\": ")
			.exchange().expectStatus().isEqualTo(422)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		http.post().uri("/api/facts").header("X-API-Key", IntegrationTest.API_KEY)
			.contentType(MediaType.parseMediaType("application/yaml")).body("events: [ {id: x, : : }")
			.exchange().expectStatus().isEqualTo(422);
		http.post().uri("/api/facts").header("X-API-Key", IntegrationTest.API_KEY)
			.contentType(MediaType.APPLICATION_XML).body("<facts/>")
			.exchange().expectStatus().isEqualTo(415)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		http.post().uri("/api/facts").header("X-API-Key", IntegrationTest.API_KEY)
			.contentType(MediaType.parseMediaType("application/x-ndjson")).body("x".repeat(17 * 1024 * 1024))
			.exchange().expectStatus().isEqualTo(413)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private void expectBadParameter(String uri, String parameter) {
		var body = http.get().uri(uri).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody();
		if (parameter != null) {
			body.jsonPath("$.parameter").isEqualTo(parameter);
		}
	}

	/** Node and relationship counts plus the newest change: any write would move it. */
	private long fingerprint() {
		try (Session session = driver.session()) {
			return session.run("""
					MATCH (n) WITH count(n) AS nodes
					MATCH ()-[r]->() WITH nodes, count(r) AS relationships
					OPTIONAL MATCH (f:Fact) WITH nodes, relationships, max(f.lastChanged) AS newest
					RETURN nodes * 1000003 + relationships * 31 + coalesce(newest.epochMillis, 0) AS f""")
				.single().get("f").asLong();
		}
	}

}
