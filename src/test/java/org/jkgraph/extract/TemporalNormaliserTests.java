package org.jkgraph.extract;

import java.util.List;

import org.jkgraph.facts.FactDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Temporal expressions against a publication date of Friday 17 March 2023. */
class TemporalNormaliserTests {

	private static final FactDate FRIDAY = FactDate.parse("2023-03-17");

	private static List<String> dates(String text, FactDate published) {
		return TemporalNormaliser.find(Tokenizer.tokenize(text), published).stream()
			.map(t -> (t.date() != null ? t.date().text() : t.kind().name()) + (t.anchors() ? "" : " (bound)"))
			.toList();
	}

	@Test
	void resolvesAWeekdayToTheLastSuchDayOnOrBeforePublication() {
		assertThat(dates("They met on Thursday.", FRIDAY)).containsExactly("2023-03-16");
		assertThat(dates("They met on Friday.", FRIDAY)).containsExactly("2023-03-17");
		assertThat(dates("They met on Saturday.", FRIDAY)).containsExactly("2023-03-11");
	}

	@Test
	void resolvesRelativeYearsMonthsAndWeeksToTheirPrecision() {
		assertThat(dates("It grew last year.", FRIDAY)).containsExactly("2022");
		assertThat(dates("A deal earlier this month.", FRIDAY)).containsExactly("2023-03");
		assertThat(dates("A plan last week.", FRIDAY)).containsExactly("2023-03");
		assertThat(dates("They met in November.", FRIDAY)).containsExactly("2022-11");
		assertThat(dates("They met in March.", FRIDAY)).containsExactly("2023-03");
	}

	@Test
	void readsWrittenOutDatesWithTheirPrecision() {
		assertThat(dates("On March 6, 2023 they agreed.", FRIDAY)).containsExactly("2023-03-06");
		assertThat(dates("It took place on 16 March 2023.", FRIDAY)).containsExactly("2023-03-16");
		assertThat(dates("It visited on December 11, 2022.", null)).containsExactly("2022-12-11");
		assertThat(dates("In September 2019 it followed.", null)).containsExactly("2019-09");
		assertThat(dates("Tokyo imposed the curbs in 2019.", null)).containsExactly("2019");
	}

	@Test
	void marksPeriodBoundsAndLeavesDurationsAndRangesOut() {
		assertThat(dates("the first summit since 2011", FRIDAY)).containsExactly("2011 (bound)");
		assertThat(dates("the first visit in 12 years, after the 1910-1945 rule", FRIDAY)).isEmpty();
		assertThat(dates("It may happen.", FRIDAY)).isEmpty();
	}

	@Test
	void needsAPreciseEnoughPublicationDateForRelativeDays() {
		assertThat(dates("They met on Thursday.", FactDate.parse("2023-03"))).isEmpty();
		assertThat(dates("They met on Thursday.", null)).isEmpty();
	}

	@Test
	void findsAnaphoricDates() {
		assertThat(dates("Japan said the same day it would act.", FRIDAY)).containsExactly("ANAPHORIC");
	}

	@Test
	void readsTheCorpusTablesProse() {
		assertThat(CorpusTable.published("March 2023, the day after the 16 March Tokyo summit (\"on Thursday\")"))
			.hasToString("2023-03-17");
		assertThat(CorpusTable.published("16–17 March 2023 (\"on Thursday\" = 16 March 2023)")).hasToString("2023-03-16");
		assertThat(CorpusTable.published("March 2023 (cites pages read 6–18 March 2023)")).hasToString("2023-03");
		assertThat(CorpusTable.published("spring 2023")).hasToString("2023");
		assertThat(CorpusTable.published("14 August 2023")).hasToString("2023-08-14");
	}

}
