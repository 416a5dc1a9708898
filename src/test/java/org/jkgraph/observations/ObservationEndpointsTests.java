package org.jkgraph.observations;

import java.time.LocalDate;

import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code /api/observations}: the curated trade figures and polls, with their sources, as JSON and CSV. */
@IntegrationTest
class ObservationEndpointsTests {

	private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

	@Autowired
	RestTestClient http;

	@Test
	void japansExportsToSouthKoreaByYearWithTheirSources() {
		Observations exports = get("/api/observations?indicator=exports&subject=japan&counterpart=south-korea"
				+ "&from=2021&to=2022");
		assertThat(exports.items()).extracting(Observation::id, Observation::value, Observation::unit)
			.containsExactly(tuple("2021-japan-exports-to-south-korea", 52.0, "USD billion"),
					tuple("2022-japan-exports-to-south-korea", 54.0, "USD billion"));
		assertThat(exports.items().getFirst()).satisfies(observation -> {
			assertThat(observation.period()).isEqualTo(LocalDate.of(2021, 1, 1));
			assertThat(observation.periodPrecision()).isEqualTo("year");
			assertThat(observation.periodEnd()).isEqualTo(LocalDate.of(2021, 12, 31));
			assertThat(observation.subject().id()).isEqualTo("japan");
			assertThat(observation.counterpart().id()).isEqualTo("south-korea");
			assertThat(observation.sources()).extracting(source -> source.id(), source -> source.locator())
				.contains(tuple("reuters-2023-03-16-trade-dispute", "para 11"));
		});
	}

	@Test
	void aFigureSourcesDisagreeOnCarriesBothValues() {
		Observations imports = get("/api/observations?indicator=imports&subject=japan&from=2022&to=2022");
		assertThat(imports.items()).filteredOn(o -> o.id().equals("2022-japan-imports-from-south-korea")).singleElement()
			.satisfies(observation -> {
				assertThat(observation.value()).isEqualTo(33.58);
				assertThat(observation.claims()).extracting(Observation.Claim::value, Observation.Claim::rank)
					.containsExactly(tuple(33.58, "preferred"), tuple(33.5, "normal"));
			});
	}

	@Test
	void pollsCarryTheirQuestionAndTheEventThatReportedThem() {
		Observations polls = get("/api/observations?indicator=poll_share&from=2023-03&to=2023-03");
		assertThat(polls.items()).isNotEmpty().anySatisfy(poll -> {
			assertThat(poll.question()).isNotBlank();
			assertThat(poll.event()).isEqualTo("2023-03-10-gallup-korea-poll-on-japan-ties");
		});
		assertThat(polls.items()).allSatisfy(poll -> assertThat(poll.indicator()).isEqualTo("poll_share"));
	}

	@Test
	void answersCsvWithOneLinePerObservationAndItsSourceIds() {
		String csv = http.get().uri("/api/observations?indicator=exports&subject=japan&from=2021&to=2021")
			.accept(TEXT_CSV).exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(TEXT_CSV)
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(csv.lines()).first().isEqualTo("id,indicator,subject,counterpart,period,period_precision,value,unit,sources");
		assertThat(csv.lines()).contains(
				"2021-japan-exports-to-south-korea,exports,japan,south-korea,2021,year,52.0,USD billion,"
						+ "reuters-2023-03-16-trade-dispute;imf-dots");
		String byParameter = http.get().uri("/api/observations?indicator=exports&subject=japan&from=2021&to=2021&format=csv")
			.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		assertThat(byParameter).isEqualTo(csv);
	}

	@Test
	void unknownActorsAreNotFoundAndBadParametersNamed() {
		http.get().uri("/api/observations?subject=no-such-country").exchange().expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		http.get().uri("/api/observations?from=2023&to=2021").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.parameter").isEqualTo("to");
		http.get().uri("/api/observations?format=xml").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.parameter").isEqualTo("format");
	}

	private Observations get(String uri) {
		return http.get().uri(uri).exchange().expectStatus().isOk().expectBody(Observations.class).returnResult()
			.getResponseBody();
	}

}
