package org.jkgraph.load;

import java.time.Duration;
import java.util.Map;

/**
 * The outcome of a load: counts of facts per kind (source, actor, event, claim, …), relationships written and
 * removed, and the time it took.
 */
public record LoadReport(String loadId, String dataset, int files, Map<String, LoadCounts> facts,
		int relationshipsWritten, int relationshipsRemoved, Duration took) {

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
		return out.toString();
	}

}
