package org.jkgraph.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jkgraph.api.Page;
import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code /api/events} answers questions about the curated events from the real graph. */
@IntegrationTest
class EventEndpointsTests {

	private static final ParameterizedTypeReference<Page<EventSummary>> EVENTS = new ParameterizedTypeReference<>() {
	};

	@Autowired
	RestTestClient http;

	@Test
	void summitsOf2023IncludeBothLeaders() {
		Page<EventSummary> page = get("/api/events?type=summit&from=2023&to=2023", EVENTS);
		assertThat(page.items()).extracting(EventSummary::id)
			.contains("2023-03-16-tokyo-summit", "2023-05-07-seoul-summit");
		assertThat(page.items()).allSatisfy(event -> {
			assertThat(event.type()).isEqualTo("summit");
			assertThat(event.date().getYear()).isEqualTo(2023);
		});
		assertThat(page.items()).filteredOn(event -> event.id().endsWith("tokyo-summit") || event.id().endsWith("seoul-summit"))
			.hasSize(2)
			.allSatisfy(event -> assertThat(event.participants()).extracting(Participant::id)
				.contains("yoon-suk-yeol", "fumio-kishida"));
		assertThat(page.total()).isEqualTo(page.items().size());
	}

	@Test
	void eventsWithSeveralActorsInvolveAllOfThem() {
		Page<EventSummary> both = get("/api/events?actor=yoon-suk-yeol&actor=fumio-kishida&size=500", EVENTS);
		assertThat(both.items()).extracting(EventSummary::id).contains("2023-03-16-tokyo-summit");
		assertThat(both.items()).allSatisfy(event -> assertThat(event.participants()).extracting(Participant::id)
			.contains("yoon-suk-yeol", "fumio-kishida"));
		Page<EventSummary> yoon = get("/api/events?actor=yoon-suk-yeol&size=500", EVENTS);
		assertThat(both.total()).isLessThan(yoon.total());
	}

	@Test
	void listsEventsInDateOrderAPageAtATime() {
		Page<EventSummary> first = get("/api/events?size=10", EVENTS);
		Page<EventSummary> second = get("/api/events?size=10&page=1", EVENTS);
		assertThat(first.items()).hasSize(10);
		assertThat(first.total()).isEqualTo(second.total()).isGreaterThan(20);
		assertThat(first.hasNext()).isTrue();
		List<LocalDate> dates = new ArrayList<>(first.items().stream().map(EventSummary::date).toList());
		second.items().forEach(event -> dates.add(event.date()));
		assertThat(dates).isSorted();
		assertThat(second.items()).extracting(EventSummary::id).doesNotContainAnyElementsOf(
				first.items().stream().map(EventSummary::id).toList());
	}

	@Test
	void placesIncludeThePlacesWithinThemAndTopicsTheirNarrowerTopics() {
		assertThat(get("/api/events?place=seoul&size=500", EVENTS).items()).extracting(EventSummary::id)
			.contains("2023-05-07-seoul-summit", "2023-05-07-kishida-visits-seoul-national-cemetery");
		assertThat(get("/api/events?topic=trade&size=500", EVENTS).items()).extracting(EventSummary::id)
			.contains("2019-07-01-japan-tightens-export-controls", "2019-09-11-korea-files-wto-complaint");
	}

	@Test
	void filtersByConfidenceAndMethod() {
		Page<EventSummary> sure = get("/api/events?minConfidence=0.85&size=500", EVENTS);
		assertThat(sure.items()).isNotEmpty().allSatisfy(event -> assertThat(event.confidence()).isGreaterThanOrEqualTo(0.85));
		assertThat(sure.items()).extracting(EventSummary::id).doesNotContain("2023-fujitsu-lg-ai-chip-cooperation");
		assertThat(get("/api/events?method=curated&size=1", EVENTS).total()).isEqualTo(get("/api/events?size=1", EVENTS).total());
		assertThat(get("/api/events?method=extracted", EVENTS).total()).isZero();
	}

