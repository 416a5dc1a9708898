package org.jkgraph.actors;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.jkgraph.api.BadParameterException;
import org.jkgraph.api.DateParameters;
import org.jkgraph.api.FactFilter;

/**
 * Which relations of an actor to list ({@code null}: all), over which period, counting which facts, and how many
 * occasion and event ids each may carry.
 */
record RelationFilter(String relation, LocalDate from, LocalDate to, int eventLimit, FactFilter facts) {

	static final int DEFAULT_EVENT_LIMIT = 20;

	static final int MAX_EVENT_LIMIT = 100;

	static RelationFilter of(String relation, LocalDate from, LocalDate to, Integer eventLimit, FactFilter facts) {
		String wanted = ActorListRequest.blankToNull(relation);
		if (wanted != null && !ActorRelation.RELATIONS.contains(wanted)) {
			throw new BadParameterException("relation", "relation must be one of "
					+ String.join(", ", ActorRelation.RELATIONS) + ", was '" + relation + "'");
		}
		DateParameters.checkOrder(from, to);
		return new RelationFilter(wanted, from, to, (eventLimit != null) ? eventLimit : DEFAULT_EVENT_LIMIT, facts);
	}

	Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("relation", relation);
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("eventLimit", eventLimit);
		return facts.addTo(parameters);
	}

}
