package org.jkgraph.search;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

import org.jkgraph.api.FactFilter;
import org.jkgraph.api.Paging;
import org.jkgraph.api.ParameterDocs;

/** The query parameters of {@code GET /api/search}. */
record SearchRequest(
		@Parameter(description = "What to look for, e.g. a name in any spelling, at most " + SearchRequest.MAX_Q_LENGTH
				+ " characters", example = "Kishda", required = true)
		@NotBlank(message = "is required")
		@Size(max = SearchRequest.MAX_Q_LENGTH, message = "must be at most " + SearchRequest.MAX_Q_LENGTH + " characters")
		String q,
		@Parameter(description = "Only facts of this kind",
				schema = @Schema(allowableValues = { "actor", "place", "topic", "measure", "event", "observation",
						"source" })) String kind,
		@Parameter(description = "Most hits to return, 1 to " + Paging.MAX_SIZE,
				schema = @Schema(defaultValue = "" + FactSearch.DEFAULT_LIMIT))
		@Min(value = 1, message = "must be between 1 and " + Paging.MAX_SIZE)
		@Max(value = Paging.MAX_SIZE, message = "must be between 1 and " + Paging.MAX_SIZE) Integer limit,
		@Parameter(description = ParameterDocs.STATUS) List<String> status,
		@Parameter(description = ParameterDocs.INCLUDE) String include) {

	List<String> statuses() {
		return FactFilter.statuses(status, include);
	}

	static final int MAX_Q_LENGTH = 200;

	int size() {
		return (limit != null) ? limit : FactSearch.DEFAULT_LIMIT;
	}

}
