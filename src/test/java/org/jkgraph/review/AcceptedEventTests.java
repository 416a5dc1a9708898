package org.jkgraph.review;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jkgraph.load.MeasurePeriods;
import org.jkgraph.support.IntegrationTest;
import org.jkgraph.support.TestApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

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
	TestApi api;

	@Autowired
	Driver driver;

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
		assertThat(api.ids("/api/actors?kind=person&size=500")).doesNotContain(MINISTER);
		assertThat(api.ids("/api/measures?asOf=2031-06-01")).doesNotContain(DUTIES);

		api.accept(EVENT);

		assertThat(api.ids("/api/actors?kind=person&size=500")).contains(MINISTER);
		assertThat(api.ids("/api/actors/" + MINISTER + "/events")).containsExactly(EVENT);
		assertThat(api.ids("/api/measures?asOf=2031-06-01")).contains(DUTIES);
		JsonNode minister = api.json("/api/review/candidates/" + MINISTER);
		assertThat(minister.get("status").asString()).isEqualTo("accepted");

		load();
		assertThat(api.ids("/api/actors?kind=person&size=500")).as("after the same candidates are loaded again")
			.contains(MINISTER);
		assertThat(api.ids("/api/measures?asOf=2031-06-01")).contains(DUTIES);
	}

	@Test
	void rejectingAnEventLeavesTheCandidatesItNamesUndecided() {
		load();
		api.decide(EVENT, "reject", "{}", 200);

		assertThat(api.ids("/api/actors?kind=person&size=500")).doesNotContain(MINISTER);
		assertThat(api.json("/api/review/candidates/" + MINISTER).get("status").asString()).isEqualTo("candidate");
	}

	private void load() {
		api.postFacts(DATASET, FACTS);
	}

}
