package org.jkgraph.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a measure stands after a change; see {@link MeasureChangeKind} for which change leads where. */
public enum MeasureStatus {

	/** Agreed or planned, not yet in effect. */
	ANNOUNCED(false),
	IN_FORCE(true),
	/** Notice to end it has been given; it holds until it ends. */
	TERMINATING(true),
	SUSPENDED(false),
	ENDED(false);

	private final boolean inForce;

	MeasureStatus(boolean inForce) {
		this.inForce = inForce;
	}

	/** The status as the README and the graph write it: {@code in_force}, {@code terminating}, … */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether the measure holds while in this status. */
	public boolean inForce() {
		return inForce;
	}

	public static Optional<MeasureStatus> byId(String id) {
		return Arrays.stream(values()).filter(status -> status.id().equals(id)).findFirst();
	}

}
