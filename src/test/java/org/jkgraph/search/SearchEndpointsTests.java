package org.jkgraph.search;

import java.util.Map;

import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/search} over the curated facts. */
@IntegrationTest
class SearchEndpointsTests {

	@Autowired
	RestTestClient http;

	@Test
	void aMisspeltNameStillFindsThePersonFirst() {
		SearchResult result = search("/api/search?q=Kishda");
		assertThat(result.hits()).first().satisfies(hit -> {
			assertThat(hit.id()).isEqualTo("fumio-kishida");
			assertThat(hit.kind()).isEqualTo("actor");
			assertThat(hit.labels()).contains("Actor", "Person");
			assertThat(hit.name()).isEqualTo("Fumio Kishida");
			assertThat(hit.score()).isPositive();
		});
		assertThat(result.query()).contains("kishda~1");
	}

	@Test
	void theKoreanNameOfTheRocksFindsThePlace() {
		assertThat(search("/api/search?q=Dokdo").hits()).extracting(SearchHit::id).contains("liancourt-rocks");
		assertThat(search("/api/search?q=Dokdo&kind=place").hits()).singleElement().satisfies(hit -> {
			assertThat(hit.id()).isEqualTo("liancourt-rocks");
			assertThat(hit.name()).isEqualTo("Liancourt Rocks");
			assertThat(hit.summary()).isNotBlank();
		});
	}

	@Test
	void aChipMaterialFindsTheExportControls() {
		assertThat(search("/api/search?q=photoresist").hits()).extracting(SearchHit::id)
			.contains("japan-export-controls-2019", "2019-07-01-japan-tightens-export-controls");
		assertThat(search("/api/search?q=photoresist&kind=measure").hits()).extracting(SearchHit::id)
			.containsExactly("japan-export-controls-2019");
	}

	@Test
	void hitsAreRankedAndBoundedWithShortSummaries() {
		SearchResult result = search("/api/search?q=export%20controls&limit=5");
		assertThat(result.hits()).hasSize(5);
		assertThat(result.hits()).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertThat(result.hits()).allSatisfy(
				hit -> assertThat(hit.summary()).satisfiesAnyOf(s -> assertThat(s).isNull(),
						s -> assertThat(s.length()).isLessThanOrEqualTo(FactSearch.SUMMARY_LENGTH + 2)));
	}

	@Test
	void luceneSyntaxInTheQueryIsTakenAsPlainWords() {
		SearchResult result = search("/api/search?q={q}&limit=50", "name:(Kishida OR \"Yoon* ~ [a TO z] \\");
		assertThat(result.query()).doesNotContain("\"", "*", "[", "\\", " TO ");
		assertThat(result.hits()).extracting(SearchHit::id).contains("fumio-kishida", "yoon-suk-yeol");
	}

	@Test
	void rejectsQueriesWithoutWordsUnknownKindsAndLimitsOutOfBounds() {
		problem("/api/search").containsEntry("status", 400);
		problem("/api/search?q={q}", "!? *").containsEntry("parameter", "q");
		problem("/api/search?q=Dokdo&kind=planet").containsEntry("parameter", "kind");
		problem("/api/search?q=Dokdo&limit=501").containsEntry("parameter", "limit")
			.containsEntry("detail", "limit must be between 1 and 500, was 501");
	}

	private SearchResult search(String uri, Object... variables) {
		return http.get().uri(uri, variables).exchange()
			.expectStatus().isOk()
			.expectBody(SearchResult.class).returnResult().getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private org.assertj.core.api.MapAssert<String, Object> problem(String uri, Object... variables) {
		Map<String, Object> problem = http.get().uri(uri, variables).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(Map.class).returnResult().getResponseBody();
		return assertThat(problem);
	}

}
