package org.jkgraph.measures;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jkgraph.api.FactFilter;
import org.jkgraph.api.GraphReader;
import org.jkgraph.api.Page;
import org.jkgraph.api.Paging;
import org.jkgraph.load.MeasurePeriods;
import org.jkgraph.support.IntegrationTest;
import org.jkgraph.support.TestDatasets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status periods the loader keeps for every measure give the answers the measures' histories give, on every
 * day, and follow the loads and removals that change a history.
 */
@IntegrationTest
class MeasurePeriodsTests {

	private static final ParameterizedTypeReference<Page<MeasureSummary>> MEASURES = new ParameterizedTypeReference<>() {
	};

	private static final Paging ALL = new Paging(0, Paging.MAX_SIZE);

	@Autowired
	RestTestClient http;

	@Autowired
	GraphReader reader;

	@Autowired
	Driver driver;

	@AfterEach
	void removeTestDatasets() {
		TestDatasets.remove(driver);
	}

	@Test
	void periodsAnswerAsTheHistoriesDoOnEveryDayAStatusChanged() {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day : changeDays()) {
			days.add(day.minusDays(1));
			days.add(day);
		}
		days.add(LocalDate.of(1900, 1, 1));
		days.add(LocalDate.now());
		assertThat(days).hasSizeGreaterThan(40);
		int inForceSomewhere = 0;
		for (LocalDate day : days) {
			for (boolean inForceOnly : new boolean[] { true, false }) {
				Page<MeasureSummary> periods = statusOn("measures/in_force_on", day, inForceOnly);
				assertThat(periods).as("%s, inForceOnly %s", day, inForceOnly)
					.isEqualTo(statusOn("measures/status_on", day, inForceOnly));
				if (inForceOnly && periods.total() > 0) {
					inForceSomewhere++;
				}
			}
		}
		assertThat(inForceSomewhere).isGreaterThan(20);
	}

	@Test
	void aLoadThatChangesAMeasuresHistoryChangesWhatWasInForce() {
		assertThat(ids(get("/api/measures?asOf=2021-06-01&size=500"))).contains("japan-export-controls-2019");

		post("test-periods", event("test-2021-01-15-controls-lifted-early", "2021-01-15",
				"{\"measure\":\"japan-export-controls-2019\",\"change\":\"lift\"}"));

		assertThat(ids(get("/api/measures?asOf=2021-06-01&size=500"))).doesNotContain("japan-export-controls-2019");
		assertThat(ids(get("/api/measures?asOf=2021-01-14&size=500"))).contains("japan-export-controls-2019");
		MeasureSummary controls = measure(get("/api/measures?size=500"), "japan-export-controls-2019");
		assertThat(controls.status()).isEqualTo("ended");

		// Removing the event gives the measure back its history and the days their answers.
		TestDatasets.remove(driver);
		MeasureSummary restored = measure(get("/api/measures?asOf=2021-06-01&size=500"), "japan-export-controls-2019");
		assertThat(restored.status()).isEqualTo("in_force");
		assertThat(restored.since()).isEqualTo(LocalDate.of(2019, 7, 4));
	}

	@Test
	void aNewMeasureIsInForceFromTheEventThatImposesItAndItsPeriodsGoWithIt() {
		post("test-periods", "{\"fact\":\"measure\",\"id\":\"test-periods-tariff\",\"kind\":\"sanction\","
				+ "\"name\":\"Test tariff\",\"imposedBy\":[\"japan\"],\"targets\":[\"south-korea\"],"
				+ "\"sources\":[{\"source\":\"mofa-japan-2023-03-16-summit\"}]}\n"
				+ event("test-2020-02-03-tariff-imposed", "2020-02-03",
						"{\"measure\":\"test-periods-tariff\",\"change\":\"impose\",\"effective\":\"2020-03-01\"}"));

		assertThat(ids(get("/api/measures?asOf=2020-02-29&size=500"))).doesNotContain("test-periods-tariff");
		MeasureSummary tariff = measure(get("/api/measures?asOf=2020-03-01&size=500"), "test-periods-tariff");
		assertThat(tariff.since()).isEqualTo(LocalDate.of(2020, 3, 1));
		assertThat(tariff.currentChange().event().id()).isEqualTo("test-2020-02-03-tariff-imposed");
		assertThat(tariff.firstInForce().event().title()).isEqualTo("Test event test-2020-02-03-tariff-imposed");
		assertThat(tariff.imposedBy()).extracting(ActorRef::id).containsExactly("japan");

		TestDatasets.remove(driver);
		try (Session session = driver.session()) {
			assertThat(session.run("MATCH (p:MeasurePeriod {measure: 'test-periods-tariff'}) RETURN count(p) AS n")
				.single().get("n").asLong()).isZero();
		}
	}

	@Test
	void aLoadThatChangesAMeasureChangesHowTheDayListsIt() {
		post("test-periods", tariff("Test tariff", "sanction", "mofa-japan-2023-03-16-summit"));
		Page<MeasureSummary> before = get("/api/measures?asOf=2020-06-01&size=500");
		assertThat(measure(before, "test-periods-tariff").name()).isEqualTo("Test tariff");
		assertThat(ids(before)).as("in name order").containsSubsequence("japan-export-controls-2019", "test-periods-tariff");
		assertThat(ids(get("/api/measures?asOf=2020-06-01&kind=sanction&size=500"))).contains("test-periods-tariff");

		// The same dataset again, the measure renamed, of another kind and citing another source.
		post("test-periods", tariff("A renamed tariff", "trade_dispute", "reuters-2023-03-16-trade-dispute"));

		Page<MeasureSummary> day = get("/api/measures?asOf=2020-06-01&size=500");
		MeasureSummary renamed = measure(day, "test-periods-tariff");
		assertThat(renamed.name()).isEqualTo("A renamed tariff");
		assertThat(renamed.kind()).isEqualTo("trade_dispute");
		assertThat(ids(day)).as("in name order").containsSubsequence("test-periods-tariff", "japan-export-controls-2019");
		assertThat(ids(get("/api/measures?asOf=2020-06-01&kind=sanction&size=500"))).doesNotContain("test-periods-tariff");
		assertThat(ids(get("/api/measures?asOf=2020-06-01&kind=trade_dispute&size=500"))).contains("test-periods-tariff");
		assertThat(ids(get("/api/measures?asOf=2020-06-01&source=mofa-japan-2023-03-16-summit&size=500")))
			.doesNotContain("test-periods-tariff");
		assertThat(ids(get("/api/measures?asOf=2020-06-01&source=reuters-2023-03-16-trade-dispute&size=500")))
			.contains("test-periods-tariff");
		assertThat(statusOn("measures/in_force_on", LocalDate.of(2020, 6, 1), true))
			.isEqualTo(statusOn("measures/status_on", LocalDate.of(2020, 6, 1), true));
	}

	@Test
	void periodsInStepWithTheGraphAreNotRewritten() {
		MeasurePeriods periods = new MeasurePeriods(driver, Duration.ofMinutes(1));
		periods.refresh();
		assertThat(periods.refresh()).isZero();
		try (Session session = driver.session()) {
			assertThat(session.run("MATCH (p:MeasurePeriod) RETURN count(p) AS n").single().get("n").asLong())
				.isGreaterThan(20);
		}
	}

	private List<LocalDate> changeDays() {
		try (Session session = driver.session()) {
			return new ArrayList<>(new TreeSet<>(session.run("MATCH ()-[c:CHANGED]->() RETURN DISTINCT c.effective AS day")
				.list(r -> r.get("day").asLocalDate())));
		}
	}

	private Page<MeasureSummary> statusOn(String query, LocalDate day, boolean inForceOnly) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("on", day);
		parameters.put("inForceOnly", inForceOnly);
		parameters.put("kind", null);
		return reader.page(query, FactFilter.ALL.addTo(parameters), ALL, MeasureSummary.class).orElseThrow();
	}

	/** A tariff Japan imposes on South Korea from 2020-03-01, and the event that imposes it. */
	private static String tariff(String name, String kind, String source) {
		return "{\"fact\":\"measure\",\"id\":\"test-periods-tariff\",\"kind\":\"" + kind + "\",\"name\":\"" + name
				+ "\",\"imposedBy\":[\"japan\"],\"targets\":[\"south-korea\"],\"sources\":[{\"source\":\"" + source
				+ "\"}]}\n" + event("test-2020-02-03-tariff-imposed", "2020-02-03",
						"{\"measure\":\"test-periods-tariff\",\"change\":\"impose\",\"effective\":\"2020-03-01\"}");
	}

	private static String event(String id, String date, String change) {
		return "{\"fact\":\"event\",\"id\":\"" + id + "\",\"type\":\"announcement\",\"date\":\"" + date
				+ "\",\"title\":\"Test event " + id + "\",\"participants\":[{\"actor\":\"japan\",\"role\":\"initiator\"}],"
				+ "\"measures\":[" + change + "],\"sources\":[{\"source\":\"mofa-japan-2023-03-16-summit\"}]}\n";
	}

	private void post(String dataset, String lines) {
		http.post().uri("/api/facts?dataset=" + dataset)
			.contentType(MediaType.parseMediaType("application/x-ndjson"))
			.header("X-API-Key", IntegrationTest.API_KEY)
			.body(lines.getBytes(StandardCharsets.UTF_8))
			.exchange()
			.expectStatus().isOk();
	}

	private Page<MeasureSummary> get(String uri) {
		return http.get().uri(uri).exchange().expectStatus().isOk().expectBody(MEASURES).returnResult().getResponseBody();
	}

	private static List<String> ids(Page<MeasureSummary> page) {
		return page.items().stream().map(MeasureSummary::id).toList();
	}

	private static MeasureSummary measure(Page<MeasureSummary> page, String id) {
		return page.items().stream().filter(m -> m.id().equals(id)).findFirst()
			.orElseThrow(() -> new AssertionError("no measure " + id + " in " + page.items()));
	}

}
