package org.jkgraph.events;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jkgraph.api.Page;
import org.jkgraph.api.Paging;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.jkgraph.events.EventController.ACTOR;
import static org.jkgraph.events.EventController.FROM;
import static org.jkgraph.events.EventController.PAGE;
import static org.jkgraph.events.EventController.SIZE;
import static org.jkgraph.events.EventController.TO;
import static org.jkgraph.events.EventController.TOPIC;

/** {@code /api/timeline}: the events of some actors or of a topic, in date order, in the shape a timeline draws. */
@RestController
@Tag(name = "Timeline", description = "Events in date order, ready to draw")
class TimelineController {

	private final EventQueries queries;

	TimelineController(EventQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/timeline")
	@Operation(summary = "The events of some actors (all of them take part) and/or of a topic, in date order")
	Page<TimelineEntry> timeline(
			@Parameter(description = ACTOR)
			@RequestParam(name = "actor", required = false) List<String> actors,
			@Parameter(description = TOPIC)
			@RequestParam(required = false) String topic,
			@Parameter(description = FROM)
			@RequestParam(required = false) String from,
			@Parameter(description = TO)
			@RequestParam(required = false) String to,
			@Parameter(description = PAGE)
			@RequestParam(required = false) Integer page,
			@Parameter(description = SIZE)
			@RequestParam(required = false) Integer size) {
		return queries.timeline(TimelineFilter.of(actors, topic, from, to), Paging.of(page, size));
	}

}
