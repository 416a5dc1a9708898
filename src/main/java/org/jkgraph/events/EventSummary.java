package org.jkgraph.events;

import java.time.LocalDate;
import java.util.List;

/**
 * An event in a list. {@code date} is the first day it covers, read with {@code datePrecision} ({@code day},
 * {@code month}, {@code year}) and written as in the facts in {@code dateText}; {@code endDate} is set for events
 * that last. {@code place} is a place id.
 */
public record EventSummary(String id, LocalDate date, String datePrecision, String dateText, LocalDate endDate,
		String type, String title, Double confidence, String method, String place, List<Participant> participants) {
}
