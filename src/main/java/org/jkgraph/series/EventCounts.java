package org.jkgraph.series;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jkgraph.api.CsvTable;

/**
 * Events per period and group. {@code rows} are flat objects with the keys of {@code columns}, in that order (the
 * columns of the CSV form too), sorted by period, then count (highest first), then group. Every period from
 * {@code from} to {@code to} is there, for every group that has events in the range, with a count of 0 where none
 * happened; {@code from} and {@code to} are the first and last periods' days (the range of the events when the
 * request left them open).
 */
public record EventCounts(String interval, String by, LocalDate from, LocalDate to, String actor, List<String> types,
		List<String> columns, List<Row> rows) implements CsvTable {

	static final List<String> COLUMNS = List.of("period", "group", "count");

	/** One period and group; {@code group} is an event type, an actor id, or {@code all}. */
	@Schema(name = "EventCountRow")
	public record Row(LocalDate period, String group, long count) {
	}

	@Override
	public List<List<Object>> csvRows() {
		return rows.stream().map(row -> Arrays.<Object>asList(row.period(), row.group(), row.count())).toList();
	}

	@Override
	public String csvName() {
		return "events";
	}

}
