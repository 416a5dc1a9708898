package org.jkgraph.observations;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jkgraph.api.CitedSource;
import org.jkgraph.api.CsvTable;

/**
 * One page of observations, paged as every list is; as CSV, one line per observation with the ids of its
 * sources joined by {@code ;}.
 */
public record Observations(List<Observation> items, int page, int size, long total) implements CsvTable {

	static final List<String> COLUMNS = List.of("id", "indicator", "subject", "counterpart", "period",
			"period_precision", "value", "unit", "sources");

	@JsonProperty("hasNext")
	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	@Override
	public List<String> columns() {
		return COLUMNS;
	}

	@Override
	public List<List<Object>> csvRows() {
		return items.stream()
			.map(o -> Arrays.<Object>asList(o.id(), o.indicator(), o.subject().id(),
					(o.counterpart() != null) ? o.counterpart().id() : null, o.periodText(), o.periodPrecision(),
					o.value(), o.unit(), o.sources().stream().map(CitedSource::id).distinct().toList()))
			.toList();
	}

	@Override
	public String csvName() {
		return "observations";
	}

}
