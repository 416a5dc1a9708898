package org.jkgraph.actors;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import org.jkgraph.api.FactFilter;
import org.jkgraph.api.PageNumber;
import org.jkgraph.api.PageSize;
import org.jkgraph.api.ParameterDocs;
import org.jkgraph.api.Paging;
import org.jkgraph.events.CameoPrefix;
import org.jkgraph.events.EventCodes;
import org.jkgraph.events.Goldstein;
import org.jkgraph.events.QuadClass;
import org.jkgraph.facts.EventTypes;

/** The query parameters of {@code GET /api/actors/{id}/events}. */
record ActorEventsRequest(
		@Parameter(description = "Event type from the vocabulary, e.g. summit; repeat for several (any of them)")
		List<String> type,
		@Parameter(description = ParameterDocs.FROM + "; events whose days overlap the period count") String from,
		@Parameter(description = ParameterDocs.TO) String to,
		@Parameter(description = EventCodes.Docs.PLOVER) List<String> plover,
		@Parameter(description = EventCodes.Docs.CAMEO) @CameoPrefix String cameo,
		@Parameter(description = EventCodes.Docs.QUAD_CLASS) List<@QuadClass Integer> quadClass,
		@Parameter(description = EventCodes.Docs.MIN_GOLDSTEIN) @Goldstein Double minGoldstein,
		@Parameter(description = EventCodes.Docs.MAX_GOLDSTEIN) @Goldstein Double maxGoldstein,
		@Parameter(description = ParameterDocs.SOURCE) List<String> source,
		@Parameter(description = ParameterDocs.METHOD) String method,
		@Parameter(description = ParameterDocs.STATUS) List<String> status,
		@Parameter(description = ParameterDocs.INCLUDE) String include,
		@Parameter(description = ParameterDocs.PAGE) @PageNumber Integer page,
		@Parameter(description = ParameterDocs.SIZE) @PageSize Integer size) {

	ActorEventFilter filter(EventTypes vocabulary) {
		return ActorEventFilter.of(type, from, to, EventCodes.of(plover, cameo, quadClass, minGoldstein, maxGoldstein,
				vocabulary), FactFilter.of(source, method, status, include), vocabulary);
	}

	Paging paging() {
		return Paging.of(page, size);
	}

}
