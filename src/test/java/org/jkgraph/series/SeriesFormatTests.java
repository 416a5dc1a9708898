package org.jkgraph.series;

import java.time.LocalDate;
import java.util.List;

import org.jkgraph.api.BadParameterException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Periods, the choice between JSON and CSV, and CSV cells. */
class SeriesFormatTests {

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
	void theFormatParameterWinsOverTheAcceptHeader() {
		assertThat(SeriesFormat.of("csv", "application/json")).isEqualTo(SeriesFormat.CSV);
		assertThat(SeriesFormat.of("json", "text/csv")).isEqualTo(SeriesFormat.JSON);
		assertThatThrownBy(() -> SeriesFormat.of("xml", null)).isInstanceOf(BadParameterException.class);
	}

	@Test
	void theAcceptHeaderChoosesByQualityAndDefaultsToJson() {
		assertThat(SeriesFormat.of(null, "text/csv")).isEqualTo(SeriesFormat.CSV);
		assertThat(SeriesFormat.of(null, "application/json;q=0.5, text/csv")).isEqualTo(SeriesFormat.CSV);
		assertThat(SeriesFormat.of(null, "application/json, text/csv")).isEqualTo(SeriesFormat.JSON);
		assertThat(SeriesFormat.of(null, "text/csv;q=0.2, application/json")).isEqualTo(SeriesFormat.JSON);
		assertThat(SeriesFormat.of(null, "*/*")).isEqualTo(SeriesFormat.JSON);
		assertThat(SeriesFormat.of(null, null)).isEqualTo(SeriesFormat.JSON);
		assertThat(SeriesFormat.of(null, "not a media type")).isEqualTo(SeriesFormat.JSON);
	}

	@Test
	void writesCsvWithAHeaderQuotedCellsAndEmptyMissingValues() {
		Csv.Row row = () -> java.util.Arrays.asList(LocalDate.of(2023, 1, 1), "a \"quoted\", group", null);
		assertThat(Csv.write(List.of("period", "group", "count"), List.of(row)))
			.isEqualTo("period,group,count\r\n2023-01-01,\"a \"\"quoted\"\", group\",\r\n");
	}

}
