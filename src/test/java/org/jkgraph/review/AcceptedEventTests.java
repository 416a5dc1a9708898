package org.jkgraph.review;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jkgraph.load.MeasurePeriods;
import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accepting a candidate event brings the candidates it names with it: the person the extractor found taking part and
 * the measure it says the event imposed count from then on, in the actor lists, the actor's events and the measures
 * in force, each with a decision of its own that a reload of the same candidates keeps.
 */
@IntegrationTest
class AcceptedEventTests {

	private static final String DATASET = "accepted-event-test";

	private static final String EVENT = "2031-02-03-minister-imposes-duties";

	private static final String MINISTER = "candidate-trade-minister-kang";

	private static final String DUTIES = "candidate-duties-on-valves-2031";

	private static final String FACTS = """
			{"fact": "actor", "id": "%s", "kind": "person", "name": "Kang Trade-Minister", "country": "south-korea", \
			"sources": [{"source": "reuters-2023-03-16-trade-dispute", "locator": "sentence 2"}], "method": "extracted", \
			"confidence": 0.7, "status": "candidate"}
			{"fact": "measure", "id": "%s", "kind": "sanction", "name": "Duties on Japanese valves", \
			"parties": ["south-korea", "japan"], \
			"sources": [{"source": "reuters-2023-03-16-trade-dispute", "locator": "sentence 2"}], "method": "extracted", \
			"confidence": 0.7, "status": "candidate"}
			{"fact": "event", "id": "%s", "type": "sanctions", "date": "2031-02-03", \
			"title": "Minister imposes duties on valves", \
			"participants": [{"actor": "%s", "role": "initiator"}, {"actor": "japan", "role": "target"}], \
			"measures": [{"measure": "%s", "change": "impose", "effective": "2031-02-03"}], \
			"sources": [{"source": "reuters-2023-03-16-trade-dispute", "locator": "sentence 2"}], "method": "extracted", \
			"confidence": 0.7, "status": "candidate"}
			""".formatted(MINISTER, DUTIES, EVENT, MINISTER, DUTIES);

	@Autowired
	RestTestClient http;

	@Autowired
	Driver driver;

	@Autowired
	JsonMapper json;

	@AfterEach
	void removeTheCandidates() {
		try (Session session = driver.session()) {
			session.run("MATCH (n:Fact {dataset: $dataset}) DETACH DELETE n", Map.of("dataset", DATASET)).consume();
			session.run("MATCH (d:ReviewDecision) WHERE d.id IN $ids DELETE d", Map.of("ids", List.of(EVENT, MINISTER,
					DUTIES))).consume();
		}
		new MeasurePeriods(driver, Duration.ofMinutes(1)).refresh();
	}

	@Test
	void acceptingAnEventAcceptsTheCandidateActorsAndMeasuresItNames() {
		load();
		assertThat(ids("/api/actors?kind=person&size=500")).doesNotContain(MINISTER);
		assertThat(ids("/api/measures?asOf=2031-06-01")).doesNotContain(DUTIES);

		decide(EVENT);

		assertThat(ids("/api/actors?kind=person&size=500")).contains(MINISTER);
		assertThat(ids("/api/actors/" + MINISTER + "/events")).containsExactly(EVENT);
		assertThat(ids("/api/measures?asOf=2031-06-01")).contains(DUTIES);
		JsonNode minister = json("/api/review/candidates/" + MINISTER);
		assertThat(minister.get("status").asString()).isEqualTo("accepted");

		load();
		assertThat(ids("/api/actors?kind=person&size=500")).as("after the same candidates are loaded again")
			.contains(MINISTER);
		assertThat(ids("/api/measures?asOf=2031-06-01")).contains(DUTIES);
	}

	@Test
	void rejectingAnEventLeavesTheCandidatesItNamesUndecided() {
		load();
		http.post().uri("/api/review/candidates/{id}/reject", EVENT).header("X-API-Key", IntegrationTest.API_KEY)
			.contentType(MediaType.APPLICATION_JSON).body("{}").exchange().expectStatus().isOk();

		assertThat(ids("/api/actors?kind=person&size=500")).doesNotContain(MINISTER);
		assertThat(json("/api/review/candidates/" + MINISTER).get("status").asString()).isEqualTo("candidate");
	}

	private void load() {
		http.post().uri("/api/facts?dataset=" + DATASET).header("X-API-Key", IntegrationTest.API_KEY)
			.header("Content-Type", "application/x-ndjson").body(FACTS).exchange().expectStatus().isOk();
	}

	private void decide(String id) {
		http.post().uri("/api/review/candidates/{id}/accept", id).header("X-API-Key", IntegrationTest.API_KEY)
			.contentType(MediaType.APPLICATION_JSON).body("{}").exchange().expectStatus().isOk();
	}

	private List<String> ids(String uri) {
		return json(uri).get("items").findValuesAsString("id");
	}

	private JsonNode json(String uri) {
		String body = http.get().uri(uri).exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		return json.readTree(body);
	}

}
