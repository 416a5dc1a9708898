package org.jkgraph.series;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;

import org.jkgraph.api.BadParameterException;

/**
 * The length of the periods of a series. A period is named by its first day: the day itself, the Monday of its ISO
 * week, the first of its month or year (as Cypher's {@code date.truncate} gives them).
 */
enum Interval {

	DAY, WEEK, MONTH, YEAR;

	static Interval of(String value) {
		if (value == null || value.isBlank()) {
			return MONTH;
		}
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadParameterException("interval", "interval must be one of "
					+ Arrays.stream(values()).map(Interval::id).toList() + ", was '" + value + "'");
		}
	}

	/** The unit for Cypher's {@code date.truncate}. */
	String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	LocalDate start(LocalDate date) {
		return switch (this) {
			case DAY -> date;
			case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case MONTH -> date.withDayOfMonth(1);
			case YEAR -> date.withDayOfYear(1);
		};
	}

	/** The first day of the period after the one {@code start} begins. */
	LocalDate next(LocalDate start) {
		return switch (this) {
			case DAY -> start.plusDays(1);
			case WEEK -> start.plusWeeks(1);
			case MONTH -> start.plusMonths(1);
			case YEAR -> start.plusYears(1);
		};
	}

	/** The last day of the period {@code start} begins. */
	LocalDate end(LocalDate start) {
		return next(start).minusDays(1);
	}

	/** How many periods the days {@code from} … {@code to} touch. */
	long periods(LocalDate from, LocalDate to) {
		LocalDate first = start(from);
		LocalDate last = start(to);
		return 1 + switch (this) {
			case DAY -> ChronoUnit.DAYS.between(first, last);
			case WEEK -> ChronoUnit.WEEKS.between(first, last);
			case MONTH -> ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(last));
			case YEAR -> ChronoUnit.YEARS.between(first, last);
		};
	}

}