	@Test
	void aContestedCauseShowsWhoAssertsAndWhoDisputesItOnTheLink() {
		EventDetails controls = get("/api/events/2019-07-01-japan-tightens-export-controls",
				new ParameterizedTypeReference<EventDetails>() {
				});
		EventDetails.LinkedEvent ruling = controls.links().respondsTo().stream()
			.filter(link -> link.id().equals("2018-10-30-supreme-court-rules-against-nippon-steel"))
			.findFirst().orElseThrow();
		assertThat(ruling.claims()).extracting(EventDetails.LinkClaim::stance, EventDetails.LinkClaim::rank,
				EventDetails.LinkClaim::by)
			.containsExactly(tuple("asserts", "preferred", List.of("south-korea")),
					tuple("disputes", "normal", List.of("japan", "meti")));
		assertThat(ruling.claims().get(1).sources()).extracting(SourceCitation::id)
			.containsExactly("meti-2019-07-01-export-licensing-korea");
		assertThat(controls.links().followedUpBy()).allSatisfy(link -> assertThat(link.claims()).isEmpty());

		EventDetails nipponSteel = get("/api/events/2018-10-30-supreme-court-rules-against-nippon-steel",
				new ParameterizedTypeReference<EventDetails>() {
				});
		assertThat(nipponSteel.links().causes()).singleElement()
			.satisfies(link -> assertThat(link.claims()).extracting(EventDetails.LinkClaim::stance)
				.containsExactly("asserts", "disputes"));
	}

	@Test
	void showsAnEventWithParticipantsPlaceTopicsLinksAndSources() {
		EventDetails summit = get("/api/events/2023-03-16-tokyo-summit", new ParameterizedTypeReference<EventDetails>() {
		});
		assertThat(summit.date()).isEqualTo(LocalDate.of(2023, 3, 16));
		assertThat(summit.datePrecision()).isEqualTo("day");
		assertThat(summit.plover()).isEqualTo("CONSULT");
		assertThat(summit.quadClass()).isEqualTo(1);
		assertThat(summit.participants()).contains(new Participant("yoon-suk-yeol", "Yoon Suk Yeol", "person", "guest"),
				new Participant("fumio-kishida", "Fumio Kishida", "person", "host"));
		assertThat(summit.place().id()).isEqualTo("tokyo");
		assertThat(summit.topics()).extracting(EventDetails.Topic::id).contains("export-controls");
		assertThat(summit.links().partOf()).extracting(EventDetails.LinkedEvent::id).containsExactly("2023-03-16-yoon-visits-tokyo");
		assertThat(summit.links().parts()).extracting(EventDetails.LinkedEvent::id).contains("2023-03-16-japan-to-lift-export-controls");
		assertThat(summit.links().respondsTo()).extracting(EventDetails.LinkedEvent::id).containsExactly("2023-03-16-north-korea-fires-icbm");
		assertThat(summit.links().followedUpBy()).extracting(EventDetails.LinkedEvent::id).contains("2023-05-07-seoul-summit");
		assertThat(summit.sources()).anySatisfy(source -> {
			assertThat(source.id()).isEqualTo("reuters-2023-03-16-trade-dispute");
			assertThat(source.publisher()).isEqualTo("Reuters");
			assertThat(source.published()).isEqualTo(LocalDate.of(2023, 3, 16));
			assertThat(source.locator()).isEqualTo("paras 1-2 and 4");
		});
	}

	@Test
	void showsTheMeasuresAnEventChangedAndLinksInBothDirections() {
		EventDetails lift = get("/api/events/2023-03-16-japan-to-lift-export-controls",
				new ParameterizedTypeReference<EventDetails>() {
				});
		assertThat(lift.measures()).singleElement().satisfies(change -> {
			assertThat(change.id()).isEqualTo("japan-export-controls-2019");
			assertThat(change.change()).isEqualTo("lift");
			assertThat(change.status()).isEqualTo("ended");
			assertThat(change.effective()).isEqualTo(LocalDate.of(2023, 3, 23));
		});
		EventDetails controls = get("/api/events/2019-07-01-japan-tightens-export-controls",
				new ParameterizedTypeReference<EventDetails>() {
				});
		assertThat(controls.links().causes()).extracting(EventDetails.LinkedEvent::id).contains("2019-09-11-korea-files-wto-complaint");
		assertThat(controls.links().respondedToBy()).extracting(EventDetails.LinkedEvent::id)
			.contains("2019-09-11-korea-files-wto-complaint", "2019-08-22-korea-decides-to-end-gsomia");
		assertThat(controls.links().followedUpBy()).extracting(EventDetails.LinkedEvent::id)
			.contains("2023-03-16-japan-to-lift-export-controls");
		EventDetails complaint = get("/api/events/2019-09-11-korea-files-wto-complaint",
				new ParameterizedTypeReference<EventDetails>() {
				});
		assertThat(complaint.links().causedBy()).extracting(EventDetails.LinkedEvent::link)
			.containsExactly("2019-07-01-japan-tightens-export-controls:CAUSED:2019-09-11-korea-files-wto-complaint");
		assertThat(complaint.links().causedBy()).extracting(EventDetails.LinkedEvent::id)
			.containsExactly("2019-07-01-japan-tightens-export-controls");
	}

