package org.jkgraph.api;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes a {@link CsvTable} as RFC 4180 CSV in UTF-8: a header row of the column names, then one line per row,
 * CRLF line ends, empty cells for missing values, quotes where a cell holds a comma, quote or line break. Spring's
 * content negotiation chooses it for {@code text/csv}.
 */
public class CsvMessageConverter extends AbstractHttpMessageConverter<CsvTable> {

	public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	public CsvMessageConverter() {
		super(StandardCharsets.UTF_8, TEXT_CSV);
	}

	@Override
	protected boolean supports(Class<?> type) {
		return CsvTable.class.isAssignableFrom(type);
	}

	@Override
	protected boolean canRead(MediaType mediaType) {
		return false;
	}

	@Override
	protected CsvTable readInternal(Class<? extends CsvTable> type, HttpInputMessage input) {
		throw new HttpMessageNotReadableException("CSV is only written", input);
	}

	@Override
	protected void writeInternal(CsvTable table, HttpOutputMessage output) throws IOException {
		output.getHeaders().set(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + table.csvName() + ".csv\"");
		Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
		writer.write(write(table));
		writer.flush();
	}

	static String write(CsvTable table) {
		StringBuilder csv = new StringBuilder();
		line(csv, table.columns());
		table.csvRows().forEach(row -> line(csv, row));
		return csv.toString();
	}

	private static void line(StringBuilder csv, List<?> cells) {
		csv.append(cells.stream().map(CsvMessageConverter::cell).collect(Collectors.joining(","))).append("\r\n");
	}

	/** Empty for a missing value; quoted when the text holds a comma, quote or line break. */
	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = (value instanceof List<?> list)
				? list.stream().map(String::valueOf).collect(Collectors.joining(";")) : value.toString();
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
