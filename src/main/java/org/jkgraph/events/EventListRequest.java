package org.jkgraph.events;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.jkgraph.api.FactFilter;
import org.jkgraph.api.PageNumber;
import org.jkgraph.api.PageSize;
import org.jkgraph.api.ParameterDocs;
import org.jkgraph.api.Paging;
import org.jkgraph.facts.EventTypes;

/**
 * The query parameters of the event lists, {@code GET /api/events} and {@code GET /api/timeline}: bounds checked by
 * Bean Validation when Spring binds them, the rest by {@link EventFilter}.
 */
record EventListRequest(
		@Parameter(description = EventListRequest.TYPE) List<String> type,
		@Parameter(description = EventListRequest.FROM) String from,
		@Parameter(description = ParameterDocs.TO) String to,
		@Parameter(description = EventListRequest.ACTOR) List<String> actor,
		@Parameter(description = "Place id, e.g. seoul; events at a place within it count too") String place,
		@Parameter(description = EventListRequest.TOPIC) String topic,
		@Parameter(description = "Least confidence, 0 to 1")
		@DecimalMin(value = "0", message = "must be between 0 and 1")
		@DecimalMax(value = "1", message = "must be between 0 and 1") Double minConfidence,
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

	static final String TYPE = "Event type from the vocabulary (/api/vocabulary/event-types), e.g. summit; repeat for "
			+ "several (any of them)";

	static final String FROM = ParameterDocs.FROM + "; events whose days overlap the period count";

	static final String ACTOR = "Actor id that must take part, e.g. yoon-suk-yeol; repeat for several (all of them "
			+ "must take part; at most " + EventFilter.MAX_ACTORS + ")";

	static final String TOPIC = "Topic id, e.g. export-controls; events about a narrower topic count too";

	EventFilter filter(EventTypes vocabulary) {
		return EventFilter.of(type, from, to, actor, place, topic, minConfidence,
				EventCodes.of(plover, cameo, quadClass, minGoldstein, maxGoldstein, vocabulary),
				FactFilter.of(source, method, status, include), vocabulary);
	}

	Paging paging() {
		return Paging.of(page, size);
	}

}
