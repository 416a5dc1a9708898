package org.jkgraph.actors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.jkgraph.api.Page;
import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/actors} answers questions about the curated actors from the real graph. */
@IntegrationTest
class ActorEndpointsTests {

	@Autowired
	RestTestClient http;

	@Test
	void listsTheActorsOfACountryInNameOrder() {
		Page<ActorSummary> page = get("/api/actors?country=japan&size=100", new ParameterizedTypeReference<>() {
		});
		assertThat(page.items()).extracting(ActorSummary::id).contains("fumio-kishida", "shinzo-abe", "meti");
		assertThat(page.items()).allSatisfy(actor -> assertThat(actor.country()).isEqualTo("japan"));
		assertThat(page.items()).extracting(ActorSummary::name).isSortedAccordingTo(Comparator.naturalOrder());
		assertThat(page.total()).isEqualTo(page.items().size());
	}

	@Test
	void findsActorsByAliasOrNativeSpellingWhateverTheCase() {
		Page<ActorSummary> byAlias = get("/api/actors?q={q}", new ParameterizedTypeReference<>() {
		}, "president YOON");
		assertThat(byAlias.items()).extracting(ActorSummary::id).containsExactly("yoon-suk-yeol");
		Page<ActorSummary> byKorean = get("/api/actors?q={q}", new ParameterizedTypeReference<>() {
		}, "윤석열");
		assertThat(byKorean.items()).extracting(ActorSummary::id).containsExactly("yoon-suk-yeol");
		Page<ActorSummary> people = get("/api/actors?kind=person&q=kishida", new ParameterizedTypeReference<>() {
		});
		assertThat(people.items()).extracting(ActorSummary::id).containsExactly("fumio-kishida");
	}

	@Test
	void showsAnActorsOfficesMembershipsAndEventDigest() {
		ActorDetails yoon = get("/api/actors/yoon-suk-yeol", new ParameterizedTypeReference<>() {
		});
		assertThat(yoon.kind()).isEqualTo("person");
		assertThat(yoon.country().id()).isEqualTo("south-korea");
		assertThat(yoon.nativeNames()).contains(new ActorDetails.NativeName("ko", "윤석열"));
		assertThat(yoon.offices()).singleElement().satisfies(office -> {
			assertThat(office.role()).isEqualTo("president");
			assertThat(office.of().id()).isEqualTo("south-korea");
			assertThat(office.start()).isEqualTo(LocalDate.of(2022, 5, 10));
			assertThat(office.startPrecision()).isEqualTo("day");
			assertThat(office.end()).isEqualTo(LocalDate.of(2025, 4, 4));
		});
		assertThat(yoon.memberships()).extracting(ActorRef::id).containsExactly("people-power-party");
		assertThat(yoon.eventsByRole()).extracting(ActorDetails.RoleCount::role).contains("guest", "host");
		assertThat(yoon.eventCount()).isPositive();
		assertThat(yoon.firstEvent()).isEqualTo(LocalDate.of(2022, 5, 10));
		assertThat(yoon.lastEvent()).isAfterOrEqualTo(yoon.firstEvent());
		assertThat(yoon.sources()).isNotEmpty();
	}

	@Test
	void listsAnActorsEventsOfATypeInAPeriodInDateOrderWithItsRoles() {
		Page<ActorEvent> page = get("/api/actors/fumio-kishida/events?type=summit&from=2023&to=2023",
				new ParameterizedTypeReference<>() {
				});
		assertThat(page.items()).extracting(ActorEvent::id)
			.contains("2023-03-16-tokyo-summit", "2023-05-07-seoul-summit");
		assertThat(page.items()).allSatisfy(event -> {
			assertThat(event.type()).isEqualTo("summit");
			assertThat(event.date().getYear()).isEqualTo(2023);
		});
		assertThat(page.items()).extracting(ActorEvent::date).isSorted();
		assertThat(page.items()).filteredOn(event -> event.id().equals("2023-03-16-tokyo-summit"))
			.singleElement()
			.satisfies(event -> assertThat(event.roles()).containsExactly("host"));
	}

