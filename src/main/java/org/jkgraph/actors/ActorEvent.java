package org.jkgraph.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * An event an actor took part in, with the roles it had. {@code date} is the first day the event covers, read with
 * {@code datePrecision} ({@code day}, {@code month}, {@code year}); {@code endDate} is set for events that last. Its
 * codes: PLOVER category, CAMEO code, QuadClass and Goldstein score.
 */
public record ActorEvent(String id, LocalDate date, String datePrecision, String dateText, LocalDate endDate,
		String type, String title, String plover, String cameo, Integer quadClass, Double goldstein,
		List<String> roles) {
}
