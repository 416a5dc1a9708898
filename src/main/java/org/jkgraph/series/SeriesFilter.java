package org.jkgraph.series;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jkgraph.api.FactFilter;
import org.jkgraph.events.EventCodes;

/**
 * Which events a series counts, checked: an actor taking part, event types, the events' codes and which facts
 * count. The period is the series' {@code Range}.
 */
record SeriesFilter(String actor, List<String> types, EventCodes codes, FactFilter facts) {

	static final String INTERVAL = "Period length; periods are named by their first day (a week by its Monday)";

	static final String FROM = "First day, as YYYY, YYYY-MM or YYYY-MM-DD (the first day it covers); open: the first "
			+ "period with events";

	static final String TO = "Last day, as YYYY, YYYY-MM or YYYY-MM-DD (the last day it covers); open: the last period "
			+ "with events";

	static final String ACTOR = "Only events this actor took part in (actor id)";

	static final String TYPE = "Only events of these types (comma-separated or repeated, from the event-type vocabulary)";

	Map<String, Object> parameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("actor", actor);
		parameters.put("types", types);
		codes.addTo(parameters);
		return facts.addTo(parameters);
	}

}
