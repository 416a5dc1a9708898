package org.jkgraph.events;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jkgraph.api.Page;
import org.jkgraph.facts.EventTypes;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/timeline}: events in date order, filtered as the event list is, in the shape a timeline draws. */
@RestController
@Tag(name = "Timeline", description = "Events in date order, ready to draw")
class TimelineController {

	private final EventQueries queries;

	private final EventTypes eventTypes;

	TimelineController(EventQueries queries, EventTypes eventTypes) {
		this.queries = queries;
		this.eventTypes = eventTypes;
	}

	@GetMapping("/api/timeline")
	@Operation(summary = "Events in date order with what a timeline draws: dates and their precision, type, codes, "
			+ "title and participant ids; filtered as /api/events is")
	Page<TimelineEntry> timeline(@ParameterObject @Valid EventListRequest request) {
		return queries.timeline(request.filter(eventTypes), request.paging());
	}

}
