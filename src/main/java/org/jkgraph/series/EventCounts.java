package org.jkgraph.series;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Events per period and group. {@code rows} are flat objects with the keys of {@code columns}, in that order (the
 * columns of the CSV form too), sorted by period, then count (highest first), then group. Periods without events
 * are left out. The request's filters are echoed; {@code from} and {@code to} are null when open.
 */
public record EventCounts(String interval, String by, LocalDate from, LocalDate to, String actor, List<String> types,
		List<String> columns, List<Row> rows) {

	static final List<String> COLUMNS = List.of("period", "group", "count");

	/** One period and group; {@code group} is an event type, an actor id, or {@code all}. */
	@Schema(name = "EventCountRow")
	public record Row(LocalDate period, String group, long count) implements Csv.Row {

		@Override
		public List<Object> cells() {
			return Arrays.asList(period, group, count);
		}

	}

}
