package org.jkgraph.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A measure's status over time, derived from the events that change it (seeds/README.md, "measure"): each change
 * takes effect on its {@code effective} date when given, otherwise on the event's date, and on the first day of a
 * date known only to the month or year. On any day the measure is in the status its latest change up to that day
 * left it in.
 */
public record MeasureHistory(String measure, List<StatusChange> changes) {

	/** Changes by effective date; changes on the same day keep the order they were written in. */
	private static final Comparator<StatusChange> BY_EFFECTIVE = Comparator.comparing(StatusChange::effective);

	public MeasureHistory {
		changes = changes.stream().sorted(BY_EFFECTIVE).toList();
	}

	/** The history of every measure in {@code facts}, by measure id in file order. */
	public static Map<String, MeasureHistory> all(FactSet facts) {
		Map<String, MeasureHistory> histories = new LinkedHashMap<>();
		facts.all(MeasureFact.class)
			.stream()
			.filter(measure -> measure.id() != null)
			.forEach(measure -> histories.put(measure.id(), of(facts, measure.id())));
		return histories;
	}

	/** The history of one measure, which may also be one the graph holds and {@code facts} only changes. */
	public static MeasureHistory of(FactSet facts, String measure) {
		List<StatusChange> changes = new ArrayList<>();
		for (EventFact event : facts.all(EventFact.class)) {
			event.measures()
				.stream()
				.filter(change -> measure.equals(change.measure()))
				.forEach(change -> statusChange(event, change).ifPresent(changes::add));
		}
		return new MeasureHistory(measure, changes);
	}

	/** Empty for a change the reader already rejected (unknown change, no date to take effect on). */
	private static Optional<StatusChange> statusChange(EventFact event, MeasureChange change) {
		FactDate effective = (change.effective() != null) ? change.effective() : event.date();
		return MeasureChangeKind.byId(change.change())
			.filter(kind -> effective != null)
			.map(kind -> new StatusChange(effective.first(), kind.id(), kind.status().id(), event.id(),
					event.date()));
	}

	/** The day the measure first came into force; {@code null} if it never did. */
	public LocalDate validFrom() {
		return changes.stream().filter(StatusChange::inForce).map(StatusChange::effective).findFirst().orElse(null);
	}

	/** The day the measure ended; {@code null} while it holds or if it never came to an end. */
	public LocalDate validTo() {
		if (changes.isEmpty() || !changes.getLast().status().equals(MeasureStatus.ENDED.id())) {
			return null;
		}
		return changes.getLast().effective();
	}

	/** The status the latest change on or before {@code day} left the measure in; empty before its first change. */
	public Optional<String> status(LocalDate day) {
		return latest(day).map(StatusChange::status);
	}

	/** Whether the measure holds on {@code day}: its latest change by then left it in force or terminating. */
	public boolean inForce(LocalDate day) {
		return latest(day).map(StatusChange::inForce).orElse(false);
	}

	private Optional<StatusChange> latest(LocalDate day) {
		return changes.stream().filter(change -> !change.effective().isAfter(day)).reduce((first, second) -> second);
	}

}
