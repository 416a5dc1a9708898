package org.jkgraph.facts;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FactValidatorTests {

	private final EventTypes eventTypes = EventTypes.fromClasspath();

	@Test
	void acceptsAConsistentSet() {
		assertThat(Fixtures.problems("world")).isEmpty();
	}

	@Test
	void reportsDuplicateIdsAtEveryPlaceTheyAreDefined() {
		assertThat(Fixtures.problems("world", "duplicates")).map(Problem::toString)
			.containsExactly(
					"facts/duplicates/first.yaml:3: actors[0].id: duplicate id 'northland', also at"
							+ " facts/world/world.yaml:13",
					"facts/duplicates/first.yaml:10: topics[0].id: duplicate id 'gadgets', also at"
							+ " facts/duplicates/second.yaml:14",
					"facts/duplicates/second.yaml:2: topics[0].id: duplicate id 'sprockets', also at"
							+ " facts/duplicates/second.yaml:7",
					"facts/duplicates/second.yaml:7: topics[1].id: duplicate id 'sprockets', also at"
							+ " facts/duplicates/second.yaml:2",
					"facts/duplicates/second.yaml:14: events[0].id: duplicate id 'gadgets', also at"
							+ " facts/duplicates/first.yaml:10",
					"facts/world/world.yaml:13: actors[0].id: duplicate id 'northland', also at"
							+ " facts/duplicates/first.yaml:3");
	}

	@Test
	void acceptsReferencesToFactsThatExistElsewhere() {
		FactSet facts = Fixtures.read("yaml-twin").facts();
		Set<String> inTheGraph = Set.of("harbour-gazette-2020-02-10", "northland", "north-harbour", "widgets");

		assertThat(FactValidator.validate(facts, eventTypes, inTheGraph::contains)).isEmpty();
		assertThat(FactValidator.validate(facts, eventTypes)).map(Problem::toString)
			.contains("facts/yaml-twin/facts.yaml:19: events[0].participants[1].actor: unknown actor 'northland'",
					"facts/yaml-twin/facts.yaml:20: events[0].place: unknown place 'north-harbour'",
					"facts/yaml-twin/facts.yaml:21: events[0].topics[0]: unknown topic 'widgets'")
			.hasSize(7);
	}

	@Test
	void reportsACountryFieldThatNamesAnActorOfAnotherKind() {
		FactSet facts = FactReader.read(List.of(new FactFile("people.yaml", """
				actors:
				  - id: a-person
				    kind: person
				    name: A Person
				    country: another-person
				    sources: [{source: s}]
				  - id: another-person
				    kind: person
				    name: Another Person
				    sources: [{source: s}]
				"""))).facts();

		assertThat(FactValidator.validate(facts, eventTypes, "s"::equals)).map(Problem::toString)
			.containsExactly("people.yaml:5: actors[0].country: 'another-person' is an actor of kind person,"
					+ " not country");
	}

	@Test
	void reportsAnOfficeThatEndsBeforeItStarts() {
		FactSet facts = FactReader.read(List.of(new FactFile("offices.yaml", """
				actors:
				  - id: a-person
				    kind: person
				    name: A Person
				    offices:
				      - {role: chair, of: a-person, start: "2020-03", end: "2020-03-31"}
				      - {role: chair, of: a-person, start: "2021", end: "2020-12-31"}
				    sources: [{source: s}]
				"""))).facts();

		assertThat(FactValidator.validate(facts, eventTypes, "s"::equals)).map(Problem::toString)
			.containsExactly("offices.yaml:7: actors[0].offices[1].end: 2020-12-31 is before the start, 2021");
	}

	@Test
	void acceptsClaimsWithOnePreferredValueEqualToTheField() {
		FactSet facts = Fixtures.read("world", "claims").facts();
		EventFact summit = (EventFact) facts.byId("2020-08-03-summit-on-widgets").orElseThrow();

		assertThat(summit.claims()).extracting(Claim::field, Claim::value, Claim::rank)
			.containsExactly(tuple("date", "2020-08-03", Rank.PREFERRED),
					tuple("date", "2020-08", Rank.NORMAL),
					tuple("place", "south-harbour", Rank.DEPRECATED),
					tuple("place", "north-harbour", Rank.PREFERRED));
		assertThat(Fixtures.problems("world", "claims")).extracting(Problem::field)
			.noneMatch(field -> field.startsWith("events[0]") || field.startsWith("observations")
					|| field.startsWith("actors"));
	}

	@Test
	void reportsClaimsWithoutExactlyOnePreferredValueEqualToTheField() {
		assertThat(Fixtures.problems("world", "claims")).map(Problem::toString)
			.containsExactly(
					"facts/claims/claims.yaml:26: events[1].claims[0].rank: none of the claims on 'date' is"
							+ " preferred; exactly one must be",
					"facts/claims/claims.yaml:27: events[1].claims[1].value: '2020-02-30' is an impossible date",
					"facts/claims/claims.yaml:39: events[2].claims[1].rank: claims[0] on 'type' is preferred too;"
							+ " exactly one must be",
					"facts/claims/claims.yaml:50: events[3].claims[0].value: the preferred value '2020-11-03'"
							+ " differs from the fact's date '2020-11-02'",
					"facts/claims/claims.yaml:51: events[3].claims[1].field: 'mood' is not a field an event can"
							+ " have claims on");
	}


	@Test
	void claimsOnALinkNameOneOfTheFactsLinksAndPreferOneThatAssertsIt() {
		FactSet facts = Fixtures.read("world", "link-claims").facts();
		EventFact curbs = (EventFact) facts.byId("2020-09-northland-curbs-widget-exports").orElseThrow();
		assertThat(curbs.claims()).extracting(Claim::rank, Claim::disputes, Claim::by)
			.containsExactly(tuple(Rank.PREFERRED, false, List.of("southland")),
					tuple(Rank.NORMAL, true, List.of("northland")));

		assertThat(Fixtures.problems("world", "link-claims")).map(Problem::toString)
			.containsExactly(
					"facts/link-claims/link-claims.yaml:38: events[2].claims[0].value: '2020-08-widget-talks'"
							+ " is not among the fact's respondsTo [2020-09-northland-curbs-widget-exports]; a claim on a"
							+ " link names one of them",
					"facts/link-claims/link-claims.yaml:40: events[2].claims[1].stance: a preferred claim cannot"
							+ " dispute the link the fact holds; rank the dispute normal or deprecated, or take the link out");
	}

}
