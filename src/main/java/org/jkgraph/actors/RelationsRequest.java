package org.jkgraph.actors;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jkgraph.api.DateParameters;
import org.jkgraph.api.FactFilter;
import org.jkgraph.api.PageNumber;
import org.jkgraph.api.PageSize;
import org.jkgraph.api.ParameterDocs;
import org.jkgraph.api.Paging;

/** The query parameters of {@code GET /api/actors/{id}/relations}. */
record RelationsRequest(
		@Parameter(description = "Only this relation: met, imposes_measures_on, targeted_by_measures_of, "
				+ "disputes_with or co_participated") String relation,
		@Parameter(description = ParameterDocs.FROM + "; events whose days overlap the period count, and measures in "
				+ "place during it") String from,
		@Parameter(description = ParameterDocs.TO) String to,
		@Parameter(description = "How many occasion and event ids each relation lists at most, 1 to "
				+ RelationFilter.MAX_EVENT_LIMIT + " (default " + RelationFilter.DEFAULT_EVENT_LIMIT + ")")
		@Min(value = 1, message = "must be between 1 and " + RelationFilter.MAX_EVENT_LIMIT)
		@Max(value = RelationFilter.MAX_EVENT_LIMIT, message = "must be between 1 and " + RelationFilter.MAX_EVENT_LIMIT)
		Integer eventLimit,
		@Parameter(description = ParameterDocs.SOURCE) List<String> source,
		@Parameter(description = ParameterDocs.METHOD) String method,
		@Parameter(description = ParameterDocs.STATUS) List<String> status,
		@Parameter(description = ParameterDocs.INCLUDE) String include,
		@Parameter(description = ParameterDocs.PAGE) @PageNumber Integer page,
		@Parameter(description = ParameterDocs.SIZE) @PageSize Integer size) {

	RelationFilter filter() {
		return RelationFilter.of(relation, DateParameters.from("from", from), DateParameters.to("to", to), eventLimit,
				FactFilter.of(source, method, status, include));
	}

	Paging paging() {
		return Paging.of(page, size);
	}

}
