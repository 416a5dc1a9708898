package org.jkgraph.measures;

import java.time.LocalDate;

import org.jkgraph.api.Page;
import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code /api/measures} follows each curated measure's status through the events that changed it. */
@IntegrationTest
class MeasureEndpointsTests {

	private static final ParameterizedTypeReference<Page<MeasureSummary>> MEASURES = new ParameterizedTypeReference<>() {
	};

	@Autowired
	RestTestClient http;

	@Test
	void reportsTheTradeMeasuresInForceInMid2021() {
		Page<MeasureSummary> inForce = get("/api/measures?asOf=2021-06-01", MEASURES);
		assertThat(inForce.items()).extracting(MeasureSummary::id)
			.contains("japan-export-controls-2019", "korea-wto-complaint-ds590", "japan-white-list-removal-2019");
		assertThat(inForce.items()).allSatisfy(measure -> assertThat(measure.status()).isIn("in_force", "terminating"));

		MeasureSummary controls = measure(inForce, "japan-export-controls-2019");
		assertThat(controls.since()).isEqualTo(LocalDate.of(2019, 7, 4));
		assertThat(controls.firstInForce().event().id()).isEqualTo("2019-07-01-japan-tightens-export-controls");
		assertThat(controls.firstInForce().change()).isEqualTo("impose");
		assertThat(controls.imposedBy()).extracting(ActorRef::id).containsExactly("japan");
		assertThat(controls.targets()).extracting(ActorRef::id).containsExactly("south-korea");

		// The WTO case was filed, paused and revived: its current state comes from the revival, its start from the filing.
		MeasureSummary complaint = measure(inForce, "korea-wto-complaint-ds590");
		assertThat(complaint.currentChange().event().id()).isEqualTo("2020-06-korea-resumes-wto-complaint");
		assertThat(complaint.currentChange().change()).isEqualTo("resume");
		assertThat(complaint.currentChange().effectivePrecision()).isEqualTo("month");
		assertThat(complaint.firstInForce().event().id()).isEqualTo("2019-09-11-korea-files-wto-complaint");
	}

	@Test
	void theTradeMeasuresAreNoLongerInForceInMid2023() {
		Page<MeasureSummary> inForce = get("/api/measures?asOf=2023-06-01", MEASURES);
		assertThat(inForce.items()).extracting(MeasureSummary::id)
			.doesNotContain("japan-export-controls-2019", "korea-wto-complaint-ds590")
			.contains("gsomia", "shuttle-diplomacy");
	}

	@Test
	void aMeasureUnderNoticeOfTerminationIsStillInForce() {
		Page<MeasureSummary> inForce = get("/api/measures?asOf=2019-10-01", MEASURES);
		MeasureSummary gsomia = measure(inForce, "gsomia");
		assertThat(gsomia.status()).isEqualTo("terminating");
		assertThat(gsomia.since()).isEqualTo(LocalDate.of(2019, 8, 23));
		assertThat(gsomia.currentChange().event().id()).isEqualTo("2019-08-22-korea-decides-to-end-gsomia");
		assertThat(gsomia.firstInForce().event().id()).isEqualTo("2016-11-23-gsomia-signed");
	}

	@Test
	void withoutADayListsEveryMeasureWithItsStatusToday() {
		Page<MeasureSummary> all = get("/api/measures?size=500", MEASURES);
		assertThat(all.total()).isEqualTo(all.items().size()).isGreaterThan(get("/api/measures?asOf=2021-06-01", MEASURES).total());
		assertThat(measure(all, "japan-export-controls-2019").status()).isEqualTo("ended");
		assertThat(measure(all, "gsomia").status()).isEqualTo("in_force");
		assertThat(measure(all, "forced-labour-compensation-plan-2023").status()).isEqualTo("announced");
		assertThat(measure(all, "forced-labour-compensation-plan-2023").firstInForce()).isNull();
		assertThat(get("/api/measures?kind=trade_dispute", MEASURES).items()).extracting(MeasureSummary::id)
			.containsExactly("japan-wto-complaint-ds495", "japan-wto-complaint-ds504", "japan-wto-complaint-ds553",
					"japan-wto-complaint-ds571", "korea-wto-complaint-ds590", "japan-wto-complaint-ds594");
	}

