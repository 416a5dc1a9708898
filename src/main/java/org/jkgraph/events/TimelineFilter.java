package org.jkgraph.events;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jkgraph.api.DateParameters;

/** Whose or what timeline: actors that must all take part, and/or a topic, within an optional period. */
record TimelineFilter(List<String> actors, String topic, LocalDate from, LocalDate to) {

	static TimelineFilter of(List<String> actors, String topic, String from, String to) {
		LocalDate first = DateParameters.from("from", from);
		LocalDate last = DateParameters.to("to", to);
		DateParameters.checkOrder(first, last);
		return new TimelineFilter(EventFilter.actors(actors), EventFilter.blankToNull(topic), first, last);
	}

	Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("actors", actors);
		parameters.put("topic", topic);
		parameters.put("from", from);
		parameters.put("to", to);
		return parameters;
	}

}
