package org.jkgraph.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jkgraph.support.IntegrationTest;
import org.jkgraph.support.TestApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Candidates the extractor wrote never crowd a fact that counts out of a default search: however many candidates
 * match what was typed better, the curated event that matches is found, and asking for candidates finds them.
 */
@IntegrationTest
class CandidatesInSearchTests {

	private static final String DATASET = "candidates-in-search-test";

	private static final String CURATED = "2031-03-01-quorvane-talks-at-the-old-harbour";

	@Autowired
	TestApi api;

	@Autowired
	Driver driver;

	@AfterEach
	void removeTheFacts() {
		try (Session session = driver.session()) {
			session.run("MATCH (n:Fact {dataset: $dataset}) DETACH DELETE n", Map.of("dataset", DATASET)).consume();
		}
	}

	@Test
	void aCuratedEventIsFoundWhenManyCandidatesMatchBetter() {
		// Candidates first: of hits Lucene scores alike, the later-written ones come last.
		String candidates = IntStream.range(0, 300).mapToObj(i -> """
				{"fact": "event", "id": "2031-03-01-quorvane-talks-%d", "type": "meeting", "date": "2031-03-01", \
				"title": "Quorvane talks", "participants": [{"actor": "japan", "role": "host"}], \
				"sources": [{"source": "reuters-2023-03-16-trade-dispute"}], "method": "extracted", \
				"confidence": 0.6, "status": "candidate"}""".formatted(i)).collect(Collectors.joining("\n"));
		String curated = """
				{"fact": "event", "id": "%s", "type": "meeting", "date": "2031-03-01", \
				"title": "Quorvane talks held at length in the old harbour town hall after a long delay", \
				"participants": [{"actor": "japan", "role": "host"}], \
				"sources": [{"source": "reuters-2023-03-16-trade-dispute"}]}""".formatted(CURATED);
		load(candidates);
		load(curated);

		assertThat(ids("/api/search?q=quorvane")).containsExactly(CURATED);
		assertThat(ids("/api/search?q=quorvane&kind=event")).containsExactly(CURATED);
		assertThat(ids("/api/search?q=quorvane&include=candidates&limit=50")).hasSize(50)
			.contains("2031-03-01-quorvane-talks-0");
		assertThat(ids("/api/search?q=quorvane&status=candidate&limit=50")).hasSize(50).doesNotContain(CURATED);
	}

	private void load(String facts) {
		api.postFacts(DATASET, facts);
	}

	private List<String> ids(String uri) {
		return api.json(uri).get("hits").findValuesAsString("id");
	}

}
