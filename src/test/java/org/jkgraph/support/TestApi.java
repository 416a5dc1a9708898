package org.jkgraph.support;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The calls integration tests make of the running service over HTTP, as a client would: post facts and decide on
 * candidates with the tests' API key, read answers that must be 200. Each fails the test with the service's own
 * answer when the status is another.
 */
@TestComponent
public class TestApi {

	private final RestTestClient http;

	private final JsonMapper json;

	TestApi(RestTestClient http, JsonMapper json) {
		this.http = http;
		this.json = json;
	}

	/** Posts facts as JSON Lines into a dataset ({@code POST /api/facts}); the load must succeed. */
	public void postFacts(String dataset, String jsonLines) {
		http.post().uri("/api/facts?dataset={dataset}", dataset).header("X-API-Key", IntegrationTest.API_KEY)
			.header("Content-Type", "application/x-ndjson").body(jsonLines).exchange().expectStatus().isOk();
	}

	/** Accepts, rejects or merges a candidate; the answer's body when the status is the one expected. */
	public String decide(String id, String decision, String body, int status) {
		return http.post().uri("/api/review/candidates/{id}/" + decision, id)
			.header("X-API-Key", IntegrationTest.API_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus().isEqualTo(status)
			.expectBody(String.class).returnResult().getResponseBody();
	}

	/** Accepts a candidate with no note; it must succeed. */
	public void accept(String id) {
		decide(id, "accept", "{}", 200);
	}

	/** The body of a GET that must answer 200. */
	public String body(String uri) {
		return http.get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class).returnResult()
			.getResponseBody();
	}

	/** The JSON of a GET that must answer 200. */
	public JsonNode json(String uri) {
		return json.readTree(body(uri));
	}

	/** The ids of a page's items, in their order. */
	public List<String> ids(String uri) {
		return json(uri).get("items").findValuesAsString("id");
	}

}
