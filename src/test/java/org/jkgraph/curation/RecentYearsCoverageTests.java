package org.jkgraph.curation;

import java.time.LocalDate;
import java.util.List;

import org.jkgraph.api.Page;
import org.jkgraph.events.EventDetails;
import org.jkgraph.events.EventSummary;
import org.jkgraph.offices.Office;
import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an analyst asking about the recent years gets from the curated graph, through the REST API: events from 2024
 * to 2026, each citing a web source, and the holder of each leading office on a day of every year since 2015.
 */
@IntegrationTest
class RecentYearsCoverageTests {

	private static final ParameterizedTypeReference<Page<EventSummary>> EVENTS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Page<Office>> OFFICES = new ParameterizedTypeReference<>() {
	};

	@Autowired
	RestTestClient http;

	@Test
	void atLeastSixtyCuratedEventsFrom2024To2026EachCitingAWebSource() {
		Page<EventSummary> recent = http.get().uri("/api/events?from=2024&to=2026&method=curated&size=500").exchange()
			.expectStatus().isOk().expectBody(EVENTS).returnResult().getResponseBody();
		assertThat(recent.total()).isGreaterThanOrEqualTo(60);
		assertThat(recent.items()).extracting(EventSummary::date)
			.allSatisfy(date -> assertThat(date).isBetween(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31)));
		assertThat(recent.items()).filteredOn(event -> event.date().getYear() >= 2025).hasSizeGreaterThan(20);
		for (EventSummary event : recent.items()) {
			EventDetails details = http.get().uri("/api/events/{id}", event.id()).exchange().expectStatus().isOk()
				.expectBody(EventDetails.class).returnResult().getResponseBody();
			assertThat(details.sources()).as("sources of %s", event.id())
				.anySatisfy(source -> assertThat(source.url()).startsWith("http"));
		}
	}

	@ParameterizedTest(name = "{1} of {0}")
	@CsvSource({ "japan, prime_minister", "south-korea, president", "japan, foreign_minister",
			"south-korea, foreign_minister" })
	void anOfficeHolderOnADayOfEveryYearFrom2015To2026(String country, String role) {
		for (int year = 2015; year <= 2026; year++) {
			// the curated record runs to March 2026, so the day asked about lies early in each year
			String day = year + "-03-01";
			List<Office> holders = http.get().uri("/api/offices?of={of}&role={role}&on={on}", country, role, day)
				.exchange().expectStatus().isOk().expectBody(OFFICES).returnResult().getResponseBody().items();
			assertThat(holders).as("%s of %s on %s", role, country, day).isNotEmpty();
		}
	}

}
