package org.jkgraph.actors;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jkgraph.api.FactFilter;
import org.jkgraph.api.GraphReader;
import org.jkgraph.api.Page;
import org.jkgraph.api.Paging;

import org.springframework.stereotype.Component;

/** Reads actors with the named queries in {@code cypher/queries/actors/}. */
@Component
class ActorQueries {

	private static final String LIST = "actors/list";

	private static final String BY_ID = "actors/by_id";

	private static final String EVENTS = "actors/events";

	private static final String RELATIONS = "actors/relations";

	private final GraphReader reader;

	ActorQueries(GraphReader reader) {
		this.reader = reader;
		reader.require(LIST, BY_ID, EVENTS, RELATIONS);
	}

	Page<ActorSummary> list(ActorFilter filter, Paging paging) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("kind", filter.kind());
		parameters.put("country", filter.country());
		parameters.put("q", filter.q());
		filter.facts().addTo(parameters);
		return reader.page(LIST, parameters, paging, ActorSummary.class).orElseThrow();
	}

	Optional<ActorDetails> byId(String id) {
		return reader.single(BY_ID, Map.of("id", id, "statuses", FactFilter.DEFAULT_STATUSES), row -> row.as(ActorDetails.class));
	}

	/** Empty when there is no actor with that id. */
	Optional<Page<ActorEvent>> events(String id, ActorEventFilter filter, Paging paging) {
		Map<String, Object> parameters = filter.parameters();
		parameters.put("id", id);
		return reader.page(EVENTS, parameters, paging, ActorEvent.class);
	}

	/** Empty when there is no actor with that id. */
	Optional<ActorRelations> relations(String id, RelationFilter filter, Paging paging) {
		Map<String, Object> parameters = filter.parameters();
		parameters.put("id", id);
		return reader.page(RELATIONS, parameters, paging, ActorRelation.class)
			.map(page -> new ActorRelations(id, filter.from(), filter.to(), ActorRelations.COUNTING, page.items(),
					page.page(), page.size(), page.total()));
	}

}
