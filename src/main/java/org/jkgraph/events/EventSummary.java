package org.jkgraph.events;

import java.time.LocalDate;
import java.util.List;

/**
 * An event in a list. {@code date} is the first day it covers, read with {@code datePrecision} ({@code day},
 * {@code month}, {@code year}) and written as in the facts in {@code dateText}; {@code endDate} is set for events
 * that last. Its codes: PLOVER category and mode, CAMEO code, QuadClass and Goldstein score (none for records that
 * are no interaction, such as a poll). {@code place} is a place id.
 */
public record EventSummary(String id, LocalDate date, String datePrecision, String dateText, LocalDate endDate,
		String type, String title, String plover, String mode, String cameo, Integer quadClass, Double goldstein,
		Double confidence, String method, String place, List<Participant> participants) {
}
