package org.jkgraph.extract;

import java.nio.file.Path;
import java.util.List;

import org.jkgraph.facts.FactDate;
import org.jkgraph.facts.MeasureChange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measure changes said by the measure's own predicate ({@link MeasureLifecycle}), read from sentences written for
 * these tests against the curated seeds: a measure that becomes operational, is set up or resumes, even
 * with no event trigger in the sentence; a measure continued changes nothing; a report dated only to the month takes
 * the curated change's effective day.
 */
class MeasureLifecycleTests {

	private static Extractor extractor;

	@BeforeAll
	static void extractor() {
		extractor = Extractor.fromSeeds(Path.of("seeds"));
	}

	/** What the extractor reads, merged with the curated events as in real use. */
	private static List<ExtractedEvent> read(String text, String published) {
		return extractor.extract(List.of(Document.of("test-news", text, FactDate.parse(published))), true, 0.5).events();
	}

	private static List<MeasureChange> changesOf(List<ExtractedEvent> events, String measure) {
		return events.stream().flatMap(e -> e.measures().stream()).filter(m -> m.measure().equals(measure)).toList();
	}

	@Test
	void aSystemNamedInOtherWordsThatBecomesOperationalEntersIntoForceThatDay() {
		List<ExtractedEvent> events = read("The three-way system for warning information on North Korean missiles "
				+ "became operational on Tuesday, according to Seoul's defence ministry.", "2023-12-20");

		// no trigger in the sentence: the measure's own predicate reports the change, a report of the curated one
		assertThat(changesOf(events, "trilateral-missile-warning-data-sharing"))
			.containsExactly(new MeasureChange("trilateral-missile-warning-data-sharing", "enter_into_force", null));
		assertThat(events).filteredOn(e -> !e.measures().isEmpty()).singleElement().satisfies(event -> {
			assertThat(event.type()).isEqualTo("security_cooperation");
			assertThat(event.supports()).isEqualTo("2023-12-19-missile-warning-data-sharing-activated");
		});
	}

	@Test
	void aBodySetUpUnderItsOwnNameIsEstablishedInTheMonthTheClauseGives() {
		List<ExtractedEvent> events = read("The Reconciliation and Healing Foundation was set up late last month in "
				+ "Seoul with money from Tokyo.", "2016-08-20");

		assertThat(changesOf(events, "reconciliation-and-healing-foundation-payments"))
			.containsExactly(new MeasureChange("reconciliation-and-healing-foundation-payments", "establish", null));
		assertThat(events).filteredOn(e -> !e.measures().isEmpty())
			.singleElement()
			.satisfies(event -> assertThat(event.supports()).isEqualTo("2016-07-28-reconciliation-and-healing-foundation-launched"));
	}

	@Test
	void theResumptionOfAMeasureNamedInANounPhraseIsTheCuratedResumptionOnTheDayOfItsClause() {
		List<ExtractedEvent> events = read("Officials in both capitals welcomed the resumption of shuttle diplomacy on "
				+ "May 7.", "2023-05-09");

		assertThat(changesOf(events, "shuttle-diplomacy"))
			.containsExactly(new MeasureChange("shuttle-diplomacy", "resume", null));
		assertThat(events).filteredOn(e -> !e.measures().isEmpty()).singleElement()
			.satisfies(event -> assertThat(event.supports()).isNotNull().startsWith("2023-05-07"));
	}

	@Test
	void otherWordsForACuratedMeasureMakeNoChangeTheCuratedDataLacks() {
		// the words name the curated data sharing, but it was switched on in 2023: no change of it on this day
		List<ExtractedEvent> events = read("The new system for warning of North Korean missiles was set up on March 3.",
				"2021-03-05");

		assertThat(changesOf(events, "trilateral-missile-warning-data-sharing")).isEmpty();
	}

	@Test
	void aChangeTheSentenceOnlyExpectsIsNoChange() {
		List<ExtractedEvent> events = read("The data-sharing system is expected to become operational in December.",
				"2023-06-01");

		assertThat(changesOf(events, "trilateral-missile-warning-data-sharing")).isEmpty();
	}

	@Test
	void agreeingToContinueAMeasureAnnouncesNoChangeOfIt() {
		List<ExtractedEvent> events = read("Takaichi and Lee agreed on Tuesday to continue their \u201cshuttle "
				+ "diplomacy\u201d of regular visits.", "2026-01-14");

		assertThat(changesOf(events, "shuttle-diplomacy")).isEmpty();
	}

	@Test
	void aReportDatedOnlyToTheMonthOfACuratedChangeTakesItsEffectiveDay() {
		List<ExtractedEvent> events = read("Japan put a curb on exports of chip chemicals to South Korea last July.",
				"2020-01-26");

		// the curated 1 July decision's curbs took effect on 4 July: a user of the graph sees that change
		assertThat(changesOf(events, "japan-export-controls-2019"))
			.containsExactly(new MeasureChange("japan-export-controls-2019", "impose", FactDate.parse("2019-07-04")));
	}

	@Test
	void aDayTheTextGivesForACuratedChangeStaysAsRead() {
		List<ExtractedEvent> events = read("On Thursday, Seoul decided to terminate its intelligence-sharing pact with "
				+ "Tokyo.", "2019-08-23");

		// the curated notice reached Tokyo a day later; the decision the text reports is dated by the text
		assertThat(changesOf(events, "gsomia")).extracting(MeasureChange::effective).containsOnlyNulls();
	}

}
