package org.jkgraph.facts;

import java.util.Map;

/**
 * Where a fact was written: its file and line, its path in the file ({@code events[3]}; empty on a JSON Lines
 * fact) and the line of each of its fields, so that later checks can point at the exact field they reject.
 */
public record Origin(String file, int line, String path, Map<String, Integer> lines) {

	public Origin {
		path = (path != null) ? path : "";
		lines = Map.copyOf(lines);
	}

	/** For facts that were not read from a file with field lines (built in code or in tests). */
	public Origin(String file, int line) {
		this(file, line, "", Map.of());
	}

	/**
	 * The line of {@code field}, given relative to the fact ({@code participants[1].actor}); a field that was not
	 * written (a missing one) falls back to its nearest enclosing field and finally to the fact's own line.
	 */
	public int lineOf(String field) {
		String candidate = field;
		while (!candidate.isEmpty()) {
			Integer found = lines.get(candidate);
			if (found != null) {
				return found;
			}
			int parent = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
			candidate = candidate.substring(0, Math.max(parent, 0));
		}
		return line;
	}

	/** The path of {@code field} in the file: {@code events[3].participants[1].actor}. */
	public String pathOf(String field) {
		if (path.isEmpty() || field.isEmpty()) {
			return path + field;
		}
		return path + "." + field;
	}

	/** A problem with {@code field} (relative to the fact) of the fact written here. */
	public Problem problem(String field, String message) {
		return new Problem(file, lineOf(field), pathOf(field), message);
	}

	@Override
	public String toString() {
		return file + ":" + line;
	}

}