	@Test
	void relationsOfJapanCountMeetingsMeasuresAndDisputesWithSouthKorea() {
		Page<ActorRelation> page = get("/api/actors/japan/relations?size=500", new ParameterizedTypeReference<>() {
		});
		ActorRelation met = relation(page.items(), "south-korea", "met");
		assertThat(met.count()).isGreaterThanOrEqualTo(5);
		assertThat(met.events()).contains("2023-03-16-tokyo-summit", "2023-05-07-seoul-summit");
		assertThat(met.first()).isBeforeOrEqualTo(met.last());
		assertThat(met.last()).isAfterOrEqualTo(LocalDate.of(2023, 8, 18));
		// Lee Myung-bak's landing on the islets Japan claims is typed a visit, but Japan is its target: no meeting.
		assertThat(met.events()).doesNotContain("2012-08-10-lee-myung-bak-visits-dokdo");
		assertThat(relation(page.items(), "south-korea", "co_participated").events())
			.contains("2012-08-10-lee-myung-bak-visits-dokdo");
		// Japan's own prime minister takes part with Japan; that is no meeting between the two.
		assertThat(page.items()).noneMatch(r -> r.actor().id().equals("fumio-kishida") && r.relation().equals("met"));
		assertThat(relation(page.items(), "yoon-suk-yeol", "met").events()).contains("2023-05-07-seoul-summit");

		ActorRelation imposes = relation(page.items(), "south-korea", "imposes_measures_on");
		assertThat(imposes.measures()).contains("japan-export-controls-2019", "japan-white-list-removal-2019");
		// the 2019 tightening changed the controls twice (announced, then imposed), and is listed once
		assertThat(imposes.events()).doesNotHaveDuplicates();
		assertThat(imposes.events()).contains("2019-07-01-japan-tightens-export-controls");
		assertThat(relation(page.items(), "south-korea", "targeted_by_measures_of").measures())
			.contains("korea-wto-complaint-ds590");

		assertThat(relation(page.items(), "south-korea", "disputes_with").events())
			.contains("2019-07-01-japan-tightens-export-controls");
		assertThat(relation(page.items(), "north-korea", "disputes_with").events())
			.contains("2023-03-16-north-korea-fires-icbm");
		// Japan and the United States condemn North Korea together: same side, so no dispute between them.
		assertThat(page.items())
			.noneMatch(r -> r.actor().id().equals("united-states") && r.relation().equals("disputes_with"));
		assertThat(page.items()).extracting(ActorRelation::relation).isSortedAccordingTo(
				Comparator.comparingInt(ActorRelation.RELATIONS::indexOf));
	}

	@Test
	void relationsCanBeNarrowedToOneRelationWithFewerEventIds() {
		Page<ActorRelation> page = get("/api/actors/japan/relations?relation=met&eventLimit=2",
				new ParameterizedTypeReference<>() {
				});
		assertThat(page.items()).isNotEmpty().allSatisfy(relation -> {
			assertThat(relation.relation()).isEqualTo("met");
			assertThat(relation.events()).hasSizeLessThanOrEqualTo(2);
		});
		assertThat(relation(page.items(), "south-korea", "met").count()).isGreaterThan(2);
	}

