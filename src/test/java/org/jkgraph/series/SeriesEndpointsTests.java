package org.jkgraph.series;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code /api/series}: event counts and the cooperation index, as JSON and CSV. */
@IntegrationTest
class SeriesEndpointsTests {

	private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

	@Autowired
	RestTestClient http;

	@Autowired
	Driver driver;

	@Test
	void aYearlySeriesHasEventsIn2019And2023() {
		EventCounts counts = http.get().uri("/api/series/events?interval=year").exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody(EventCounts.class).returnResult().getResponseBody();
		assertThat(counts.interval()).isEqualTo("year");
		assertThat(counts.columns()).containsExactly("period", "group", "count");
		assertThat(counts.rows()).extracting(EventCounts.Row::period).isSorted().doesNotHaveDuplicates();
		assertThat(count(counts, "2019-01-01", "all")).isPositive().isEqualTo(eventsIn(2019));
		assertThat(count(counts, "2023-01-01", "all")).isPositive().isEqualTo(eventsIn(2023));
	}

	@Test
	void countsByTypeAndByActorWithinFilters() {
		EventCounts byType = events("/api/series/events?interval=year&by=type&from=2019&to=2019");
		assertThat(byType.from()).isEqualTo(LocalDate.of(2019, 1, 1));
		assertThat(byType.to()).isEqualTo(LocalDate.of(2019, 12, 31));
		assertThat(byType.rows()).extracting(EventCounts.Row::period).containsOnly(LocalDate.of(2019, 1, 1));
		assertThat(byType.rows()).extracting(EventCounts.Row::group, EventCounts.Row::count)
			.contains(tuple("export_controls", 1L), tuple("trade_status_downgrade", 2L), tuple("trade_complaint", 1L));

		EventCounts summits = events("/api/series/events?interval=month&by=actor&type=summit&actor=fumio-kishida");
		assertThat(summits.types()).containsExactly("summit");
		assertThat(summits.rows()).extracting(r -> r.period() + " " + r.group())
			.contains("2023-03-01 yoon-suk-yeol", "2023-05-01 yoon-suk-yeol", "2023-03-01 fumio-kishida");
	}

	@Test
	void weeksStartOnMonday() {
		EventCounts weeks = events("/api/series/events?interval=week&from=2023-03-16&to=2023-03-16");
		assertThat(weeks.rows()).extracting(EventCounts.Row::period).containsExactly(LocalDate.of(2023, 3, 13));
	}

	@Test
	void theCooperationIndexWasHigherDuringThe2023ThawThanDuringThe2019TradeWar() {
		Cooperation yearly = http.get().uri("/api/series/cooperation?interval=year&from=2019&to=2023").exchange()
			.expectStatus().isOk()
			.expectBody(Cooperation.class).returnResult().getResponseBody();
		assertThat(yearly.columns()).containsExactly("period", "events", "goldstein_mean", "quad1", "quad2", "quad3",
				"quad4");
		Cooperation.Row of2019 = year(yearly, 2019);
		Cooperation.Row of2023 = year(yearly, 2023);
		assertThat(of2019.goldsteinMean()).isNegative();
		assertThat(of2023.goldsteinMean()).isPositive().isGreaterThan(of2019.goldsteinMean());
		assertThat(of2019.quad4()).isGreaterThan(of2019.quad1());
		assertThat(of2023.quad1() + of2023.quad2()).isGreaterThan(of2023.quad3() + of2023.quad4());
		assertThat(of2023.events()).isEqualTo(of2023.quad1() + of2023.quad2() + of2023.quad3() + of2023.quad4());
	}

	@Test
	void answersCsvWithTheHeaderRowFirstWhenAskedByHeaderOrParameter() {
		String events = csv(http.get().uri("/api/series/events?interval=year&by=type").accept(TEXT_CSV));
		List<String> lines = events.lines().toList();
		assertThat(lines.getFirst()).isEqualTo("period,group,count");
		assertThat(lines).contains("2019-01-01,export_controls,1");

		String cooperation = csv(http.get().uri("/api/series/cooperation?interval=year&from=2019&to=2019&format=csv"));
		assertThat(cooperation.lines()).first().isEqualTo("period,events,goldstein_mean,quad1,quad2,quad3,quad4");
		assertThat(cooperation.lines()).element(1).asString().matches("2019-01-01,\\d+,-[0-9.]+(,\\d+){4}");
		assertThat(cooperation).hasLineCount(2).endsWith("\r\n");
	}

	@Test
	void rejectsBadParametersNamingThemAndTheLimit() {
		problem("/api/series/events?interval=hour", 400).containsEntry("parameter", "interval");
		problem("/api/series/events?by=place", 400).containsEntry("parameter", "by");
		problem("/api/series/events?from=2019-13", 400).containsEntry("parameter", "from");
		problem("/api/series/events?from=2023&to=2019", 400).containsEntry("parameter", "to");
		problem("/api/series/events?type=picnic", 400).containsEntry("parameter", "type");
		problem("/api/series/events?format=xml", 400).containsEntry("parameter", "format");
		problem("/api/series/cooperation?interval=day&from=2000&to=2023", 400).containsEntry("parameter", "to")
			.hasEntrySatisfying("detail", detail -> assertThat(detail).asString().contains("at most 3660"));
		problem("/api/series/cooperation?actor=no-such-actor", 404).containsEntry("detail",
				"No actor with id 'no-such-actor'");
	}

	@Test
	void tenYearsOfDaysAreAllowed() {
		http.get().uri("/api/series/cooperation?interval=day&from=2014&to=2023").exchange().expectStatus().isOk();
	}

	private EventCounts events(String uri) {
		return http.get().uri(uri).exchange()
			.expectStatus().isOk()
			.expectBody(EventCounts.class).returnResult().getResponseBody();
	}

	private static String csv(RestTestClient.RequestHeadersSpec<?> request) {
		return request.exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(TEXT_CSV)
			.expectBody(String.class).returnResult().getResponseBody();
	}

	private long eventsIn(int year) {
		try (Session session = driver.session()) {
			return session.run("MATCH (e:Event) WHERE e.date.year = $year RETURN count(e) AS n", Map.of("year", year))
				.single().get("n").asLong();
		}
	}

	private static long count(EventCounts counts, String period, String group) {
		return counts.rows().stream()
			.filter(row -> row.period().toString().equals(period) && row.group().equals(group))
			.mapToLong(EventCounts.Row::count)
			.sum();
	}

	private static Cooperation.Row year(Cooperation series, int year) {
		return series.rows().stream().filter(row -> row.period().getYear() == year).findFirst().orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private org.assertj.core.api.MapAssert<String, Object> problem(String uri, int status) {
		Map<String, Object> problem = http.get().uri(uri).exchange()
			.expectStatus().isEqualTo(status)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(Map.class).returnResult().getResponseBody();
		return assertThat(problem);
	}

}
