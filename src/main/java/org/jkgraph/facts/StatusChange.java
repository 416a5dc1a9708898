package org.jkgraph.facts;

import java.time.LocalDate;

/**
 * One step in a measure's history: on {@code effective} the event {@code eventId} (dated {@code eventDate}) made
 * {@code change} ({@code impose}, {@code lift}, …), leaving the measure in {@code status} ({@code in_force}, …).
 */
public record StatusChange(LocalDate effective, String change, String status, String eventId, FactDate eventDate) {

	/** Whether the measure holds after this change. */
	public boolean inForce() {
		return MeasureStatus.byId(status).map(MeasureStatus::inForce).orElse(false);
	}

}
