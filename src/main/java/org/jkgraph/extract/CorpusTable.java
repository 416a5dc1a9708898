package org.jkgraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jkgraph.facts.FactDate;

/**
 * Reads the publication dates from a corpus folder's README table ({@code | file | publisher | title | published |}),
 * as ../shared/corpus/README.md keeps them. The published cell is prose ("March 2023, the day after the 16 March
 * Tokyo summit"), so it is read with the temporal normaliser: "the day after <date>" is that date plus one, otherwise
 * the first date outside parentheses (which hold side remarks such as pages read).
 */
public final class CorpusTable {

	private CorpusTable() {
	}

	/** File name to publication date; empty when the folder has no README table. */
	public static Map<String, FactDate> publicationDates(Path folder) {
		Path readme = folder.resolve("README.md");
		Map<String, FactDate> dates = new LinkedHashMap<>();
		if (!Files.isRegularFile(readme)) {
			return dates;
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(readme);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + readme, ex);
		}
		for (String line : lines) {
			String[] cells = line.split("\\|");
			if (cells.length >= 5 && cells[1].strip().endsWith(".txt")) {
				FactDate date = published(cells[cells.length - 1].isBlank() ? cells[cells.length - 2] : cells[4]);
				if (date != null) {
					dates.put(cells[1].strip(), date);
				}
			}
		}
		return dates;
	}

	static FactDate published(String cell) {
		String text = cell.replaceAll("\\([^)]*\\)", " ");
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
