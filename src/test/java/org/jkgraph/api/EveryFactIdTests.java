package org.jkgraph.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * Every GET endpoint that takes an id, asked about every id of the kind it answers for (every actor for the actor
 * endpoints, every id at all for the graph and provenance endpoints, which take any fact, claim or relationship), and
 * about a sample of the ids of every other kind (which take the same path to a 404): no answer is a 5xx, and every
 * error is problem+json. The curated data grows, so the ids are read from the graph, not listed here. Asking every
 * endpoint about every id (some 27,000 requests) took 194 s of a 16-minute suite; a wrong kind's id only ever meets
 * the "no such fact" check, which a sample proves as well.
 */
@IntegrationTest
class EveryFactIdTests {

	/**
	 * Endpoints with an id in the path, or an id as a parameter, {@code {id}} marking where it goes, each with the
	 * label of the facts it answers for ({@code Fact} for any): every one that takes an id, and each kind of id filter
	 * once (the event list's filters stand for the timeline's, the subject for the counterpart, one series for both,
	 * the source filter of events for those of other lists).
	 */
	static final Map<String, String> ENDPOINTS = Map.ofEntries(Map.entry("/api/actors/{id}", "Actor"),
			Map.entry("/api/actors/{id}/events", "Actor"), Map.entry("/api/actors/{id}/relations", "Actor"),
			Map.entry("/api/events/{id}", "Event"), Map.entry("/api/measures/{id}", "Measure"),
			Map.entry("/api/sources/{id}", "Source"), Map.entry("/api/graph/neighborhood/{id}", "Fact"),
			Map.entry("/api/graph/paths?from={id}&to=japan", "Fact"), Map.entry("/api/provenance/{id}", "Fact"),
			Map.entry("/api/provenance?id={id}", "Fact"), Map.entry("/api/offices?of={id}", "Actor"),
			Map.entry("/api/observations?subject={id}", "Fact"), Map.entry("/api/series/events?actor={id}", "Actor"),
			Map.entry("/api/events?actor={id}", "Actor"), Map.entry("/api/events?place={id}", "Place"),
			Map.entry("/api/events?topic={id}", "Topic"), Map.entry("/api/events?source={id}", "Source"),
			Map.entry("/api/actors?country={id}", "Actor"), Map.entry("/api/places?within={id}", "Place"),
			Map.entry("/api/topics?broader={id}", "Topic"));

	/** How many ids of each other kind an endpoint is asked about. */
	private static final int SAMPLE = 12;

	@Autowired
	RestTestClient http;

	@Autowired
	Driver driver;

	@Test
	void noEndpointAnswersAnyIdWithA5xxAndEveryErrorIsAProblem() throws Exception {
		Map<String, List<String>> byLabel = new TreeMap<>();
		try (Session session = driver.session()) {
			session.run("MATCH (n:Fact) UNWIND labels(n) AS label RETURN label, n.id AS id ORDER BY label, id")
				.forEachRemaining(row -> byLabel.computeIfAbsent(row.get("label").asString(), label -> new ArrayList<>())
					.add(row.get("id").asString()));
		}
		List<String> facts = byLabel.get("Fact");
		List<String> relationships = ids("MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN r.id AS id ORDER BY id");
		assertThat(facts).hasSizeGreaterThan(300);
		assertThat(relationships).hasSizeGreaterThan(1000);
		assertThat(byLabel).containsKeys(ENDPOINTS.values().toArray(String[]::new));
		Set<URI> requests = new LinkedHashSet<>();
		ENDPOINTS.forEach((endpoint, label) -> {
			byLabel.get(label).forEach(id -> requests.add(uri(endpoint, id)));
			// Spread over each kind's ids, not its first few, so that the sample is not one family of ids.
			byLabel.values().forEach(ids -> {
				for (int i = 0; i < ids.size(); i += Math.max(1, ids.size() / SAMPLE)) {
					requests.add(uri(endpoint, ids.get(i)));
				}
			});
		});
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
