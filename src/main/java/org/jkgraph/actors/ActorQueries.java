package org.jkgraph.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jkgraph.api.GraphReader;
import org.jkgraph.api.Page;
import org.jkgraph.api.Paging;
import org.neo4j.driver.Record;

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
		Map<String, Object> parameters = parameters(paging);
		parameters.put("kind", filter.kind());
		parameters.put("country", filter.country());
		parameters.put("q", filter.q());
		return page(LIST, parameters, paging, ActorSummary.class).orElseThrow();
	}

	Optional<ActorDetails> byId(String id) {
		return reader.single(BY_ID, Map.of("id", id), row -> row.as(ActorDetails.class));
	}

	/** Empty when there is no actor with that id. */
	Optional<Page<ActorEvent>> events(String id, ActorEventFilter filter, Paging paging) {
		Map<String, Object> parameters = parameters(paging);
		parameters.put("id", id);
		parameters.put("types", filter.types());
		parameters.put("from", filter.from());
		parameters.put("to", filter.to());
		return page(EVENTS, parameters, paging, ActorEvent.class);
	}

	/** Empty when there is no actor with that id. */
	Optional<Page<ActorRelation>> relations(String id, RelationFilter filter, Paging paging) {
		Map<String, Object> parameters = parameters(paging);
		parameters.put("id", id);
		parameters.put("relation", filter.relation());
		parameters.put("eventLimit", filter.eventLimit());
		return page(RELATIONS, parameters, paging, ActorRelation.class);
	}

	private static Map<String, Object> parameters(Paging paging) {
		return new HashMap<>(paging.parameters());
	}

	/** The list queries answer with one row: {@code total} and the page's {@code items}. */
	private <T> Optional<Page<T>> page(String query, Map<String, Object> parameters, Paging paging, Class<T> type) {
		return reader.single(query, parameters, (Record row) -> {
			List<T> items = row.get("items").asList(item -> item.as(type));
			return new Page<>(items, paging.page(), paging.size(), row.get("total").asLong());
		});
	}

}
