package org.jkgraph.facts;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FactDateTests {

	@Test
	void aDayLiesWithinItsMonthButAMonthNotWithinOneOfItsDays() {
		assertThat(FactDate.parse("2019-07-04").within(FactDate.parse("2019-07"))).isTrue();
		assertThat(FactDate.parse("2019-07").within(FactDate.parse("2019"))).isTrue();
		assertThat(FactDate.parse("2019-07").within(FactDate.parse("2019-07-04"))).isFalse();
		assertThat(FactDate.parse("2019-08-01").within(FactDate.parse("2019-07"))).isFalse();
	}

	@Test
	void readsAYearAsTheWholeYear() {
		assertThat(FactDate.parse("2019")).isEqualTo(
				new FactDate(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), Precision.YEAR, "2019"));
	}

	@Test
	void readsAMonthAsTheWholeMonth() {
		assertThat(FactDate.parse("2019-07")).isEqualTo(
				new FactDate(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 7, 31), Precision.MONTH, "2019-07"));
		assertThat(FactDate.parse("2020-02").last()).isEqualTo(LocalDate.of(2020, 2, 29));
	}

	@Test
	void readsADayAsThatDay() {
		FactDate day = FactDate.parse("2019-07-01");

		assertThat(day.precision()).isEqualTo(Precision.DAY);
		assertThat(day.first()).isEqualTo(day.last()).isEqualTo(LocalDate.of(2019, 7, 1));
		assertThat(day).hasToString("2019-07-01");
	}

	@Test
	void coversTheDaysOfItsPeriod() {
		FactDate month = FactDate.parse("2023-03");

		assertThat(month.covers(LocalDate.of(2023, 3, 1))).isTrue();
		assertThat(month.covers(LocalDate.of(2023, 3, 31))).isTrue();
		assertThat(month.covers(LocalDate.of(2023, 4, 1))).isFalse();
		assertThat(month.covers(LocalDate.of(2023, 2, 28))).isFalse();
	}

	@Test
	void endsBeforeAnotherDateOnlyWhenItsWholePeriodDoes() {
		assertThat(FactDate.parse("2020-04-30").endsBefore(FactDate.parse("2020-05"))).isTrue();
		assertThat(FactDate.parse("2020-05-31").endsBefore(FactDate.parse("2020-05"))).isFalse();
		assertThat(FactDate.parse("2020").endsBefore(FactDate.parse("2020-12-31"))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2019-02-30", "2019-13", "2019-00-10", "2021-02-29" })
	void rejectsImpossibleDates(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> FactDate.parse(text))
			.withMessage("'" + text + "' is an impossible date");
	}

	@ParameterizedTest
	@ValueSource(strings = { "19", "2019-7-1", "July 2019", "2019-07-01T10:00", "" })
	void rejectsOtherForms(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> FactDate.parse(text))
			.withMessageContaining("is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)");
	}

}
