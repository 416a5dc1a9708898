package org.jkgraph.series;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jkgraph.api.CsvTable;

/**
 * The cooperation index per period, from the events that have a Goldstein score. {@code rows} are flat objects
 * with the keys of {@code columns}, in that order (the columns of the CSV form too), sorted by period. Every period
 * from {@code from} to {@code to} is there: one without such events has 0 events and no mean.
 */
public record Cooperation(String interval, LocalDate from, LocalDate to, String actor, List<String> columns,
		List<Row> rows) implements CsvTable {

	static final List<String> COLUMNS = List.of("period", "events", "goldstein_mean", "quad1", "quad2", "quad3",
			"quad4");

	/**
	 * One period: the number of scored events, their mean Goldstein score (-10 … +10; null when there were none) and
	 * how many fell in each CAMEO QuadClass (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
	 * 4 material conflict).
	 */
	@Schema(name = "CooperationRow")
	public record Row(LocalDate period, long events, @JsonProperty("goldstein_mean") Double goldsteinMean, long quad1,
			long quad2, long quad3, long quad4) {

		static Row empty(LocalDate period) {
			return new Row(period, 0, null, 0, 0, 0, 0);
		}

	}

	@Override
	public List<List<Object>> csvRows() {
		return rows.stream()
			.map(row -> Arrays.<Object>asList(row.period(), row.events(), row.goldsteinMean(), row.quad1(), row.quad2(),
					row.quad3(), row.quad4()))
			.toList();
	}

	@Override
	public String csvName() {
		return "cooperation";
	}

}
