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
	void everyPeriodOfTheRangeIsThereWithZeroWhereNothingHappened() {
		EventCounts yearly = events("/api/series/events?interval=year&from=2015&to=2023");
		assertThat(yearly.rows()).extracting(EventCounts.Row::period)
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(2015, 2023)
				.mapToObj(year -> LocalDate.of(year, 1, 1)).toList());
		assertThat(yearly.rows()).allSatisfy(row -> assertThat(row.count()).isEqualTo(eventsIn(row.period().getYear())));
		// long before any event: every period, every count zero, and no mean in the cooperation index
		EventCounts empty = events("/api/series/events?interval=month&from=1800-01&to=1800-12");
		assertThat(empty.rows()).hasSize(12).allSatisfy(row -> {
			assertThat(row.group()).isEqualTo("all");
			assertThat(row.count()).isZero();
		});
		Cooperation none = http.get().uri("/api/series/cooperation?interval=year&from=1800&to=1802").exchange()
			.expectStatus().isOk()
			.expectBody(Cooperation.class).returnResult().getResponseBody();
		assertThat(none.rows()).extracting(Cooperation.Row::period, Cooperation.Row::events, Cooperation.Row::goldsteinMean)
			.containsExactly(tuple(LocalDate.of(1800, 1, 1), 0L, null), tuple(LocalDate.of(1801, 1, 1), 0L, null),
					tuple(LocalDate.of(1802, 1, 1), 0L, null));
		String csv = csv(http.get().uri("/api/series/cooperation?interval=year&from=1800&to=1800").accept(TEXT_CSV));
		assertThat(csv).isEqualTo("period,events,goldstein_mean,quad1,quad2,quad3,quad4\r\n1800-01-01,0,,0,0,0,0\r\n");
	}

	@Test
	void everyGroupHasEveryPeriodAndAnOpenRangeRunsFromTheFirstEventToTheLast() {
		EventCounts byType = events("/api/series/events?interval=year&by=type&from=2019&to=2023&type=summit,trade_complaint");
		assertThat(byType.rows()).extracting(EventCounts.Row::group).containsOnly("summit", "trade_complaint");
		for (String group : List.of("summit", "trade_complaint")) {
			assertThat(byType.rows()).filteredOn(row -> row.group().equals(group)).hasSize(5);
		}
		EventCounts all = events("/api/series/events?interval=year");
		List<LocalDate> periods = all.rows().stream().map(EventCounts.Row::period).toList();
		assertThat(periods).isSorted().doesNotHaveDuplicates();
		assertThat(periods.getLast().getYear() - periods.getFirst().getYear() + 1).isEqualTo(periods.size());
		assertThat(all.from()).isEqualTo(periods.getFirst());
		assertThat(all.to()).isEqualTo(periods.getLast().withMonth(12).withDayOfMonth(31));
	}

	@Test
	void seriesFilterByTheEventsCodesAndSources() {
		EventCounts sanctions = events("/api/series/events?interval=year&from=2019&to=2019&plover=SANCTION");
		assertThat(sanctions.rows()).singleElement().satisfies(row -> assertThat(row.count()).isEqualTo(
				countOf("MATCH (e:Event) WHERE e.date.year = 2019 AND e.plover = 'SANCTION' RETURN count(e) AS n")));
		Cooperation conflict = http.get().uri("/api/series/cooperation?interval=year&from=2019&to=2019&quadClass=4")
			.exchange().expectStatus().isOk()
			.expectBody(Cooperation.class).returnResult().getResponseBody();
		assertThat(conflict.rows()).singleElement().satisfies(row -> {
			assertThat(row.events()).isEqualTo(row.quad4()).isPositive();
			assertThat(row.goldsteinMean()).isNegative();
		});
		EventCounts reuters = events("/api/series/events?interval=year&from=2023&to=2023&source=reuters-2023-03-16-trade-dispute");
		assertThat(reuters.rows()).singleElement().satisfies(row -> assertThat(row.count()).isEqualTo(countOf(
				"MATCH (e:Event) WHERE e.date.year = 2023 AND 'reuters-2023-03-16-trade-dispute' IN e.sources RETURN count(e) AS n")));
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

	private long countOf(String cypher) {
		try (Session session = driver.session()) {
			return session.run(cypher).single().get("n").asLong();
		}
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
