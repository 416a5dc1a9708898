package org.jkgraph.events;

import java.time.LocalDate;
import java.util.List;

/**
 * An event on a timeline: from {@code date} (its first day, read with {@code datePrecision}) to {@code dateEnd}
 * (the last day it covers), its type, codes (PLOVER, CAMEO, QuadClass, Goldstein) and title, and the ids of its
 * participants.
 */
public record TimelineEntry(String id, LocalDate date, String datePrecision, String dateText, LocalDate dateEnd,
		String type, String plover, String cameo, Integer quadClass, Double goldstein, String title,
		List<String> participants) {
}