	@Test
	void showsDisagreeingClaimsWithTheirRankAndSources() {
		EventDetails poll = get("/api/events/2023-03-10-gallup-korea-poll-on-japan-ties",
				new ParameterizedTypeReference<EventDetails>() {
				});
		assertThat(poll.claims()).extracting(EventDetails.Claim::field, EventDetails.Claim::value, EventDetails.Claim::rank)
			.containsExactly(tuple("date", "2023-03-10", "preferred"),
					tuple("date", "2023-03-17", "deprecated"));
		assertThat(poll.claims().get(1).sources()).extracting(SourceCitation::id)
			.containsExactly("reuters-2023-03-16-trade-dispute");
		assertThat(poll.claims().get(1).note()).isNotBlank();
	}

	@Test
	void filtersByPloverCategoryAndListItemsCarryTheirCodes() {
		Page<EventSummary> sanctions = get("/api/events?plover=SANCTION&size=500", EVENTS);
		assertThat(sanctions.items()).extracting(EventSummary::id).contains("2019-07-01-japan-tightens-export-controls",
				"2018-10-30-supreme-court-rules-against-nippon-steel");
		assertThat(sanctions.items()).allSatisfy(event -> assertThat(event.plover()).isEqualTo("SANCTION"));
		assertThat(sanctions.items()).filteredOn(event -> event.id().equals("2019-07-01-japan-tightens-export-controls"))
			.singleElement()
			.satisfies(event -> {
				assertThat(event.cameo()).isEqualTo("163");
				assertThat(event.quadClass()).isEqualTo(4);
				assertThat(event.goldstein()).isEqualTo(-8.0);
			});
		assertThat(sanctions.total()).isLessThan(get("/api/events?size=1", EVENTS).total());
		// lower case names the same category
		assertThat(get("/api/events?plover=sanction&size=500", EVENTS).total()).isEqualTo(sanctions.total());
	}

	@Test
	void filtersByCameoPrefixQuadClassAndGoldsteinRange() {
		Page<EventSummary> coercion = get("/api/events?cameo=16&size=500", EVENTS);
		assertThat(coercion.items()).isNotEmpty().allSatisfy(event -> assertThat(event.cameo()).startsWith("16"));
		assertThat(coercion.items()).extracting(EventSummary::id).contains("2019-07-01-japan-tightens-export-controls");
		Page<EventSummary> conflict = get("/api/events?quadClass=3&quadClass=4&from=2019&to=2019&size=500", EVENTS);
		assertThat(conflict.items()).isNotEmpty().allSatisfy(event -> assertThat(event.quadClass()).isIn(3, 4));
		Page<EventSummary> harsh = get("/api/events?minGoldstein=-10&maxGoldstein=-7&size=500", EVENTS);
		assertThat(harsh.items()).isNotEmpty()
			.allSatisfy(event -> assertThat(event.goldstein()).isBetween(-10.0, -7.0));
		Page<EventSummary> warm = get("/api/events?minGoldstein=5&size=500", EVENTS);
		assertThat(warm.items()).isNotEmpty().allSatisfy(event -> assertThat(event.goldstein()).isGreaterThanOrEqualTo(5));
		assertThat(warm.items()).extracting(EventSummary::id).doesNotContainAnyElementsOf(
				harsh.items().stream().map(EventSummary::id).toList());
	}

