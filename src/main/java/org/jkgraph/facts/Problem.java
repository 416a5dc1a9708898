package org.jkgraph.facts;

import java.util.Comparator;

/**
 * A mistake in the fact files, located by file, line and field (a path such as
 * {@code events[3].participants[1].actor}, list indexes counted from 0). Problems sort by file, then line.
 */
public record Problem(String file, int line, String field, String message) implements Comparable<Problem> {

	private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
		.thenComparingInt(Problem::line)
		.thenComparing(Problem::field)
		.thenComparing(Problem::message);

	public Problem {
		field = (field != null) ? field : "";
	}

	@Override
	public int compareTo(Problem other) {
		return ORDER.compare(this, other);
	}

	/** {@code file:line: field: message}; problems about a whole file (a syntax error) have no field. */
	@Override
	public String toString() {
		return file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + message;
	}

}
