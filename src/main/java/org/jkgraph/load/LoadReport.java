package org.jkgraph.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a load: counts of facts per kind (source, actor, event, claim, …), relationships written and
 * removed, and the time it took.
 */
public record LoadReport(String loadId, String dataset, int files, Map<String, LoadCounts> facts,
		int relationshipsWritten, int relationshipsRemoved, Duration took, Map<String, List<String>> takenOver) {

	public LoadReport {
		takenOver = Map.copyOf(takenOver);
	}

	public LoadReport(String loadId, String dataset, int files, Map<String, LoadCounts> facts, int relationshipsWritten,
			int relationshipsRemoved, Duration took) {
		this(loadId, dataset, files, facts, relationshipsWritten, relationshipsRemoved, took, Map.of());
	}

	/** The same report, saying which facts it took over from which dataset ({@code --take-over}). */
	LoadReport withTakenOver(Map<String, List<String>> taken) {
		return new LoadReport(loadId, dataset, files, facts, relationshipsWritten, relationshipsRemoved, took, taken);
	}

	public LoadCounts total() {
		return facts.values().stream().reduce(LoadCounts.NONE, LoadCounts::plus);
	}

	public boolean changedAnything() {
		return total().changedAnything() || relationshipsWritten > 0 || relationshipsRemoved > 0;
	}

	/** A table for the console: one line per kind, then the totals. */
	public String summary() {
		StringBuilder out = new StringBuilder();
		out.append("%-12s %8s %8s %10s %8s%n".formatted("kind", "created", "updated", "unchanged", "removed"));
		facts.forEach((kind, c) -> out.append("%-12s %8d %8d %10d %8d%n".formatted(kind, c.created(), c.updated(),
				c.unchanged(), c.removed())));
		LoadCounts t = total();
		out.append("%-12s %8d %8d %10d %8d%n".formatted("total", t.created(), t.updated(), t.unchanged(), t.removed()));
		out.append("relationships written %d, removed %d; %d file(s) as dataset '%s' in %.1f s".formatted(
				relationshipsWritten, relationshipsRemoved, files, dataset, took.toMillis() / 1000.0));
		new java.util.TreeMap<>(takenOver).forEach((from, ids) -> out.append("%ntook over %d fact(s) of dataset '%s': %s"
			.formatted(ids.size(), from, String.join(", ", ids.stream().limit(20).toList()) + ((ids.size() > 20) ? ", …" : ""))));
		return out.toString();
	}

}
