package org.jkgraph.events;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jkgraph.api.NotFoundException;
import org.jkgraph.api.Page;
import org.jkgraph.api.Paging;
import org.jkgraph.facts.EventTypes;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/events}: what happened, filtered, and one event with everything the graph knows about it. */
@RestController
@RequestMapping("/api/events")
@Tag(name = "Events", description = "What happened: summits, trade measures, rulings, launches, statements")
class EventController {

	static final String TYPE = "Event type from the vocabulary (seeds/vocabulary/event-types.yaml), e.g. summit; "
			+ "repeat for several (any of them)";

	static final String FROM = "Start of the period: YYYY, YYYY-MM or YYYY-MM-DD, meaning its first day; "
			+ "events whose days overlap the period count";

	static final String TO = "End of the period: YYYY, YYYY-MM or YYYY-MM-DD, meaning its last day";

	static final String ACTOR = "Actor id that must take part, e.g. yoon-suk-yeol; repeat for several (all of "
			+ "them must take part; at most " + EventFilter.MAX_ACTORS + ")";

	static final String TOPIC = "Topic id, e.g. export-controls; events about a narrower topic count too";

	static final String PAGE = "Page number, from 0";

	static final String SIZE = "Page size, 1 to " + Paging.MAX_SIZE + " (default " + Paging.DEFAULT_SIZE + ")";

	private final EventQueries queries;

	private final EventTypes eventTypes;

	EventController(EventQueries queries, EventTypes eventTypes) {
		this.queries = queries;
		this.eventTypes = eventTypes;
	}

	@GetMapping
	@Operation(summary = "Events in date order, filtered by type, period, actors, place, topic, confidence, method")
	Page<EventSummary> list(
			@Parameter(description = TYPE)
			@RequestParam(name = "type", required = false) List<String> types,
			@Parameter(description = FROM)
			@RequestParam(required = false) String from,
			@Parameter(description = TO)
			@RequestParam(required = false) String to,
			@Parameter(description = ACTOR)
			@RequestParam(name = "actor", required = false) List<String> actors,
			@Parameter(description = "Place id, e.g. seoul; events at a place within it count too")
			@RequestParam(required = false) String place,
			@Parameter(description = TOPIC)
			@RequestParam(required = false) String topic,
			@Parameter(description = "Least confidence, 0 to 1")
			@RequestParam(required = false) Double minConfidence,
			@Parameter(description = "How the facts were made: curated or extracted")
			@RequestParam(required = false) String method,
			@Parameter(description = PAGE)
			@RequestParam(required = false) Integer page,
			@Parameter(description = SIZE)
			@RequestParam(required = false) Integer size) {
		EventFilter filter = EventFilter.of(types, from, to, actors, place, topic, minConfidence, method, eventTypes);
		return queries.list(filter, Paging.of(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One event: participants, place, topics, measures it changed, links to other events in "
			+ "both directions, claims and sources")
	EventDetails byId(
			@Parameter(description = "Event id, e.g. 2023-03-16-tokyo-summit")
			@PathVariable String id) {
		return queries.byId(id).orElseThrow(() -> new NotFoundException("event", id));
	}

}
