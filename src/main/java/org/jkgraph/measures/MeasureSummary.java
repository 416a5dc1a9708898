package org.jkgraph.measures;

import java.time.LocalDate;
import java.util.List;

/**
 * A measure and where it stood on a day: its {@code status} then (null before its first change), {@code since}
 * when, the step that put it there ({@code currentChange}), the step that first put it in force
 * ({@code firstInForce}, null if none had by then), and who imposes it, whom it targets and who is party to it.
 */
public record MeasureSummary(String id, String name, String kind, String status, LocalDate since,
		StatusStep currentChange, StatusStep firstInForce, List<ActorRef> imposedBy, List<ActorRef> targets,
		List<ActorRef> parties) {
}
