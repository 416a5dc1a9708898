package org.jkgraph.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jkgraph.api.ActorCheck;
import org.jkgraph.api.BadParameterException;
import org.jkgraph.api.DateParameters;
import org.jkgraph.api.FactFilter;
import org.jkgraph.api.GraphReader;
import org.jkgraph.events.EventCodes;
import org.jkgraph.facts.EventTypes;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of events and the cooperation index per period. Every period between the first and the last is in the
 * answer, with zero counts where nothing happened, so a dashboard draws a gap as a gap. A range may span at most
 * {@value #MAX_PERIODS} periods and a series have at most {@value #MAX_ROWS} rows (periods times groups).
 */
@Service
@Transactional(readOnly = true)
public class EventSeries {

	/** Ten years of days. */
	public static final int MAX_PERIODS = 3660;

	/** Periods times groups: ten years of days for one group, or a hundred years of months for forty event types. */
	public static final int MAX_ROWS = 50_000;

	static final List<String> GROUPINGS = List.of("type", "actor");

	private static final String COUNTS = "series/event_counts";

	private static final String COOPERATION = "series/cooperation";

	private final GraphReader reader;

	private final EventTypes vocabulary;

	private final ActorCheck actors;

	public EventSeries(GraphReader reader, ActorCheck actors, EventTypes vocabulary) {
		this.reader = reader;
		this.actors = actors;
		this.vocabulary = vocabulary;
		reader.require(COUNTS, COOPERATION);
	}

	EventCounts counts(EventCountsRequest request) {
		Range range = range(request.interval(), request.from(), request.to());
		String grouping = grouping(request.by());
		SeriesFilter filter = filter(request.actor(), request.type(), EventCodes.of(request.plover(), request.cameo(),
				request.quadClass(), request.minGoldstein(), request.maxGoldstein(), vocabulary),
				FactFilter.of(request.source(), request.method(), request.status(),
				request.include()));
		Map<String, Object> parameters = range.parameters(filter);
		parameters.put("by", grouping);
		List<EventCounts.Row> found = reader.list(COUNTS, parameters, row -> new EventCounts.Row(
				row.get("period").asLocalDate(), row.get("group").asString(), row.get("count").asLong()));
		List<LocalDate> periods = range.periods(found.stream().map(EventCounts.Row::period).toList());
		Set<String> groups = new LinkedHashSet<>();
		if (grouping == null && !periods.isEmpty()) {
			groups.add("all");
		}
		found.forEach(row -> groups.add(row.group()));
		checkRows("by", (long) periods.size() * groups.size());
		Map<LocalDate, Map<String, Long>> counts = new HashMap<>();
		found.forEach(row -> counts.computeIfAbsent(row.period(), p -> new HashMap<>()).put(row.group(), row.count()));
		List<EventCounts.Row> rows = new ArrayList<>();
		for (LocalDate period : periods) {
			Map<String, Long> inPeriod = counts.getOrDefault(period, Map.of());
			groups.stream()
				.map(group -> new EventCounts.Row(period, group, inPeriod.getOrDefault(group, 0L)))
				.sorted(Comparator.comparingLong(EventCounts.Row::count).reversed().thenComparing(EventCounts.Row::group))
				.forEach(rows::add);
		}
		return new EventCounts(range.interval().id(), grouping, first(periods), last(range, periods), filter.actor(),
				filter.types().isEmpty() ? null : filter.types(), EventCounts.COLUMNS, rows);
	}

	Cooperation cooperation(CooperationRequest request) {
		Range range = range(request.interval(), request.from(), request.to());
		SeriesFilter filter = filter(request.actor(), request.type(), EventCodes.of(request.plover(), request.cameo(),
				request.quadClass(), request.minGoldstein(), request.maxGoldstein(), vocabulary),
				FactFilter.of(request.source(), request.method(), request.status(),
				request.include()));
		Map<LocalDate, Cooperation.Row> found = new LinkedHashMap<>();
		reader.list(COOPERATION, range.parameters(filter),
				row -> new Cooperation.Row(row.get("period").asLocalDate(), row.get("events").asLong(),
						row.get("goldsteinMean").asDouble(), row.get("quad1").asLong(), row.get("quad2").asLong(),
						row.get("quad3").asLong(), row.get("quad4").asLong()))
			.forEach(row -> found.put(row.period(), row));
		List<LocalDate> periods = range.periods(List.copyOf(found.keySet()));
		List<Cooperation.Row> rows = periods.stream()
			.map(period -> found.getOrDefault(period, Cooperation.Row.empty(period)))
			.toList();
		return new Cooperation(range.interval().id(), first(periods), last(range, periods), filter.actor(),
				Cooperation.COLUMNS, rows);
	}

	private SeriesFilter filter(String actor, List<String> types, EventCodes codes, FactFilter facts) {
		return new SeriesFilter(actors.existing(actor), eventTypes(types), codes, facts);
	}

	private static LocalDate first(List<LocalDate> periods) {
		return periods.isEmpty() ? null : periods.getFirst();
	}

	private static LocalDate last(Range range, List<LocalDate> periods) {
		return periods.isEmpty() ? null : range.interval().end(periods.getLast());
	}

	private static void checkRows(String parameter, long rows) {
		if (rows > MAX_ROWS) {
			throw new BadParameterException(parameter, "the series would have " + rows + " rows (periods × groups); at "
					+ "most " + MAX_ROWS + " are allowed (use a longer interval, a shorter range or fewer groups)");
		}
	}

	private static Range range(String intervalText, String fromText, String toText) {
		Interval interval = Interval.of(intervalText);
		LocalDate from = DateParameters.from("from", fromText);
		LocalDate to = DateParameters.to("to", toText);
		DateParameters.checkOrder(from, to);
		Range range = new Range(interval, from, to);
		if (from != null && to != null) {
			range.checkPeriods(from, to);
		}
		return range;
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

	/** Empty for "every type"; otherwise the named types, each one from the vocabulary. */
	private List<String> eventTypes(List<String> types) {
		List<String> named = (types == null) ? List.of()
				: types.stream().map(String::strip).filter(type -> !type.isEmpty()).distinct().toList();
		for (String type : named) {
			if (vocabulary.byId(type).isEmpty()) {
				throw new BadParameterException("type",
						"type: '" + type + "' is not an event type of seeds/vocabulary/event-types.yaml");
			}
		}
		return named;
	}

	/** The periods asked for; an open end is the first or last period with events. */
	private record Range(Interval interval, LocalDate from, LocalDate to) {

		Map<String, Object> parameters(SeriesFilter filter) {
			Map<String, Object> parameters = new LinkedHashMap<>();
			parameters.put("interval", interval.id());
			parameters.put("from", from);
			parameters.put("to", to);
			parameters.putAll(filter.parameters());
			return parameters;
		}

		/** Every period from the first to the last, the open ends taken from the periods that have events. */
		List<LocalDate> periods(List<LocalDate> withEvents) {
			LocalDate first = (from != null) ? interval.start(from)
					: withEvents.stream().min(Comparator.naturalOrder()).orElse(null);
			LocalDate last = (to != null) ? interval.start(to)
					: withEvents.stream().max(Comparator.naturalOrder()).orElse(null);
			if (first == null || last == null) {
				return List.of();
			}
			checkPeriods(first, last);
			List<LocalDate> periods = new ArrayList<>();
			for (LocalDate period = first; !period.isAfter(last); period = interval.next(period)) {
				periods.add(period);
			}
			return periods;
		}

		void checkPeriods(LocalDate first, LocalDate last) {
			long periods = interval.periods(first, last);
			if (periods > MAX_PERIODS) {
				throw new BadParameterException((to != null) ? "to" : "from", "from … to spans " + periods
						+ " periods at interval=" + interval.id() + "; at most " + MAX_PERIODS + " are allowed (narrow "
						+ "the range, give from and to, or use a longer interval)");
			}
		}

	}

}
