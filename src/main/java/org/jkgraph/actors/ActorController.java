package org.jkgraph.actors;

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

/** {@code /api/actors}: who takes part, what they did, and whom they are connected with. */
@RestController
@RequestMapping("/api/actors")
@Tag(name = "Actors", description = "Countries, people, government bodies, parties, companies and organisations")
class ActorController {

	private final ActorQueries queries;

	private final EventTypes eventTypes;

	ActorController(ActorQueries queries, EventTypes eventTypes) {
		this.queries = queries;
		this.eventTypes = eventTypes;
	}

	@GetMapping
	@Operation(summary = "Actors, filtered by kind, country and name, in name order")
	Page<ActorSummary> list(@ParameterObject @Valid ActorListRequest request) {
		return queries.list(request.filter(), request.paging());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One actor: names, country, offices held, memberships and a digest of its events")
	ActorDetails byId(
			@Parameter(description = "Actor id, e.g. yoon-suk-yeol")
			@PathVariable String id) {
		return queries.byId(id).orElseThrow(() -> new NotFoundException("actor", id));
	}

	@GetMapping("/{id}/events")
	@Operation(summary = "The events an actor took part in, in date order, with its roles and the events' codes")
	Page<ActorEvent> events(
			@Parameter(description = "Actor id, e.g. fumio-kishida")
			@PathVariable String id,
			@ParameterObject @Valid ActorEventsRequest request) {
		return queries.events(id, request.filter(eventTypes), request.paging())
			.orElseThrow(() -> new NotFoundException("actor", id));
	}

	@GetMapping("/{id}/relations")
	@Operation(summary = "The actors this one is connected with, by relation: met, imposes measures on, "
			+ "targeted by measures of, disputes with, co-participated; with counts of occasions (a visit and the "
			+ "summit held during it are one meeting) and of records, first and last dates, occasion and event ids")
	ActorRelations relations(
			@Parameter(description = "Actor id, e.g. japan")
			@PathVariable String id,
			@ParameterObject @Valid RelationsRequest request) {
		return queries.relations(id, request.filter(), request.paging())
			.orElseThrow(() -> new NotFoundException("actor", id));
	}

}
