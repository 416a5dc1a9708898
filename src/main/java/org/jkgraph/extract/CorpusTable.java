package org.jkgraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jkgraph.facts.FactDate;

/**
 * Reads what a corpus folder's README table says about each file: publication date, publisher, title and URL. Columns
 * are found by their header names, so both tables the project has are read: ../shared/corpus-dev's
 * ({@code | file | published | publisher | title | url | note |}, ISO dates) and ../shared/corpus's
 * ({@code | file | publisher / author | title | published (as far as the text shows) |}, dates in prose). An ISO date
 * is taken as written; prose is read with the temporal normaliser ("the day after &lt;date&gt;" is that date plus one,
 * otherwise the first date outside parentheses). A date that cannot be read is an error naming the file and line:
 * a page without its date would lose every relative date in it, silently.
 */
public final class CorpusTable {

	/** One row: what the table says about a file; any of it may be null. */
	public record Entry(FactDate published, String publisher, String title, String url) {
	}

	private CorpusTable() {
	}

	/**
	 * File name to entry; empty when the folder has no README or its README no table with a {@code file} column.
	 * @throws IllegalArgumentException for a date that cannot be read, naming README.md and the line
	 */
	public static Map<String, Entry> read(Path folder) {
		Path readme = folder.resolve("README.md");
		Map<String, Entry> entries = new LinkedHashMap<>();
		if (!Files.isRegularFile(readme)) {
			return entries;
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(readme);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + readme, ex);
		}
		Map<String, Integer> columns = null;
		for (int n = 0; n < lines.size(); n++) {
			String line = lines.get(n).strip();
			if (!line.startsWith("|")) {
				columns = null;
				continue;
			}
			List<String> cells = cells(line);
			if (columns == null) {
				columns = header(cells);
				continue;
			}
			Integer file = columns.get("file");
			if (file == null || file >= cells.size() || !cells.get(file).endsWith(".txt")) {
				continue;
			}
			String where = readme + ":" + (n + 1);
			FactDate published = null;
			String cell = cell(cells, columns.get("published"));
			if (cell != null) {
				published = published(cell);
				if (published == null) {
					throw new IllegalArgumentException(where + ": published: cannot read '" + cell + "' as a date (write"
							+ " YYYY-MM-DD, YYYY-MM or YYYY)");
				}
			}
			entries.put(cells.get(file), new Entry(published, cell(cells, columns.get("publisher")),
					title(cell(cells, columns.get("title"))), cell(cells, columns.get("url"))));
		}
		return entries;
	}

	/** File name to publication date, for callers that need only the dates. */
	public static Map<String, FactDate> publicationDates(Path folder) {
		Map<String, FactDate> dates = new LinkedHashMap<>();
		read(folder).forEach((file, entry) -> {
			if (entry.published() != null) {
				dates.put(file, entry.published());
			}
		});
		return dates;
	}

	/** Header cell to column: "publisher / author" is the publisher, "published (as far as …)" the date. */
	private static Map<String, Integer> header(List<String> cells) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			String name = cells.get(i).toLowerCase(Locale.ROOT);
			for (String known : List.of("file", "published", "publisher", "title", "url")) {
				if (name.equals(known) || name.startsWith(known + " ") || name.startsWith(known + "/")) {
					columns.putIfAbsent(known, i);
				}
			}
		}
		return columns;
	}

	private static List<String> cells(String line) {
		String inner = line.substring(1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
		List<String> cells = new ArrayList<>();
		for (String cell : inner.split("\\|", -1)) {
			cells.add(cell.strip());
		}
		return cells;
	}

	private static String cell(List<String> cells, Integer column) {
		if (column == null || column >= cells.size() || cells.get(column).isBlank() || cells.get(column).matches("-+")) {
			return null;
		}
		return cells.get(column);
	}

	/** "[headline from URL slug] Japan drops …": the bracket says where the title came from, not part of it. */
	private static String title(String cell) {
		if (cell == null) {
			return null;
		}
		String title = cell.replaceFirst("^\\[[^\\]]*\\]\\s*", "").strip();
		return title.isEmpty() ? null : title;
	}

	static FactDate published(String cell) {
		String text = cell.strip();
		if (text.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
			try {
				return FactDate.parse(text);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		if (text.matches(".*\\b\\d{1,4}[/.]\\d{1,2}[/.]\\d{1,4}\\b.*")) {
			// 24/07/2019 or 07.24.2019: day and month cannot be told apart safely
			return null;
		}
		text = text.replaceAll("\\([^)]*\\)", " ");
		List<Token> tokens = Tokenizer.tokenize(text);
		List<TimeExpression> plain = TemporalNormaliser.find(tokens, null);
		FactDate first = plain.stream().map(TimeExpression::date).filter(d -> d != null).findFirst().orElse(null);
		for (int i = 0; i + 2 < tokens.size(); i++) {
			if (tokens.get(i).is("day") && tokens.get(i + 1).is("after")) {
				for (TimeExpression expression : TemporalNormaliser.find(tokens.subList(i + 2, tokens.size()), first)) {
					if (expression.date() != null && expression.date().precision() == org.jkgraph.facts.Precision.DAY) {
						return FactDate.parse(expression.date().first().plusDays(1).toString());
					}
				}
			}
		}
		return first;
	}

}
