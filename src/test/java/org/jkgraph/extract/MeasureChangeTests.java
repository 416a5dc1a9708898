package org.jkgraph.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jkgraph.facts.FactDate;
import org.jkgraph.facts.MeasureChange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measure changes read from text written for these tests: curated measures named in other words, measures seeds lack
 * as candidate measures, and the day a change takes effect.
 */
class MeasureChangeTests {

	private static Extractor extractor;

	@BeforeAll
	static void extractor() {
		extractor = Extractor.fromSeeds(Path.of("seeds"));
	}

	private static Extraction extract(String text, String published) {
		return extractor.extract(List.of(Document.of("test-news", text, FactDate.parse(published))), false, 0.5);
	}

	private static List<MeasureChange> changes(Extraction extraction, String type) {
		return extraction.events().stream().filter(e -> e.type().equals(type)).flatMap(e -> e.measures().stream()).toList();
	}

	private static List<Map<String, Object>> measureFacts(Extraction extraction) {
		return extraction.facts().stream().filter(fact -> "measure".equals(fact.get("fact"))).toList();
	}

	@Test
	void aMeasureSeedsLackBecomesACandidateMeasureNamedByWhatTheVerbBans() {
		Extraction extraction = extract("China banned seafood from Japan on Thursday.", "2023-08-25");

		assertThat(extraction.measures()).singleElement().satisfies(measure -> {
			assertThat(measure.name()).isEqualTo("ban on seafood from Japan");
			assertThat(measure.kind()).isEqualTo("sanction");
			assertThat(measure.imposedBy()).containsExactly("china");
			assertThat(measure.targets()).containsExactly("japan");
		});
		String id = extraction.measures().getFirst().id();
		// "from Japan on Thursday" names where the seafood comes from, not a day the ban takes effect
		assertThat(changes(extraction, "sanctions")).containsExactly(new MeasureChange(id, "impose", null));
		assertThat(measureFacts(extraction)).singleElement().satisfies(fact -> {
			assertThat(fact).containsEntry("id", id).containsEntry("kind", "sanction")
				.containsEntry("name", "Ban on seafood from Japan").containsEntry("status", "candidate")
				.containsEntry("method", "extracted").containsEntry("imposedBy", List.of("china"))
				.containsEntry("targets", List.of("japan"));
		});
	}

	@Test
	void theObjectOfAChangeVerbNamesTheCandidateMeasureAndItsHeadNounItsKind() {
		Extraction extraction = extract("Japan suspended talks on a currency swap with South Korea on Friday.",
				"2017-01-07");

		assertThat(extraction.measures()).singleElement().satisfies(measure -> {
			assertThat(measure.name()).isEqualTo("talks on a currency swap");
			assertThat(measure.kind()).isEqualTo("diplomatic_channel");
		});
		assertThat(changes(extraction, "pact_termination"))
			.containsExactly(new MeasureChange(extraction.measures().getFirst().id(), "suspend", null));
		// a channel between the two is theirs: its sides are its parties
		assertThat(measureFacts(extraction)).singleElement()
			.satisfies(fact -> assertThat(fact).containsEntry("parties", List.of("japan", "south-korea")));
	}

	@Test
	void aCuratedMeasureNamedInOtherWordsIsThatMeasureAndNoCandidate() {
		Extraction extraction = extract("Seoul suspended its agreement on intelligence-sharing with Tokyo on Thursday.",
				"2019-08-23");

		assertThat(changes(extraction, "pact_termination")).containsExactly(new MeasureChange("gsomia", "suspend", null));
		assertThat(extraction.measures()).isEmpty();
		assertThat(measureFacts(extraction)).isEmpty();
	}

	@Test
	void aCapitalInAMeasurePhraseSaysWhoseTheMeasureIsNotWhichOneItIs() {
		// the curated Gimpo-Haneda air route runs "between Seoul and Tokyo"; a pact with Tokyo is not that route
		Extraction extraction = extract("Seoul suspended its military pact with Tokyo on Thursday.", "2019-08-23");

		assertThat(changes(extraction, "pact_termination")).containsExactly(new MeasureChange("gsomia", "suspend", null));
	}

