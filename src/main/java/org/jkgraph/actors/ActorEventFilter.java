package org.jkgraph.actors;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jkgraph.api.BadParameterException;
import org.jkgraph.api.DateParameters;
import org.jkgraph.api.FactFilter;
import org.jkgraph.events.EventCodes;
import org.jkgraph.facts.EventTypes;

/**
 * The filters of an actor's events, checked: event types from the vocabulary, a period whose {@code from} is the
 * first day its value covers and {@code to} the last, the events' codes, and which facts count.
 */
record ActorEventFilter(List<String> types, LocalDate from, LocalDate to, EventCodes codes, FactFilter facts) {

	static ActorEventFilter of(List<String> types, String from, String to, EventCodes codes, FactFilter facts,
			EventTypes vocabulary) {
		List<String> given = (types != null) ? types.stream().filter(t -> !t.isBlank()).map(String::strip).toList()
				: List.of();
		for (String type : given) {
			if (!vocabulary.contains(type)) {
				throw new BadParameterException("type", "type '" + type + "' is not an event type of the vocabulary");
			}
		}
		LocalDate first = DateParameters.from("from", from);
		LocalDate last = DateParameters.to("to", to);
		DateParameters.checkOrder(first, last);
		return new ActorEventFilter(given, first, last, codes, facts);
	}

	Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("types", types);
		parameters.put("from", from);
		parameters.put("to", to);
		codes.addTo(parameters);
		return facts.addTo(parameters);
	}

}
