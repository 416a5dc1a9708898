package org.jkgraph.actors;

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

/** {@code /api/actors}: who takes part, what they did, and whom they are connected with. */
@RestController
@RequestMapping("/api/actors")
@Tag(name = "Actors", description = "Countries, people, government bodies, parties, companies and organisations")
class ActorController {

	private static final String PAGE = "Page number, from 0";

	private static final String SIZE = "Page size, 1 to " + Paging.MAX_SIZE + " (default " + Paging.DEFAULT_SIZE + ")";

	private final ActorQueries queries;

	private final EventTypes eventTypes;

	ActorController(ActorQueries queries, EventTypes eventTypes) {
		this.queries = queries;
		this.eventTypes = eventTypes;
	}

	@GetMapping
	@Operation(summary = "Actors, filtered by kind, country and name, in name order")
	Page<ActorSummary> list(
			@Parameter(description = "Actor kind: country, person, government_body, party, company, "
					+ "international_organisation, media, research_body or group")
			@RequestParam(required = false) String kind,
			@Parameter(description = "Id of the country the actors belong to, e.g. japan")
			@RequestParam(required = false) String country,
			@Parameter(description = "Text to find, ignoring case, in the name, an alias or a native spelling; "
					+ "at most " + ActorFilter.MAX_Q_LENGTH + " characters")
			@RequestParam(required = false) String q,
			@Parameter(description = PAGE)
			@RequestParam(required = false) Integer page,
			@Parameter(description = SIZE)
			@RequestParam(required = false) Integer size) {
		return queries.list(ActorFilter.of(kind, country, q), Paging.of(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One actor: names, country, offices held, memberships and a digest of its events")
	ActorDetails byId(
			@Parameter(description = "Actor id, e.g. yoon-suk-yeol")
			@PathVariable String id) {
		return queries.byId(id).orElseThrow(() -> new NotFoundException("actor", id));
	}

	@GetMapping("/{id}/events")
	@Operation(summary = "The events an actor took part in, in date order, with its roles")
	Page<ActorEvent> events(
			@Parameter(description = "Actor id, e.g. fumio-kishida")
			@PathVariable String id,
			@Parameter(description = "Event type from the vocabulary, e.g. summit; repeat for several (any of them)")
			@RequestParam(name = "type", required = false) List<String> types,
			@Parameter(description = "Start of the period: YYYY, YYYY-MM or YYYY-MM-DD, meaning its first day; "
					+ "events whose days overlap the period count")
			@RequestParam(required = false) String from,
			@Parameter(description = "End of the period: YYYY, YYYY-MM or YYYY-MM-DD, meaning its last day")
			@RequestParam(required = false) String to,
			@Parameter(description = PAGE)
			@RequestParam(required = false) Integer page,
			@Parameter(description = SIZE)
			@RequestParam(required = false) Integer size) {
		ActorEventFilter filter = ActorEventFilter.of(types, from, to, eventTypes);
		return queries.events(id, filter, Paging.of(page, size))
			.orElseThrow(() -> new NotFoundException("actor", id));
	}

	@GetMapping("/{id}/relations")
	@Operation(summary = "The actors this one is connected with, by relation: met, imposes measures on, "
			+ "targeted by measures of, disputes with, co-participated; with counts, first and last dates, event ids")
	Page<ActorRelation> relations(
			@Parameter(description = "Actor id, e.g. japan")
			@PathVariable String id,
			@Parameter(description = "Only this relation: met, imposes_measures_on, targeted_by_measures_of, "
					+ "disputes_with or co_participated")
			@RequestParam(required = false) String relation,
			@Parameter(description = "How many event ids each relation lists at most, 1 to "
					+ RelationFilter.MAX_EVENT_LIMIT + " (default " + RelationFilter.DEFAULT_EVENT_LIMIT + ")")
			@RequestParam(required = false) Integer eventLimit,
			@Parameter(description = PAGE)
			@RequestParam(required = false) Integer page,
			@Parameter(description = SIZE)
			@RequestParam(required = false) Integer size) {
		return queries.relations(id, RelationFilter.of(relation, eventLimit), Paging.of(page, size))
			.orElseThrow(() -> new NotFoundException("actor", id));
	}

}
