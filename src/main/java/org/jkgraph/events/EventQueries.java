package org.jkgraph.events;

import java.util.Map;
import java.util.Optional;

import org.jkgraph.api.FactFilter;
import org.jkgraph.api.GraphReader;
import org.jkgraph.api.Page;
import org.jkgraph.api.Paging;

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
		return reader.page(filter.actors().isEmpty() ? LIST : LIST_BY_ACTOR, filter.parameters(), paging,
				EventSummary.class).orElseThrow();
	}

	Optional<EventDetails> byId(String id) {
		return reader.single(BY_ID, Map.of("id", id, "statuses", FactFilter.DEFAULT_STATUSES), row -> row.as(EventDetails.class));
	}

	Page<TimelineEntry> timeline(EventFilter filter, Paging paging) {
		return reader.page(TIMELINE, filter.parameters(), paging, TimelineEntry.class).orElseThrow();
	}

}
