package org.jkgraph.series;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jkgraph.api.BadParameterException;
import org.jkgraph.api.DateParameters;
import org.jkgraph.api.GraphReader;
import org.jkgraph.api.NotFoundException;
import org.jkgraph.facts.EventTypes;

import org.springframework.stereotype.Service;

/**
 * Counts of events and the cooperation index per period. Empty periods are left out rather than zero-filled, so a
 * series never has more rows than there are events (times groups). A closed range may span at most
 * {@value #MAX_PERIODS} periods.
 */
@Service
public class EventSeries {

	/** Ten years of days. */
	public static final int MAX_PERIODS = 3660;

	static final List<String> GROUPINGS = List.of("type", "actor");

	private static final String COUNTS = "series/event_counts";

	private static final String COOPERATION = "series/cooperation";

	private static final String ACTOR = "series/actor";

	private final GraphReader reader;

	private final EventTypes vocabulary;

	public EventSeries(GraphReader reader, EventTypes vocabulary) {
		this.reader = reader;
		this.vocabulary = vocabulary;
		reader.require(COUNTS, COOPERATION, ACTOR);
	}

	public EventCounts counts(String interval, String by, String from, String to, String actor, List<String> types) {
		Range range = range(interval, from, to);
		String grouping = grouping(by);
		String actorId = actor(actor);
		List<String> eventTypes = eventTypes(types);
		Map<String, Object> parameters = range.parameters(actorId);
		parameters.put("by", grouping);
		parameters.put("types", eventTypes);
		List<EventCounts.Row> rows = reader.list(COUNTS, parameters, row -> new EventCounts.Row(
				row.get("period").asLocalDate(), row.get("group").asString(), row.get("count").asLong()));
		return new EventCounts(range.interval().id(), grouping, range.from(), range.to(), actorId, eventTypes,
				EventCounts.COLUMNS, rows);
	}

	public Cooperation cooperation(String interval, String from, String to, String actor) {
		Range range = range(interval, from, to);
		String actorId = actor(actor);
		Map<String, Object> parameters = range.parameters(actorId);
		List<Cooperation.Row> rows = reader.list(COOPERATION, parameters,
				row -> new Cooperation.Row(row.get("period").asLocalDate(), row.get("events").asLong(),
						row.get("goldsteinMean").asDouble(), row.get("quad1").asLong(), row.get("quad2").asLong(),
						row.get("quad3").asLong(), row.get("quad4").asLong()));
		return new Cooperation(range.interval().id(), range.from(), range.to(), actorId, Cooperation.COLUMNS, rows);
	}

	private static Range range(String intervalText, String fromText, String toText) {
		Interval interval = Interval.of(intervalText);
		LocalDate from = DateParameters.from("from", fromText);
		LocalDate to = DateParameters.to("to", toText);
		DateParameters.checkOrder(from, to);
		if (from != null && to != null && interval.periods(from, to) > MAX_PERIODS) {
			throw new BadParameterException("to", "from … to spans " + interval.periods(from, to) + " periods at interval="
					+ interval.id() + "; at most " + MAX_PERIODS + " are allowed (narrow the range or use a longer interval)");
		}
		return new Range(interval, from, to);
	}

	private static String grouping(String by) {
		if (by == null || by.isBlank()) {
			return null;
		}
		String grouping = by.strip().toLowerCase(Locale.ROOT);
		if (!GROUPINGS.contains(grouping)) {
			throw new BadParameterException("by", "by must be one of " + GROUPINGS + ", was '" + by + "'");
		}
		return grouping;
	}

	/** Null for "every type"; otherwise the named types, each one from the vocabulary. */
	private List<String> eventTypes(List<String> types) {
		List<String> named = (types == null) ? List.of()
				: types.stream().map(String::strip).filter(type -> !type.isEmpty()).distinct().toList();
		for (String type : named) {
			if (vocabulary.byId(type).isEmpty()) {
				throw new BadParameterException("type",
						"type: '" + type + "' is not an event type of seeds/vocabulary/event-types.yaml");
			}
		}
		return named.isEmpty() ? null : named;
	}

	/** The actor filter, checked: an unknown actor is a 404, not an empty series. */
	private String actor(String actor) {
		if (actor == null || actor.isBlank()) {
			return null;
		}
		String id = actor.strip();
		reader.single(ACTOR, Map.of("actor", id), row -> row.get("id").asString())
			.orElseThrow(() -> new NotFoundException("actor", id));
		return id;
	}

	private record Range(Interval interval, LocalDate from, LocalDate to) {

		Map<String, Object> parameters(String actor) {
			Map<String, Object> parameters = new LinkedHashMap<>();
			parameters.put("interval", interval.id());
			parameters.put("from", from);
			parameters.put("to", to);
			parameters.put("actor", actor);
			return parameters;
		}

	}

}
