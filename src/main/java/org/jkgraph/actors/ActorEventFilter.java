package org.jkgraph.actors;

import java.time.LocalDate;
import java.util.List;

import org.jkgraph.api.BadParameterException;
import org.jkgraph.api.DateParameters;
import org.jkgraph.facts.EventTypes;

/**
 * The filters of an actor's events, validated: event types from the vocabulary, and a period whose {@code from} is
 * the first day its value covers and {@code to} the last.
 */
record ActorEventFilter(List<String> types, LocalDate from, LocalDate to) {

	static ActorEventFilter of(List<String> types, String from, String to, EventTypes vocabulary) {
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
		return new ActorEventFilter(given, first, last);
	}

}