	@Test
	void aMeasureWhoseSidesDoNotFitACuratedOneIsNeverJoinedToIt() {
		// Japan imposes the curated export controls; restrictions South Korea lifts are another measure
		Extraction extraction = extract("South Korea lifted its entry restrictions on Japanese travellers on Tuesday.",
				"2022-10-12");

		assertThat(changes(extraction, "controls_eased")).singleElement()
			.satisfies(change -> assertThat(change.measure()).isEqualTo(extraction.measures().getFirst().id())
				.doesNotContain("export-controls"));
		assertThat(extraction.measures()).singleElement()
			.satisfies(measure -> assertThat(measure.name()).isEqualTo("entry restrictions on Japanese travellers"));
	}

	@Test
	void theRestrictionsReferToTheMeasureTheTextNamedLast() {
		Extraction extraction = extract("Japan imposed export controls on South Korea in July 2019.\n"
				+ "On March 16, 2023, Tokyo lifted the restrictions.", "2023-03-17");

		assertThat(changes(extraction, "controls_eased"))
			.containsExactly(new MeasureChange("japan-export-controls-2019", "lift", null));
		assertThat(extraction.measures()).isEmpty();
	}

	@Test
	void aMeasureNounAloneNamesNoNewMeasure() {
		Extraction extraction = extract("Japan lifted the sanctions on Thursday.", "2023-03-17");

		assertThat(extraction.measures()).isEmpty();
		assertThat(extraction.events()).allSatisfy(event -> assertThat(event.measures()).isEmpty());
	}

	@Test
	void aLaterSentenceSayingTheChangeTakesEffectOnADayGivesItsEffectiveDate() {
		Extraction extraction = extract("Japan removed South Korea from its white list on Friday.\n"
				+ "The removal takes effect on Aug. 28.", "2019-08-03");

		assertThat(changes(extraction, "trade_status_downgrade")).containsExactly(
				new MeasureChange("japan-white-list-removal-2019", "impose", FactDate.parse("2019-08-28")));
		assertThat(extraction.events()).singleElement()
			.satisfies(event -> assertThat(event.date()).isEqualTo(FactDate.parse("2019-08-02")));
	}

	@Test
	void becomesEffectiveOnADayGivesTheEffectiveDateNotTheEventsDate() {
		Extraction extraction = extract("Japan removed South Korea from its white list on Friday, and the change "
				+ "becomes effective on Aug. 28.", "2019-08-03");

		assertThat(extraction.events()).singleElement().satisfies(event -> {
			assertThat(event.date()).isEqualTo(FactDate.parse("2019-08-02"));
			assertThat(event.measures()).containsExactly(
					new MeasureChange("japan-white-list-removal-2019", "impose", FactDate.parse("2019-08-28")));
		});
	}

	@Test
	void asOfADayGivesTheEffectiveDate() {
		Extraction extraction = extract("Japan on Friday removed South Korea from its white list as of Aug. 28.",
				"2019-08-03");

		assertThat(changes(extraction, "trade_status_downgrade")).containsExactly(
				new MeasureChange("japan-white-list-removal-2019", "impose", FactDate.parse("2019-08-28")));
	}

	@Test
	void fromADayGivesTheEffectiveDate() {
		Extraction extraction = extract("Japan on Friday removed South Korea from its white list from Aug. 28.",
				"2019-08-03");

		assertThat(changes(extraction, "trade_status_downgrade")).containsExactly(
				new MeasureChange("japan-white-list-removal-2019", "impose", FactDate.parse("2019-08-28")));
	}

	@Test
	void takingEffectOnADayGivesTheEffectiveDate() {
		Extraction extraction = extract("Japan on Friday removed South Korea from its white list, with the change "
				+ "taking effect on Aug. 28.", "2019-08-03");

		assertThat(changes(extraction, "trade_status_downgrade")).containsExactly(
				new MeasureChange("japan-white-list-removal-2019", "impose", FactDate.parse("2019-08-28")));
	}

	@Test
	void aCandidateMeasuresNameAgreesWithTheGoldsWhenTheyShareTwoWordsNamingNoCountry() {
		MeasureScoring scoring = new MeasureScoring(Set.of("japan", "china", "chinese", "japanese", "korea", "south"),
				MeasureScoring.CuratedNames.NONE);
		CandidateMeasure ban = new CandidateMeasure("m", "sanction", "ban on seafood from Japan", "ban", List.of(),
				List.of(), List.of());

		assertThat(scoring.sameMeasure(ban, "China's ban on seafood imports from Japan")).isTrue();
		assertThat(scoring.sameMeasure(ban, "Japan's ban on Chinese steel")).isFalse();
		assertThat(scoring.sameMeasure(ban, "Ban on travel to Japan")).isFalse();
	}

}
