package org.jkgraph.events;

import java.time.LocalDate;

import org.jkgraph.api.Page;
import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/timeline} draws the curated events of a topic or of actors in date order. */
@IntegrationTest
class TimelineEndpointTests {

	private static final ParameterizedTypeReference<Page<TimelineEntry>> TIMELINE = new ParameterizedTypeReference<>() {
	};

	@Autowired
	RestTestClient http;

	@Test
	void theExportControlsTimelineRunsInDateOrder() {
		Page<TimelineEntry> timeline = get("/api/timeline?topic=export-controls&size=500");
		assertThat(timeline.items()).extracting(TimelineEntry::date).isSorted();
		assertThat(timeline.items()).extracting(TimelineEntry::id)
			.containsSubsequence("2019-07-01-japan-tightens-export-controls", "2019-09-11-korea-files-wto-complaint",
					"2023-03-16-japan-to-lift-export-controls", "2023-06-27-japan-restores-south-korea-to-white-list");
		assertThat(timeline.items()).filteredOn(entry -> entry.id().equals("2019-07-01-japan-tightens-export-controls"))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.type()).isEqualTo("export_controls");
				assertThat(entry.datePrecision()).isEqualTo("day");
				assertThat(entry.participants()).containsExactly("japan", "meti", "south-korea");
			});
	}

	@Test
	void aTimelineOfSeveralActorsHasOnlyEventsWithAllOfThemWithinThePeriod() {
		Page<TimelineEntry> timeline = get("/api/timeline?actor=japan&actor=south-korea&from=2023-03&to=2023-05");
		assertThat(timeline.items()).isNotEmpty().allSatisfy(entry -> {
			assertThat(entry.participants()).contains("japan", "south-korea");
			assertThat(entry.dateEnd()).isAfterOrEqualTo(LocalDate.of(2023, 3, 1));
			assertThat(entry.date()).isBeforeOrEqualTo(LocalDate.of(2023, 5, 31));
		});
		assertThat(timeline.items()).extracting(TimelineEntry::date).isSorted();
		assertThat(timeline.items()).extracting(TimelineEntry::id).contains("2023-03-16-tokyo-summit");
	}

	@Test
	void aTimelineIsPagedAndBounded() {
		Page<TimelineEntry> page = get("/api/timeline?actor=japan&size=5&page=1");
		assertThat(page.items()).hasSize(5);
		assertThat(page.total()).isGreaterThan(10);
		http.get().uri("/api/timeline?actor=japan&size=501").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.parameter").isEqualTo("size").jsonPath("$.detail").value(detail ->
					assertThat((String) detail).contains("500"));
	}

	private Page<TimelineEntry> get(String uri) {
		return http.get().uri(uri).exchange().expectStatus().isOk().expectBody(TIMELINE).returnResult().getResponseBody();
	}

}