	@Test
	void showsTheFullHistoryOfTheExportControls() {
		MeasureDetails controls = get("/api/measures/japan-export-controls-2019",
				new ParameterizedTypeReference<MeasureDetails>() {
				});
		assertThat(controls.history())
			.extracting(step -> step.change(), step -> step.effective(), step -> step.event().id())
			.containsSubsequence(
					tuple("impose", LocalDate.of(2019, 7, 4), "2019-07-01-japan-tightens-export-controls"),
					tuple("lift", LocalDate.of(2023, 3, 23), "2023-03-16-japan-to-lift-export-controls"));
		assertThat(controls.history()).extracting(StatusStep::effective).isSorted();
		assertThat(controls.history().getLast().status()).isEqualTo("ended");
		assertThat(controls.history().getLast().event().title()).isNotBlank();
		assertThat(controls.validFrom()).isEqualTo(LocalDate.of(2019, 7, 4));
		assertThat(controls.validTo()).isEqualTo(LocalDate.of(2023, 3, 23));
		assertThat(controls.status()).isEqualTo("ended");
		assertThat(controls.imposedBy()).extracting(ActorRef::id).containsExactly("japan");
		assertThat(controls.sources()).extracting(MeasureDetails.SourceCitation::id)
			.contains("meti-2019-07-01-export-licensing-korea");
	}

	@Test
	void historyKeepsPausesAndTheStatusOnAnyDay() {
		MeasureDetails complaint = get("/api/measures/korea-wto-complaint-ds590?asOf=2020-01-15",
				new ParameterizedTypeReference<MeasureDetails>() {
				});
		assertThat(complaint.history()).extracting(StatusStep::change)
			.containsExactly("file", "suspend", "resume", "withdraw");
		assertThat(complaint.status()).isEqualTo("suspended");
		assertThat(complaint.validFrom()).isEqualTo(LocalDate.of(2019, 9, 11));
		assertThat(complaint.validTo()).isEqualTo(LocalDate.of(2023, 3, 23));
	}

	@Test
	void aMeasureThatNeverEndedHasNoValidTo() {
		MeasureDetails gsomia = get("/api/measures/gsomia", new ParameterizedTypeReference<MeasureDetails>() {
		});
		assertThat(gsomia.validFrom()).isEqualTo(LocalDate.of(2016, 11, 23));
		assertThat(gsomia.validTo()).isNull();
		assertThat(gsomia.status()).isEqualTo("in_force");
	}

	@Test
	void unknownMeasuresAreNotFound() {
		http.get().uri("/api/measures/no-such-measure").exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.detail").isEqualTo("No measure with id 'no-such-measure'");
	}

	@Test
	void asOfMustBeADay() {
		for (String bad : new String[] { "2021", "2021-06", "2021-02-30", "June" }) {
			http.get().uri("/api/measures?asOf={day}", bad).exchange()
				.expectStatus().isBadRequest()
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody().jsonPath("$.parameter").isEqualTo("asOf");
		}
		http.get().uri("/api/measures?size=10000").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.parameter").isEqualTo("size");
	}

	private static MeasureSummary measure(Page<MeasureSummary> page, String id) {
		return page.items().stream().filter(m -> m.id().equals(id)).findFirst()
			.orElseThrow(() -> new AssertionError("no measure " + id + " in " + page.items()));
	}

	private <T> T get(String uri, ParameterizedTypeReference<T> type) {
		return http.get().uri(uri).exchange().expectStatus().isOk().expectBody(type).returnResult().getResponseBody();
	}

}
