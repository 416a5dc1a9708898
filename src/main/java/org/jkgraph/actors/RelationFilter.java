package org.jkgraph.actors;

import org.jkgraph.api.BadParameterException;

/** Which relations of an actor to list ({@code null}: all) and how many event ids each may carry. */
record RelationFilter(String relation, int eventLimit) {

	static final int DEFAULT_EVENT_LIMIT = 20;

	static final int MAX_EVENT_LIMIT = 100;

	static RelationFilter of(String relation, Integer eventLimit) {
		String wanted = ActorFilter.blankToNull(relation);
		if (wanted != null && !ActorRelation.RELATIONS.contains(wanted)) {
			throw new BadParameterException("relation", "relation must be one of "
					+ String.join(", ", ActorRelation.RELATIONS) + ", was '" + relation + "'");
		}
		int limit = (eventLimit != null) ? eventLimit : DEFAULT_EVENT_LIMIT;
		if (limit < 1 || limit > MAX_EVENT_LIMIT) {
			throw new BadParameterException("eventLimit",
					"eventLimit must be between 1 and " + MAX_EVENT_LIMIT + ", was " + limit);
		}
		return new RelationFilter(wanted, limit);
	}

}