	@Test
	void aVisitAndTheSummitHeldDuringItAreOneMeeting() {
		ActorRelations relations = get("/api/actors/yoon-suk-yeol/relations?relation=met&from=2023-03&to=2023-05",
				new ParameterizedTypeReference<>() {
				});
		assertThat(relations.from()).isEqualTo(LocalDate.of(2023, 3, 1));
		assertThat(relations.to()).isEqualTo(LocalDate.of(2023, 5, 31));
		assertThat(relations.counting()).contains("occasion");
		ActorRelation met = relation(relations.items(), "fumio-kishida", "met");
		assertThat(met.events()).contains("2023-03-16-yoon-visits-tokyo", "2023-03-16-tokyo-summit",
				"2023-05-07-kishida-visits-seoul", "2023-05-07-seoul-summit", "2023-05-19-g7-hiroshima-summit");
		// the summits were held during the visits, so they are no occasions of their own
		assertThat(met.occasions()).contains("2023-03-16-yoon-visits-tokyo", "2023-05-07-kishida-visits-seoul",
				"2023-05-19-g7-hiroshima-summit")
			.doesNotContain("2023-03-16-tokyo-summit", "2023-05-07-seoul-summit");
		assertThat(met.count()).isEqualTo(met.occasions().size()).isLessThan(met.records());
		assertThat(met.records()).isEqualTo(met.events().size());
		assertThat(met.first()).isAfterOrEqualTo(relations.from());
		assertThat(met.last()).isBeforeOrEqualTo(relations.to());
		// outside the period: nothing from 2022 or from August 2023
		assertThat(met.events()).noneMatch(id -> id.startsWith("2022") || id.startsWith("2023-08"));
	}

	@Test
	void measureRelationsWithinAPeriodAreTheMeasuresInPlaceThen() {
		ActorRelations in2021 = get("/api/actors/japan/relations?relation=imposes_measures_on&from=2021&to=2021",
				new ParameterizedTypeReference<>() {
				});
		assertThat(relation(in2021.items(), "south-korea", "imposes_measures_on").measures())
			.contains("japan-export-controls-2019");
		ActorRelations in2018 = get("/api/actors/japan/relations?relation=imposes_measures_on&from=2018&to=2018",
				new ParameterizedTypeReference<>() {
				});
		assertThat(in2018.items()).flatExtracting(ActorRelation::measures).doesNotContain("japan-export-controls-2019");
	}

	@Test
	void anActorsEventsCarryTheirCodesAndFilterByThem() {
		Page<ActorEvent> consultations = get("/api/actors/fumio-kishida/events?plover=CONSULT&size=500",
				new ParameterizedTypeReference<>() {
				});
		assertThat(consultations.items()).isNotEmpty().allSatisfy(event -> {
			assertThat(event.plover()).isEqualTo("CONSULT");
			assertThat(event.quadClass()).isEqualTo(1);
			assertThat(event.cameo()).startsWith("0");
		});
		assertThat(consultations.items()).extracting(ActorEvent::id).contains("2023-03-16-tokyo-summit");
	}

	@Test
	void unknownActorsAreNotFound() {
		for (String uri : List.of("/api/actors/no-such-actor", "/api/actors/no-such-actor/events",
				"/api/actors/no-such-actor/relations")) {
			http.get().uri(uri).exchange()
				.expectStatus().isNotFound()
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody().jsonPath("$.detail").isEqualTo("No actor with id 'no-such-actor'");
		}
	}

	@Test
	void badParametersAreRejectedNamingTheParameter() {
		badParameter("/api/actors?size=10000", "size");
		badParameter("/api/actors/japan/events?from=2019-13", "from");
		badParameter("/api/actors/japan/events?type=picnic", "type");
		badParameter("/api/actors/japan/relations?relation=friends", "relation");
		badParameter("/api/actors/japan/relations?eventLimit=1000", "eventLimit");
		badParameter("/api/actors/japan/relations?from=2023&to=2022", "to");
		badParameter("/api/actors?kind=planet", "kind");
		badParameter("/api/actors?q=" + "x".repeat(101), "q");
		badParameter("/api/actors/japan/events?quadClass=9", "quadClass");
	}

	private void badParameter(String uri, String parameter) {
		http.get().uri(uri).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.parameter").isEqualTo(parameter);
	}

	private static ActorRelation relation(List<ActorRelation> relations, String actor, String relation) {
		return relations.stream()
			.filter(r -> r.actor().id().equals(actor) && r.relation().equals(relation))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + relation + " relation with " + actor + " in " + relations));
	}

	private <T> T get(String uri, ParameterizedTypeReference<T> type, Object... variables) {
		return http.get().uri(uri, variables).exchange().expectStatus().isOk().expectBody(type).returnResult()
			.getResponseBody();
	}

}
