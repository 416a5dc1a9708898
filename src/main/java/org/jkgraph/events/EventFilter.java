package org.jkgraph.events;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jkgraph.api.BadParameterException;
import org.jkgraph.api.DateParameters;
import org.jkgraph.api.FactFilter;
import org.jkgraph.facts.EventTypes;

/**
 * The filters of the event lists, checked: types from the vocabulary, a period ({@code from} is the first day its
 * value covers, {@code to} the last), actors that must all take part, a place, a topic, a least confidence, the
 * events' codes, and which facts count (sources cited, method). A blank value means no filter.
 */
record EventFilter(List<String> types, LocalDate from, LocalDate to, List<String> actors, String place, String topic,
		Double minConfidence, EventCodes codes, FactFilter facts) {

	static final int MAX_ACTORS = 10;

	/** Every event. */
	static EventFilter all() {
		return new EventFilter(List.of(), null, null, List.of(), null, null, null, EventCodes.ANY, FactFilter.ALL);
	}

	static EventFilter of(List<String> types, String from, String to, List<String> actors, String place, String topic,
			Double minConfidence, EventCodes codes, FactFilter facts, EventTypes vocabulary) {
		LocalDate first = DateParameters.from("from", from);
		LocalDate last = DateParameters.to("to", to);
		DateParameters.checkOrder(first, last);
		return new EventFilter(types(types, vocabulary), first, last, actors(actors), blankToNull(place),
				blankToNull(topic), minConfidence, codes, facts);
	}

	/** The parameters of the queries in {@code cypher/queries/events/} and {@code timeline/}. */
	Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("types", types);
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("actors", actors);
		parameters.put("place", place);
		parameters.put("topic", topic);
		parameters.put("minConfidence", minConfidence);
		codes.addTo(parameters);
		return facts.addTo(parameters);
	}

	/** Event types, each of which must be in the vocabulary. */
	static List<String> types(List<String> types, EventTypes vocabulary) {
		List<String> given = values(types).stream().distinct().toList();
		for (String type : given) {
			if (!vocabulary.contains(type)) {
				throw new BadParameterException("type", "type '" + type + "' is not an event type of the vocabulary");
			}
		}
		return given;
	}

	/** Actor ids, at most {@value #MAX_ACTORS} of them. */
	static List<String> actors(List<String> actors) {
		List<String> given = values(actors).stream().distinct().toList();
		if (given.size() > MAX_ACTORS) {
			throw new BadParameterException("actor",
					"at most " + MAX_ACTORS + " actor parameters are allowed, were " + given.size());
		}
		return given;
	}

	static List<String> values(List<String> values) {
		return (values != null) ? values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList()
				: List.of();
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
