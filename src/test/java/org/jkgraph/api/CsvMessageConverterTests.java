package org.jkgraph.api;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tables as RFC 4180 CSV: a header row, quoted cells where needed, empty cells for missing values, CRLF. */
class CsvMessageConverterTests {

	@Test
	void writesCsvWithAHeaderQuotedCellsAndEmptyMissingValues() {
		CsvTable table = new CsvTable() {

			@Override
			public List<String> columns() {
				return List.of("period", "group", "count", "sources");
			}

			@Override
			public List<List<Object>> csvRows() {
				return List.of(Arrays.asList(LocalDate.of(2023, 1, 1), "a \"quoted\", group", null, List.of("a", "b")));
			}

			@Override
			public String csvName() {
				return "test";
			}

		};
		assertThat(CsvMessageConverter.write(table))
			.isEqualTo("period,group,count,sources\r\n2023-01-01,\"a \"\"quoted\"\", group\",,a;b\r\n");
	}

}
