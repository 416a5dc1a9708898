package org.jkgraph.search;

import java.util.List;
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
		assertThat(result.hits().getFirst().match()).isEqualTo("fuzzy");
		assertThat(result.fuzzyQuery()).contains("kishda~1");
	}

	@Test
	void aNameThatStartsWithWhatWasTypedComesBeforeOneThatIsOnlyWithinATypo() {
		SearchResult yoon = search("/api/search?q=yoon&kind=actor");
		assertThat(yoon.hits()).first().satisfies(hit -> {
			assertThat(hit.id()).isEqualTo("yoon-suk-yeol");
			assertThat(hit.match()).isIn("exact", "prefix");
		});
		assertThat(search("/api/search?q=Byung").hits()).first().satisfies(hit -> {
			assertThat(hit.id()).isEqualTo("yun-byung-se");
			assertThat(hit.match()).isEqualTo("prefix");
		});
		// Moon Jae-in is one edit from Yoon, but a name starting with what was typed means no typo is assumed
		assertThat(yoon.hits()).extracting(SearchHit::id).doesNotContain("moon-jae-in");
		assertThat(yoon.fuzzyQuery()).isNull();
		assertThat(search("/api/search?q={q}", "Yoon Suk Yeol").hits()).first()
			.satisfies(hit -> assertThat(hit.match()).isEqualTo("exact"))
			.satisfies(hit -> assertThat(hit.id()).isEqualTo("yoon-suk-yeol"));
	}

	@Test
	void aMeasureIsTheFirstHitForItsOwnName() {
		String name = "Japan's tighter export licensing of three chip materials to South Korea";
		SearchResult result = search("/api/search?q={q}", name);
		assertThat(result.hits()).first().satisfies(hit -> {
			assertThat(hit.id()).isEqualTo("japan-export-controls-2019");
			assertThat(hit.kind()).isEqualTo("measure");
			assertThat(hit.match()).isEqualTo("exact");
		});
		// an acronym inside the measure's name: the agreement comes before the events about it
		assertThat(search("/api/search?q={q}&limit=5", "GSOMIA").hits()).extracting(SearchHit::id).contains("gsomia");
	}

	@Test
	void everydayKoreanAndJapaneseWordsFindWhatTheyName() {
		// 한국 is how Koreans call their country; 한국갤럽 (Gallup Korea) contains it
		SearchResult korea = search("/api/search?q={q}", "한국");
		assertThat(korea.hits()).first().satisfies(hit -> {
			assertThat(hit.id()).isEqualTo("south-korea");
			assertThat(hit.match()).isEqualTo("exact");
		});
		assertThat(korea.hits()).extracting(SearchHit::id).contains("gallup-korea");
		assertThat(search("/api/search?q={q}", "수출 규제").hits()).first()
			.satisfies(hit -> assertThat(hit.id()).isEqualTo("export-controls"));
		assertThat(search("/api/search?q={q}", "輸出規制").hits()).first()
			.satisfies(hit -> assertThat(hit.id()).isEqualTo("export-controls"));
		// a word inside a longer run of kanji: 経済 in 経済産業省 (METI) and in 日本経済団体連合会 (Keidanren)
		assertThat(search("/api/search?q={q}", "経済").hits()).extracting(SearchHit::id).contains("meti", "keidanren");
		assertThat(search("/api/search?q={q}", "岸田文雄").hits()).first()
			.satisfies(hit -> assertThat(hit.id()).isEqualTo("fumio-kishida"));
	}

	@Test
	void observationsAreFoundBySearch() {
		SearchResult exports = search("/api/search?q={q}&kind=observation&limit=50", "exports japan");
		assertThat(exports.hits()).extracting(SearchHit::id).contains("2021-japan-exports-to-south-korea");
		assertThat(exports.hits()).allSatisfy(hit -> assertThat(hit.kind()).isEqualTo("observation"));
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
		SearchResult result = search("/api/search?q={q}&limit=5", "export controls");
		assertThat(result.hits()).hasSize(5);
		assertThat(result.hits()).first().satisfies(hit -> assertThat(hit.id()).isEqualTo("export-controls"));
		List<String> order = List.of("exact", "prefix", "fuzzy", "text");
		assertThat(result.hits()).extracting(hit -> order.indexOf(hit.match())).isSorted();
		assertThat(result.hits()).allSatisfy(
				hit -> assertThat(hit.summary()).satisfiesAnyOf(s -> assertThat(s).isNull(),
						s -> assertThat(s.length()).isLessThanOrEqualTo(FactSearch.SUMMARY_LENGTH + 2)));
	}

	@Test
	void luceneSyntaxInTheQueryIsTakenAsPlainWords() {
		SearchResult result = search("/api/search?q={q}&limit=50", "name:(Kishida OR \"Yoon* ~ [a TO z] \\");
		assertThat(result.query()).doesNotContain("\"yoon", "Yoon*", "[", "\\", " TO ", "~");
		assertThat(result.hits()).extracting(SearchHit::id).contains("fumio-kishida", "yoon-suk-yeol");
	}

	@Test
	void rejectsQueriesWithoutWordsUnknownKindsAndLimitsOutOfBounds() {
		problem("/api/search").containsEntry("status", 400);
		problem("/api/search?q={q}", "!? *").containsEntry("parameter", "q");
		problem("/api/search?q=Dokdo&kind=planet").containsEntry("parameter", "kind");
		problem("/api/search?q=Dokdo&limit=501").containsEntry("parameter", "limit")
			.containsEntry("detail", "limit must be between 1 and 500, was 501");
		problem("/api/search?q={q}", "a".repeat(201)).containsEntry("parameter", "q")
			.hasEntrySatisfying("detail", detail -> assertThat(detail).asString().contains("at most 200 characters"));
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
