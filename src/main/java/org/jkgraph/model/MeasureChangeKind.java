package org.jkgraph.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The changes an event can make to a measure and the status each leaves it in: the one place that holds the
 * README's change table.
 */
public enum MeasureChangeKind {

	ANNOUNCE(MeasureStatus.ANNOUNCED),

	IMPOSE(MeasureStatus.IN_FORCE), TIGHTEN(MeasureStatus.IN_FORCE), SIGN(MeasureStatus.IN_FORCE),
	ENTER_INTO_FORCE(MeasureStatus.IN_FORCE), ESTABLISH(MeasureStatus.IN_FORCE), FILE(MeasureStatus.IN_FORCE),
	RESUME(MeasureStatus.IN_FORCE), RESTORE(MeasureStatus.IN_FORCE), EASE(MeasureStatus.IN_FORCE),
	SUSPEND_TERMINATION(MeasureStatus.IN_FORCE), WITHDRAW_TERMINATION(MeasureStatus.IN_FORCE),

	NOTIFY_TERMINATION(MeasureStatus.TERMINATING),

	SUSPEND(MeasureStatus.SUSPENDED),

	LIFT(MeasureStatus.ENDED), WITHDRAW(MeasureStatus.ENDED), TERMINATE(MeasureStatus.ENDED), END(MeasureStatus.ENDED),
	EXPIRE(MeasureStatus.ENDED), DISSOLVE(MeasureStatus.ENDED);

	private final MeasureStatus status;

	MeasureChangeKind(MeasureStatus status) {
		this.status = status;
	}

	/** The change as fact files write it: {@code notify_termination}, {@code lift}, … */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The status the measure is in after this change. */
	public MeasureStatus status() {
		return status;
	}

	public static Optional<MeasureChangeKind> byId(String id) {
		return Arrays.stream(values()).filter(change -> change.id().equals(id)).findFirst();
	}

	public static Set<String> ids() {
		return Arrays.stream(values()).map(MeasureChangeKind::id).collect(Collectors.toSet());
	}

}
