package org.jkgraph.events;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jkgraph.api.NotFoundException;
import org.jkgraph.api.Page;
import org.jkgraph.facts.EventTypes;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/events}: what happened, filtered, and one event with everything the graph knows about it. */
@RestController
@RequestMapping("/api/events")
@Tag(name = "Events", description = "What happened: summits, trade measures, rulings, launches, statements")
class EventController {

	private final EventQueries queries;

	private final EventTypes eventTypes;

	EventController(EventQueries queries, EventTypes eventTypes) {
		this.queries = queries;
		this.eventTypes = eventTypes;
	}

	@GetMapping
	@Operation(summary = "Events in date order, filtered by type, period, actors, place, topic, confidence, their "
			+ "PLOVER, CAMEO, QuadClass and Goldstein codes, the sources they cite and how they were made")
	Page<EventSummary> list(@ParameterObject @Valid EventListRequest request) {
		return queries.list(request.filter(eventTypes), request.paging());
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
