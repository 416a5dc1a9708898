package org.jkgraph.curation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jkgraph.facts.Claim;
import org.jkgraph.facts.FactDate;
import org.jkgraph.facts.FactFile;
import org.jkgraph.facts.FactFiles;
import org.jkgraph.facts.FactReader;
import org.jkgraph.facts.FactReading;
import org.jkgraph.facts.FactSet;
import org.jkgraph.facts.ObservationFact;
import org.jkgraph.facts.Origin;
import org.jkgraph.facts.Problem;
import org.jkgraph.facts.Rank;
import org.jkgraph.facts.SourceFact;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeds check: the curated facts in seeds/ (tests run from the project root) stand on sources a reader can find
 * and date, and the four offices the API answers "who held it on day D" for have exactly one holder every day. The
 * fixtures show that each rule catches the mistake it is for, and where it says the mistake is.
 */
class SeedsCheckTests {

	/** The last day the curated offices are checked to: open terms are taken to run to here. */
	private static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);

	private static final LocalDate FROM = LocalDate.of(2015, 1, 1);

	private static FactSet seeds() {
		FactReading reading = FactReader.read(FactFiles.under(Path.of("seeds")));
		assertThat(reading.problems()).isEmpty();
		return reading.facts();
	}

	@Test
	void everyCuratedFactCitesADatedWebSourceThatDoesNotContradictIt() {
		assertThat(SourcingCheck.check(seeds())).isEmpty();
	}

	@Test
	void eachCountryHasOnePrimeMinisterOrPresidentAndOneForeignMinisterEveryDayFrom2015() {
		FactSet seeds = seeds();

		assertThat(OfficeCoverage.check(seeds, "prime_minister", "japan", FROM, UNTIL)).isEmpty();
		assertThat(OfficeCoverage.check(seeds, "president", "south-korea", FROM, UNTIL)).isEmpty();
		assertThat(OfficeCoverage.check(seeds, "foreign_minister", "japan", FROM, UNTIL)).isEmpty();
		assertThat(OfficeCoverage.check(seeds, "foreign_minister", "south-korea", FROM, UNTIL)).isEmpty();
	}

	@Test
	void japansDefenceTradeCabinetAndSecurityPostsAreHeldEveryDayFrom2015() {
		FactSet seeds = seeds();

		for (String role : List.of("defence_minister", "trade_minister", "chief_cabinet_secretary",
				"national_security_adviser")) {
			assertThat(OfficeCoverage.check(seeds, role, "japan", FROM, UNTIL)).as(role).isEmpty();
		}
	}

	@Test
	void reportsAFactOrClaimWithoutSourcesWithFileLineAndField() {
		// the reader already refuses an empty sources list in a file; facts made in code are checked all the same
		Origin origin = new Origin("made.jsonl", 3, "", Map.of());
		Claim claim = new Claim("value", 2.0, Rank.PREFERRED, List.of(), null);
		ObservationFact unsourced = new ObservationFact("2020-exports", "exports", "a", null, 2.0, "USD billion",
				FactDate.parse("2020"), null, null, "extracted", 0.7, List.of(), List.of(claim), null, origin);

		assertThat(SourcingCheck.check(new FactSet(List.of(unsourced)))).extracting(Problem::toString)
			.containsExactly("made.jsonl:3: claims[0].sources: observation 2020-exports: the claim about value cites no"
					+ " source", "made.jsonl:3: sources: observation 2020-exports cites no source");
	}

	@Test
	void requiresAnAddressPublisherAndDateOfWebSourcesButNotOfDatasets() {
		FactSet facts = read("""
				sources:
				  - {id: wire-a, publisher: A Wire, title: Report A, published: "2021-03-01", type: news}
				  - {id: ministry-b, publisher: A Ministry, title: Release B, url: "https://example.org/b", type: official}
				  - {id: stats-d, publisher: A Statistics Office, title: Table D, type: dataset}
				  - {id: corpus-e, publisher: A Paper, title: Article E, published: "2021", corpusFile: 000_e.txt, type: news}
				  - {id: untyped-f, publisher: A Paper, title: Article F}
				""");
		SourceFact anonymous = new SourceFact("blog-c", null, null, "Analysis C", FactDate.parse("2021-03"),
				"https://example.org/c", "en", "analysis", null, "extracted", 0.5, List.of(), List.of(), null,
				new Origin("made.jsonl", 1));

		List<Problem> problems = new ArrayList<>(SourcingCheck.check(facts));
		problems.addAll(SourcingCheck.check(new FactSet(List.of(anonymous))));

		assertThat(problems).extracting(Problem::field)
			.containsExactly("sources[0].url", "sources[1].published", "sources[4].type", "publisher");
		assertThat(problems.getFirst().message()).isEqualTo("news source wire-a has no url (or corpusFile for a text"
				+ " kept in the shared corpus); if no address is known, give it the type record (an official document"
				+ " cited by issuer, title and date), dataset or reference");
	}

	@Test
	void allowsOneDayForTimeZonesButNotTwo() {
		FactSet facts = read("""
				events:
				  - id: 2024-11-15-summit
				    type: summit
				    date: "2024-11-15"
				    title: Leaders meet in Lima
				    participants: [{actor: a, role: participant}]
				    claims:
				      - {field: date, value: "2024-11-16", rank: normal, sources: [{source: ministry-2024-11-15}]}
				      - {field: date, value: "2024-11-17", rank: normal, sources: [{source: ministry-2024-11-15}]}
				    sources:
				      - {source: ministry-2024-11-15}
				sources:
				  - {id: ministry-2024-11-15, publisher: A Ministry, title: Summit, published: "2024-11-15", url: "https://example.org/m", type: official}
				""");

		assertThat(SourcingCheck.check(facts)).extracting(Problem::field).containsExactly("events[0].claims[1].value");
	}

	@Test
	void rejectsAnEventDatedAfterEverySourceCitedForIt() {
		FactSet facts = read("""
				events:
				  - id: 2022-06-10-summit
				    type: summit
				    date: "2022-06-10"
				    title: Leaders meet
				    participants: [{actor: a, role: participant}]
				    sources:
				      - {source: paper-2022-05-30}
				      - {source: paper-2022-06}
				sources:
				  - {id: paper-2022-05-30, publisher: A Paper, title: Summit planned, published: "2022-05-30", url: "https://example.org/p", type: news}
				  - {id: paper-2022-06, publisher: A Weekly, title: June issue, published: "2022-05", url: "https://example.org/w", type: news}
				""");

		List<Problem> problems = SourcingCheck.check(facts);

		assertThat(problems).hasSize(1);
		assertThat(problems.getFirst().toString()).startsWith("check.yaml:4: events[0].date: event 2022-06-10-summit"
				+ " is dated 2022-06-10, after every source cited for it was published (the latest, paper-2022-06, on"
				+ " 2022-05)");
	}

	@Test
	void acceptsAnEventAfterItsSourcesWhenACitationSaysItWasReportedInAdvance() {
		FactSet facts = read("""
				events:
				  - id: 2022-06-10-summit
				    type: summit
				    date: "2022-06-10"
				    title: Leaders meet
				    participants: [{actor: a, role: participant}]
				    sources:
				      - {source: paper-2022-05-30, note: "announced in advance by the foreign ministry"}
				sources:
				  - {id: paper-2022-05-30, publisher: A Paper, title: Summit planned, published: "2022-05-30", url: "https://example.org/p", type: news}
				""");

		assertThat(SourcingCheck.check(facts)).isEmpty();
	}

	@Test
	void comparesDatesAtTheirPrecision() {
		FactSet facts = read("""
				events:
				  - id: 2022-06-summit
				    type: summit
				    date: "2022-06-28"
				    title: Leaders meet late in the month
				    participants: [{actor: a, role: participant}]
				    sources:
				      - {source: monthly-2022-06}
				observations:
				  - id: 2023-exports
				    indicator: exports
				    subject: a
				    value: 1
				    unit: USD billion
				    period: "2023"
				    sources:
				      - {source: yearbook-2022}
				sources:
				  - {id: monthly-2022-06, publisher: A Monthly, title: June, published: "2022-06", url: "https://example.org/m", type: news}
				  - {id: yearbook-2022, publisher: A Yearbook, title: Figures, published: "2022", url: "https://example.org/y", type: official}
				""");

		assertThat(SourcingCheck.check(facts)).extracting(Problem::field).containsExactly("observations[0].period");
	}

	@Test
	void checksClaimedDatesAndOfficesAgainstTheirOwnSources() {
		FactSet facts = read("""
				events:
				  - id: 2019-09-decision
				    type: announcement
				    date: "2019-08-12"
				    title: A decision
				    participants: [{actor: a, role: initiator}]
				    claims:
				      - {field: date, value: "2019-08-12", rank: preferred, sources: [{source: release-2019-08-12}]}
				      - {field: date, value: "2019-10", rank: normal, sources: [{source: release-2019-08-12}]}
				    sources:
				      - {source: release-2019-08-12}
				actors:
				  - id: a-minister
				    kind: person
				    name: A Minister
				    offices:
				      - {role: foreign_minister, of: a, start: "2019-08-01", end: "2019-09-01"}
				      - {role: trade_minister, of: a, start: "2020-01-01"}
				    sources:
				      - {source: release-2019-08-12}
				sources:
				  - {id: release-2019-08-12, publisher: A Ministry, title: Decision, published: "2019-08-12", url: "https://example.org/r", type: official}
				""");

		assertThat(SourcingCheck.check(facts)).extracting(Problem::field)
			.containsExactly("events[0].claims[1].value", "actors[0].offices[1].start");
	}

	@Test
	void findsGapsAndOverlapsButNotHandoversOrActingHolders() {
		FactSet facts = read("""
				actors:
				  - id: first
				    kind: person
				    name: First
				    offices:
				      - {role: president, of: a, title: President, start: "2020-01-01", end: "2020-03-31"}
				    sources: [{source: list}]
				  - id: second
				    kind: person
				    name: Second
				    offices:
				      - {role: president, of: a, title: President, start: "2020-03-31", end: "2020-06-30"}
				    sources: [{source: list}]
				  - id: stand-in
				    kind: person
				    name: Stand-in
				    offices:
				      - {role: president, of: a, title: Acting President, start: "2020-05-01", end: "2020-06-30"}
				    sources: [{source: list}]
				  - id: third
				    kind: person
				    name: Third
				    offices:
				      - {role: president, of: a, title: President, start: "2020-07-10"}
				    sources: [{source: list}]
				  - id: rival
				    kind: person
				    name: Rival
				    offices:
				      - {role: president, of: a, title: President, start: "2020-08-01", end: "2020-08-15"}
				    sources: [{source: list}]
				sources:
				  - {id: list, publisher: A Registry, title: Presidents, type: reference}
				""");

		List<Problem> problems = OfficeCoverage.check(facts, "president", "a", LocalDate.of(2020, 1, 1),
				LocalDate.of(2020, 12, 31));

		assertThat(problems).extracting(Problem::toString)
			.containsExactly("check.yaml:12: actors[1].offices[0]: nobody holds president of a from 2020-07-01 to"
					+ " 2020-07-09 (the term before ends 2020-06-30)",
					"check.yaml:30: actors[4].offices[0]: president of a has two holders from 2020-08-01: third"
							+ " (2020-07-10 - ) and rival (2020-08-01 - 2020-08-15); end one term where the other starts,"
							+ " or mark an acting holder's title \"Acting\"");
	}

	private static FactSet read(String yaml) {
		FactReading reading = FactReader.read(List.of(new FactFile("check.yaml", yaml)));
		assertThat(reading.problems()).isEmpty();
		return reading.facts();
	}

}
