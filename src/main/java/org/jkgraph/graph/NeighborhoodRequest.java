package org.jkgraph.graph;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

import org.jkgraph.api.FactFilter;
import org.jkgraph.api.Paging;
import org.jkgraph.api.ParameterDocs;

/** The query parameters of {@code GET /api/graph/neighborhood/{id}}. */
record NeighborhoodRequest(
		@Parameter(description = "Hops from the fact, 1 to " + GraphExplorer.MAX_DEPTH,
				schema = @Schema(defaultValue = "1"))
		@Min(value = 1, message = "must be between 1 and " + GraphExplorer.MAX_DEPTH)
		@Max(value = GraphExplorer.MAX_DEPTH, message = "must be between 1 and " + GraphExplorer.MAX_DEPTH) Integer depth,
		@Parameter(description = "Most nodes to return besides the fact, 1 to " + Paging.MAX_SIZE,
				schema = @Schema(defaultValue = "" + GraphExplorer.DEFAULT_NEIGHBORHOOD_LIMIT))
		@Min(value = 1, message = "must be between 1 and " + Paging.MAX_SIZE)
		@Max(value = Paging.MAX_SIZE, message = "must be between 1 and " + Paging.MAX_SIZE) Integer limit,
		@Parameter(description = "Also walk through sources and claims (the citation layer)",
				schema = @Schema(defaultValue = "false")) Boolean includeSources,
		@Parameter(description = ParameterDocs.STATUS) List<String> status,
		@Parameter(description = ParameterDocs.INCLUDE) String include) {

	int hops() {
		return (depth != null) ? depth : 1;
	}

	int size() {
		return (limit != null) ? limit : GraphExplorer.DEFAULT_NEIGHBORHOOD_LIMIT;
	}

	List<String> statuses() {
		return FactFilter.statuses(status, include);
	}

	boolean sources() {
		return Boolean.TRUE.equals(includeSources);
	}

}
