package org.jkgraph.series;

import java.time.LocalDate;

import org.jkgraph.api.BadParameterException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Periods: how they are named, counted and stepped through. */
class IntervalTests {

	@Test
	void namesEachPeriodByItsFirstDay() {
		LocalDate thursday = LocalDate.of(2023, 3, 16);
		assertThat(Interval.DAY.start(thursday)).isEqualTo(thursday);
		assertThat(Interval.WEEK.start(thursday)).isEqualTo(LocalDate.of(2023, 3, 13));
		assertThat(Interval.MONTH.start(thursday)).isEqualTo(LocalDate.of(2023, 3, 1));
		assertThat(Interval.YEAR.start(thursday)).isEqualTo(LocalDate.of(2023, 1, 1));
	}

	@Test
	void countsThePeriodsARangeTouches() {
		LocalDate from = LocalDate.of(2019, 7, 1);
		LocalDate to = LocalDate.of(2023, 3, 16);
		assertThat(Interval.YEAR.periods(from, to)).isEqualTo(5);
		assertThat(Interval.MONTH.periods(from, to)).isEqualTo(45);
		assertThat(Interval.DAY.periods(from, from)).isEqualTo(1);
		// Sunday to Monday crosses into a second ISO week.
		assertThat(Interval.WEEK.periods(LocalDate.of(2023, 3, 12), LocalDate.of(2023, 3, 13))).isEqualTo(2);
		assertThat(Interval.DAY.periods(LocalDate.of(2014, 1, 1), LocalDate.of(2023, 12, 31))).isEqualTo(3652);
	}

	@Test
	void rejectsUnknownIntervalsAndDefaultsToMonths() {
		assertThat(Interval.of(null)).isEqualTo(Interval.MONTH);
		assertThat(Interval.of("Week")).isEqualTo(Interval.WEEK);
		assertThatThrownBy(() -> Interval.of("hour")).isInstanceOfSatisfying(BadParameterException.class,
				ex -> assertThat(ex.getMessage()).contains("[day, week, month, year]"));
	}

	@Test
	void stepsFromPeriodToPeriod() {
		assertThat(Interval.WEEK.next(LocalDate.of(2023, 3, 13))).isEqualTo(LocalDate.of(2023, 3, 20));
		assertThat(Interval.MONTH.end(LocalDate.of(2024, 2, 1))).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(Interval.YEAR.next(LocalDate.of(2019, 1, 1))).isEqualTo(LocalDate.of(2020, 1, 1));
	}

}
