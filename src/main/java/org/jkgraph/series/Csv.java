package org.jkgraph.series;

import java.util.List;
import java.util.stream.Collectors;

/** Writes a table as RFC 4180 CSV: a header row of the column names, then one line per row, CRLF line ends. */
final class Csv {

	private Csv() {
	}

	static String write(List<String> columns, List<? extends Row> rows) {
		StringBuilder csv = new StringBuilder();
		line(csv, columns);
		rows.forEach(row -> line(csv, row.cells()));
		return csv.toString();
	}

	private static void line(StringBuilder csv, List<?> cells) {
		csv.append(cells.stream().map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
	}

	/** Empty for a missing value; quoted when the text holds a comma, quote or line break. */
	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	/** A row of a series, its cells in the order of the series' columns. */
	interface Row {

		List<Object> cells();

	}

}
