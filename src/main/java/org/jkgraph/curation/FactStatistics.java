package org.jkgraph.curation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jkgraph.facts.ActorFact;
import org.jkgraph.facts.EventFact;
import org.jkgraph.facts.Fact;
import org.jkgraph.facts.FactDate;
import org.jkgraph.facts.FactKind;
import org.jkgraph.facts.FactSet;
import org.jkgraph.facts.MeasureChange;
import org.jkgraph.facts.MeasureFact;
import org.jkgraph.facts.ObservationFact;
import org.jkgraph.facts.Office;
import org.jkgraph.facts.SourceFact;

/**
 * How many facts of each kind fall in each year. A fact's year is the one it is about: an event's date, an
 * observation's period, a source's publication, a measure's first change (the earliest event that changes it). Actors,
 * places and topics have no year; the offices actors hold are counted apart, in the year each term began.
 *
 * @param byYear counts per year and column, years ascending
 * @param undated counts of the facts that have no year, per column
 */
public record FactStatistics(SortedMap<Integer, Map<String, Integer>> byYear, Map<String, Integer> undated) {

	/** The column of office terms, which are parts of actor facts rather than facts of their own. */
	public static final String OFFICES = "offices";

	/** The columns in order: one per fact kind, then the office terms. */
	public static final List<String> COLUMNS = columns();

	public FactStatistics {
		SortedMap<Integer, Map<String, Integer>> years = new TreeMap<>();
		byYear.forEach((year, counts) -> years.put(year, Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
		byYear = Collections.unmodifiableSortedMap(years);
		undated = Collections.unmodifiableMap(new LinkedHashMap<>(undated));
	}

	private static List<String> columns() {
		List<String> columns = new ArrayList<>();
		for (FactKind kind : FactKind.values()) {
			columns.add(kind.name().toLowerCase(Locale.ROOT));
		}
		columns.add(OFFICES);
		return List.copyOf(columns);
	}

	public static FactStatistics of(FactSet facts) {
		Map<String, FactDate> firstChange = firstChanges(facts);
		SortedMap<Integer, Map<String, Integer>> byYear = new TreeMap<>();
		Map<String, Integer> undated = new LinkedHashMap<>();
		for (Fact fact : facts.all()) {
			String column = fact.kind().name().toLowerCase(Locale.ROOT);
			FactDate date = switch (fact) {
				case EventFact event -> event.date();
				case ObservationFact observation -> observation.period();
				case SourceFact source -> source.published();
				case MeasureFact measure -> firstChange.get(measure.id());
				default -> null;
			};
			if (date != null) {
				add(byYear.computeIfAbsent(date.first().getYear(), year -> new LinkedHashMap<>()), column);
			}
			else {
				add(undated, column);
			}
			if (fact instanceof ActorFact actor) {
				for (Office office : actor.offices()) {
					if (office.start() != null) {
						add(byYear.computeIfAbsent(office.start().first().getYear(), year -> new LinkedHashMap<>()),
								OFFICES);
					}
				}
			}
		}
		return new FactStatistics(byYear, undated);
	}

	private static void add(Map<String, Integer> counts, String column) {
		counts.merge(column, 1, Integer::sum);
	}

	/** The earliest date on which an event changes each measure (the change's effective date, else the event's). */
	private static Map<String, FactDate> firstChanges(FactSet facts) {
		Map<String, FactDate> first = new LinkedHashMap<>();
		for (EventFact event : facts.all(EventFact.class)) {
			for (MeasureChange change : event.measures()) {
				FactDate date = (change.effective() != null) ? change.effective() : event.date();
				if (date == null) {
					continue;
				}
				first.merge(change.measure(), date,
						(known, candidate) -> candidate.first().isBefore(known.first()) ? candidate : known);
			}
		}
		return first;
	}

	/** The count of {@code column} in {@code year} (0 when none). */
	public int count(int year, String column) {
		return byYear.getOrDefault(year, Map.of()).getOrDefault(column, 0);
	}

	/** The total of a column over all years and the undated facts. */
	public int total(String column) {
		int total = undated.getOrDefault(column, 0);
		for (Map<String, Integer> counts : byYear.values()) {
			total += counts.getOrDefault(column, 0);
		}
		return total;
	}

	/**
	 * A plain-text table: a row per year from {@code from} to {@code to} (every year in between, empty ones included,
	 * so gaps show), then rows for earlier and later years when there are any, the undated facts and the totals.
	 * {@code from} and {@code to} may be null for the first and last year that has facts.
	 */
	public String table(Integer from, Integer to) {
		int first = (from != null) ? from : (byYear.isEmpty() ? 0 : byYear.firstKey());
		int last = (to != null) ? to : (byYear.isEmpty() ? -1 : byYear.lastKey());
		List<String[]> rows = new ArrayList<>();
		Map<String, Integer> before = sum(byYear.headMap(first));
		Map<String, Integer> after = sum(byYear.tailMap(last + 1));
		if (!before.isEmpty()) {
			rows.add(row("before " + first, before));
		}
		for (int year = first; year <= last; year++) {
			rows.add(row(Integer.toString(year), byYear.getOrDefault(year, Map.of())));
		}
		if (!after.isEmpty()) {
			rows.add(row("after " + last, after));
		}
		rows.add(row("undated", undated));
		Map<String, Integer> totals = new LinkedHashMap<>();
		COLUMNS.forEach(column -> totals.put(column, total(column)));
		rows.add(row("total", totals));
		return format(rows);
	}

	private static Map<String, Integer> sum(SortedMap<Integer, Map<String, Integer>> years) {
		Map<String, Integer> sum = new LinkedHashMap<>();
		years.values().forEach(counts -> counts.forEach((column, count) -> sum.merge(column, count, Integer::sum)));
		return sum;
	}

	private static String[] row(String label, Map<String, Integer> counts) {
		String[] cells = new String[COLUMNS.size() + 2];
		cells[0] = label;
		int facts = 0;
		for (int i = 0; i < COLUMNS.size(); i++) {
			int count = counts.getOrDefault(COLUMNS.get(i), 0);
			cells[i + 1] = Integer.toString(count);
			if (!OFFICES.equals(COLUMNS.get(i))) {
				facts += count;
			}
		}
		cells[cells.length - 1] = Integer.toString(facts);
		return cells;
	}

	private static String format(List<String[]> rows) {
		List<String> header = new ArrayList<>();
		header.add("year");
		header.addAll(COLUMNS);
		header.add("facts");
		int[] widths = new int[header.size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = header.get(i).length();
			for (String[] row : rows) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		StringBuilder out = new StringBuilder();
		line(out, header.toArray(String[]::new), widths);
		rows.forEach(row -> line(out, row, widths));
		return out.toString();
	}

	private static void line(StringBuilder out, String[] cells, int[] widths) {
		for (int i = 0; i < cells.length; i++) {
			if (i == 0) {
				out.append(String.format("%-" + widths[i] + "s", cells[i]));
			}
			else {
				out.append("  ").append(String.format("%" + widths[i] + "s", cells[i]));
			}
		}
		out.append('\n');
	}

}
