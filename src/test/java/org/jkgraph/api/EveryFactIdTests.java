package org.jkgraph.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GET endpoint that takes an id, asked about every id of the curated data (facts of every kind, claims, and
 * relationships where an endpoint takes those): no answer is a 5xx, and every error is problem+json. The curated
 * data grows, so the ids are read from the graph, not listed here.
 */
@IntegrationTest
class EveryFactIdTests {

	/**
	 * Endpoints with an id in the path, or an id as a parameter, {@code {id}} marking where it goes: every one that
	 * takes an id, and each kind of id filter once (the event list's filters stand for the timeline's, the subject for
	 * the counterpart, one series for both, the source filter of events for those of other lists).
	 */
	static final List<String> ENDPOINTS = List.of("/api/actors/{id}", "/api/actors/{id}/events",
			"/api/actors/{id}/relations", "/api/events/{id}", "/api/measures/{id}", "/api/sources/{id}",
			"/api/graph/neighborhood/{id}", "/api/graph/paths?from={id}&to=japan", "/api/provenance/{id}",
			"/api/provenance?id={id}", "/api/offices?of={id}", "/api/observations?subject={id}",
			"/api/series/events?actor={id}", "/api/events?actor={id}", "/api/events?place={id}", "/api/events?topic={id}",
			"/api/events?source={id}", "/api/actors?country={id}", "/api/places?within={id}", "/api/topics?broader={id}");

	@Autowired
	RestTestClient http;

	@Autowired
	Driver driver;

	@Test
	void noEndpointAnswersAnyIdWithA5xxAndEveryErrorIsAProblem() throws Exception {
		List<String> facts = ids("MATCH (n:Fact) RETURN n.id AS id ORDER BY id");
		List<String> relationships = ids("MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN r.id AS id ORDER BY id");
		assertThat(facts).hasSizeGreaterThan(300);
		assertThat(relationships).hasSizeGreaterThan(1000);
		List<URI> requests = new ArrayList<>();
		for (String endpoint : ENDPOINTS) {
			for (String id : facts) {
				requests.add(uri(endpoint, id));
			}
		}
		for (String id : relationships) {
			requests.add(uri("/api/provenance/{id}", id));
		}
		Map<URI, String> wrong = new ConcurrentHashMap<>();
		AtomicInteger answered = new AtomicInteger();
		try (ExecutorService clients = Executors.newFixedThreadPool(3)) {
			List<Future<?>> all = new ArrayList<>();
			for (URI request : requests) {
				all.add(clients.submit(() -> {
					EntityExchangeResult<byte[]> result = http.get().uri(request).accept(MediaType.APPLICATION_JSON)
						.exchange().expectBody().returnResult();
					int status = result.getStatus().value();
					MediaType type = result.getResponseHeaders().getContentType();
					if (status >= 500) {
						wrong.put(request, String.valueOf(status));
					}
					else if (status >= 400 && !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type)) {
						wrong.put(request, status + " as " + type);
					}
					answered.incrementAndGet();
				}));
			}
			for (Future<?> request : all) {
				request.get();
			}
		}
		assertThat(answered).hasValue(requests.size());
		assertThat(wrong).as("answers that were a 5xx or not problem+json, of %d requests", requests.size()).isEmpty();
	}

	private static URI uri(String endpoint, String id) {
		return UriComponentsBuilder.fromUriString(endpoint).buildAndExpand(id).encode().toUri();
	}

	private List<String> ids(String cypher) {
		try (Session session = driver.session()) {
			return session.run(cypher).list(row -> row.get("id").asString());
		}
	}

}
