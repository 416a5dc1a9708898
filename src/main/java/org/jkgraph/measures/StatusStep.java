package org.jkgraph.measures;

import java.time.LocalDate;

/**
 * One step in a measure's history: the {@code event} made {@code change} ({@code impose}, {@code suspend},
 * {@code lift}, …), which from {@code effective} (read with {@code effectivePrecision}) left the measure in
 * {@code status} ({@code announced}, {@code in_force}, {@code terminating}, {@code suspended} or {@code ended}).
 */
public record StatusStep(EventRef event, String change, String status, LocalDate effective,
		String effectivePrecision) {
}
