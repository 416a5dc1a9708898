package org.jkgraph.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jkgraph.api.GraphReader;
import org.jkgraph.api.Page;
import org.jkgraph.api.Paging;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

/** Reads events and timelines with the named queries in {@code cypher/queries/events/} and {@code timeline/}. */
@Component
class EventQueries {

	private static final String LIST = "events/list";

	/** The same answer as {@link #LIST}, starting from an actor's events instead of the period (see the file). */
	private static final String LIST_BY_ACTOR = "events/list_by_actor";

	private static final String BY_ID = "events/by_id";

	private static final String TIMELINE = "timeline/events";

	private final GraphReader reader;

	EventQueries(GraphReader reader) {
		this.reader = reader;
		reader.require(LIST, LIST_BY_ACTOR, BY_ID, TIMELINE);
	}

	Page<EventSummary> list(EventFilter filter, Paging paging) {
		Map<String, Object> parameters = filter.parameters();
		parameters.putAll(paging.parameters());
		return page(filter.actors().isEmpty() ? LIST : LIST_BY_ACTOR, parameters, paging, EventSummary.class);
	}

	Optional<EventDetails> byId(String id) {
		return reader.single(BY_ID, Map.of("id", id), row -> row.as(EventDetails.class));
	}

	Page<TimelineEntry> timeline(TimelineFilter filter, Paging paging) {
		Map<String, Object> parameters = filter.parameters();
		parameters.putAll(paging.parameters());
		return page(TIMELINE, parameters, paging, TimelineEntry.class);
	}

	/** The list queries answer with one row: {@code total} and the page's {@code items}. */
	private <T> Page<T> page(String query, Map<String, Object> parameters, Paging paging, Class<T> type) {
		return reader.single(query, parameters, (Record row) -> {
			List<T> items = row.get("items").asList(item -> item.as(type));
			return new Page<>(items, paging.page(), paging.size(), row.get("total").asLong());
		}).orElseThrow();
	}

}
