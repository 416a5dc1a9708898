package org.jkgraph.sources;

import java.time.LocalDate;

import org.jkgraph.api.Page;
import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/sources}: the curated sources, and what each of them supports. */
@IntegrationTest
class SourceEndpointsTests {

	private static final String REUTERS = "reuters-2023-03-16-trade-dispute";

	@Autowired
	RestTestClient http;

	@Autowired
	Driver driver;

	@Test
	void findsSourcesByPublisherNewestFirstWithHowOftenTheyAreCited() {
		Page<SourceSummary> reuters = list("/api/sources?publisher=reuters&size=500");
		assertThat(reuters.items()).extracting(SourceSummary::id).contains(REUTERS);
		assertThat(reuters.items()).allSatisfy(source -> assertThat(source.publisher()).containsIgnoringCase("reuters"));
		SourceSummary article = reuters.items().stream().filter(s -> s.id().equals(REUTERS)).findFirst().orElseThrow();
		assertThat(article.published()).isEqualTo(LocalDate.of(2023, 3, 16));
		assertThat(article.citedBy()).isEqualTo(citationsOf(REUTERS));
		Page<SourceSummary> all = list("/api/sources?size=500");
		assertThat(all.items()).extracting(SourceSummary::published).filteredOn(java.util.Objects::nonNull)
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(list("/api/sources?type=official&size=500").items())
			.allSatisfy(source -> assertThat(source.type()).isEqualTo("official"));
		assertThat(list("/api/sources?q=thaw&size=500").items()).extracting(SourceSummary::id)
			.contains("bloomberg-2023-03-17-thaw-china");
	}

	@Test
	void aSourceListsTheFactsCitingItWithLocatorsAPageAtATime() {
		SourceDetails source = details("/api/sources/" + REUTERS + "?size=500");
		assertThat(source.publisher()).isEqualTo("Reuters");
		assertThat(source.citations().total()).isEqualTo(citationsOf(REUTERS));
		assertThat(source.citations().items()).anySatisfy(citation -> {
			assertThat(citation.id()).isEqualTo("2023-03-16-tokyo-summit");
			assertThat(citation.kind()).isEqualTo("event");
			assertThat(citation.locator()).isEqualTo("paras 1-2 and 4");
			assertThat(citation.date()).isEqualTo(LocalDate.of(2023, 3, 16));
		});
		// the deprecated date of the Gallup poll comes from this article: a claim about the poll
		assertThat(source.citations().items()).anySatisfy(citation -> {
			assertThat(citation.kind()).isEqualTo("claim");
			assertThat(citation.about()).isEqualTo("2023-03-10-gallup-korea-poll-on-japan-ties");
		});
		SourceDetails second = details("/api/sources/" + REUTERS + "?size=10&page=1");
		assertThat(second.citations().items()).hasSize(10)
			.doesNotContainAnyElementsOf(details("/api/sources/" + REUTERS + "?size=10").citations().items());
	}

	@Test
	void unknownSourcesAreNotFound() {
		http.get().uri("/api/sources/no-such-source").exchange().expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.detail").isEqualTo("No source with id 'no-such-source'");
		http.get().uri("/api/sources/" + REUTERS + "?size=0").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.parameter").isEqualTo("size");
	}

	private long citationsOf(String source) {
		try (Session session = driver.session()) {
			return session.run("MATCH (:Fact)-[c:CITES]->(:Source {id: $id}) RETURN count(c) AS n",
					java.util.Map.of("id", source)).single().get("n").asLong();
		}
	}

	private Page<SourceSummary> list(String uri) {
		return http.get().uri(uri).exchange().expectStatus().isOk()
			.expectBody(new ParameterizedTypeReference<Page<SourceSummary>>() {
			})
			.returnResult().getResponseBody();
	}

	private SourceDetails details(String uri) {
		return http.get().uri(uri).exchange().expectStatus().isOk().expectBody(SourceDetails.class).returnResult()
			.getResponseBody();
	}

}