	@Test
	void onlyEventsCitingTheGivenSourcesCount() {
		String reuters = "reuters-2023-03-16-trade-dispute";
		Page<EventSummary> cited = get("/api/events?source=" + reuters + "&size=500", EVENTS);
		assertThat(cited.items()).extracting(EventSummary::id).contains("2023-03-16-tokyo-summit")
			.doesNotContain("2023-05-07-seoul-summit");
		for (EventSummary event : cited.items()) {
			EventDetails details = get("/api/events/" + event.id(), new ParameterizedTypeReference<EventDetails>() {
			});
			assertThat(details.sources()).extracting(SourceCitation::id).contains(reuters);
		}
		String mofa = "mofa-japan-2023-03-16-summit";
		Page<EventSummary> either = get("/api/events?source=" + reuters + "&source=" + mofa + "&size=500", EVENTS);
		assertThat(either.total()).isGreaterThanOrEqualTo(cited.total());
		assertThat(get("/api/events?source=no-such-source", EVENTS).total()).isZero();
	}

	@Test
	void anUnknownParameterIsRefusedNamingItRatherThanIgnored() {
		http.get().uri("/api/events?plovr=SANCTION").exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.parameter").isEqualTo("plovr")
			.jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("plover", "cameo", "source"));
		Map<String, String> unknown = Map.of("/api/timeline?since=2019", "since", "/api/actors?name=Yoon", "name",
				"/api/measures?on=2021-06-01", "on", "/api/actors/japan/events?year=2019", "year",
				"/api/actors/japan/relations?with=south-korea", "with", "/api/graph/neighborhood/japan?hops=2", "hops",
				"/api/search?q=yoon&type=actor", "type", "/api/series/events?group=type", "group",
				"/api/provenance/japan?verbose=true", "verbose");
		unknown.forEach((uri, parameter) -> http.get().uri(uri).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.parameter").isEqualTo(parameter));
	}

	@Test
	void theTimelineTakesTheSameFiltersAndCarriesTheCodes() {
		Page<TimelineEntry> timeline = get("/api/timeline?plover=SANCTION&from=2019&to=2019&size=500",
				new ParameterizedTypeReference<>() {
				});
		assertThat(timeline.items()).extracting(TimelineEntry::id).contains("2019-07-01-japan-tightens-export-controls");
		assertThat(timeline.items()).allSatisfy(entry -> {
			assertThat(entry.plover()).isEqualTo("SANCTION");
			assertThat(entry.quadClass()).isEqualTo(4);
			assertThat(entry.date().getYear()).isEqualTo(2019);
		});
	}

	@Test
	void unknownEventsAreNotFound() {
		http.get().uri("/api/events/no-such-event").exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.detail").isEqualTo("No event with id 'no-such-event'");
	}

	@Test
	void badParametersAreRejectedNamingTheParameter() {
		badParameter("/api/events?from=2019-13", "from");
		badParameter("/api/events?to=2019-02-30", "to");
		badParameter("/api/events?from=2023&to=2022", "to");
		badParameter("/api/events?size=10000", "size");
		badParameter("/api/events?page=-1", "page");
		badParameter("/api/events?type=picnic", "type");
		badParameter("/api/events?minConfidence=1.5", "minConfidence");
		badParameter("/api/events?method=guessed", "method");
		badParameter("/api/events?plover=PICNIC", "plover");
		badParameter("/api/events?cameo=1", "cameo");
		badParameter("/api/events?cameo=abc", "cameo");
		badParameter("/api/events?quadClass=5", "quadClass");
		badParameter("/api/events?quadClass=one", "quadClass");
		badParameter("/api/events?minGoldstein=-11", "minGoldstein");
		badParameter("/api/events?minGoldstein=3&maxGoldstein=1", "maxGoldstein");
		badParameter("/api/events?page=2147483647", "page");
		badParameter("/api/events?page=2001&size=500", "page");
		badParameter("/api/events?" + IntStream.range(0, 11).mapToObj(i -> "actor=a" + i).collect(Collectors.joining("&")),
				"actor");
	}

	private void badParameter(String uri, String parameter) {
		http.get().uri(uri).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.parameter").isEqualTo(parameter);
	}

	private <T> T get(String uri, ParameterizedTypeReference<T> type) {
		return http.get().uri(uri).exchange().expectStatus().isOk().expectBody(type).returnResult().getResponseBody();
	}

}
