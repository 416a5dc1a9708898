package org.jkgraph.graph;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.jkgraph.api.FactFilter;
import org.jkgraph.api.Paging;
import org.jkgraph.api.ParameterDocs;

/** The query parameters of {@code GET /api/graph/paths}. */
record PathsRequest(
		@Parameter(description = "Id of the fact the paths start at: any fact, a source or a claim too",
				example = "korea-wto-complaint-ds590", required = true)
		@NotBlank(message = "is required") String from,
		@Parameter(description = "Id of the fact the paths end at: any fact, a source or a claim too",
				example = "japan-export-controls-2019", required = true)
		@NotBlank(message = "is required") String to,
		@Parameter(description = "Longest path, in hops, 1 to " + GraphExplorer.MAX_HOPS,
				schema = @Schema(defaultValue = "" + GraphExplorer.DEFAULT_HOPS))
		@Min(value = 1, message = "must be between 1 and " + GraphExplorer.MAX_HOPS)
		@Max(value = GraphExplorer.MAX_HOPS, message = "must be between 1 and " + GraphExplorer.MAX_HOPS) Integer maxHops,
		@Parameter(description = "Relationship types that may be walked, comma-separated or repeated (e.g. "
				+ "CAUSED,RESPONDS_TO,CHANGED); default: all but CITES and HAS_CLAIM") List<String> types,
		@Parameter(description = "Most paths to return, 1 to " + Paging.MAX_SIZE,
				schema = @Schema(defaultValue = "" + GraphExplorer.DEFAULT_PATH_LIMIT))
		@Min(value = 1, message = "must be between 1 and " + Paging.MAX_SIZE)
		@Max(value = Paging.MAX_SIZE, message = "must be between 1 and " + Paging.MAX_SIZE) Integer limit,
		@Parameter(description = ParameterDocs.STATUS) List<String> status,
		@Parameter(description = ParameterDocs.INCLUDE) String include) {

	List<String> statuses() {
		return FactFilter.statuses(status, include);
	}

	int hops() {
		return (maxHops != null) ? maxHops : GraphExplorer.DEFAULT_HOPS;
	}

	int size() {
		return (limit != null) ? limit : GraphExplorer.DEFAULT_PATH_LIMIT;
	}

}
