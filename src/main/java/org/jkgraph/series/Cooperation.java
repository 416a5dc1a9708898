package org.jkgraph.series;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The cooperation index per period, from the events that have a Goldstein score. {@code rows} are flat objects
 * with the keys of {@code columns}, in that order (the columns of the CSV form too), sorted by period. Periods
 * without such events are left out.
 */
public record Cooperation(String interval, LocalDate from, LocalDate to, String actor, List<String> columns,
		List<Row> rows) {

	static final List<String> COLUMNS = List.of("period", "events", "goldstein_mean", "quad1", "quad2", "quad3",
			"quad4");

	/**
	 * One period: the number of scored events, their mean Goldstein score (-10 … +10) and how many fell in each CAMEO
	 * QuadClass (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
	 */
	@Schema(name = "CooperationRow")
	public record Row(LocalDate period, long events, @JsonProperty("goldstein_mean") double goldsteinMean, long quad1,
			long quad2, long quad3, long quad4) implements Csv.Row {

		@Override
		public List<Object> cells() {
			return Arrays.asList(period, events, goldsteinMean, quad1, quad2, quad3, quad4);
		}

	}

}
