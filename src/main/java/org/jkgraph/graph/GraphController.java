package org.jkgraph.graph;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jkgraph.api.GraphView;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/graph}: the neighbourhood of a fact and the shortest paths between two facts. */
@RestController
@RequestMapping(path = "/api/graph", produces = "application/json")
@Tag(name = "graph", description = "Neighbourhoods and paths, as {nodes, edges} for graph drawing libraries")
class GraphController {

	private final GraphExplorer explorer;

	GraphController(GraphExplorer explorer) {
		this.explorer = explorer;
	}

	@GetMapping("/neighborhood/{id}")
	@Operation(summary = "The neighbourhood of a fact",
			description = "The fact and the nodes at most `depth` hops away (nearest first, at most `limit` besides "
					+ "the fact), with all relationships among them. Each hop reads at most 2 × `limit` + 1 neighbours "
					+ "of a node, so busy nodes answer as fast as quiet ones. Sources and claims are left out unless "
					+ "`includeSources=true`.")
	@ApiResponse(responseCode = "200", description = "The neighbourhood")
	@ApiResponse(responseCode = "400", description = "depth or limit out of bounds",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No fact with this id",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	GraphView neighborhood(
			@Parameter(description = "Id of any fact (actor, event, measure, place, topic, source, …)",
					example = "2023-03-16-tokyo-summit") @PathVariable String id,
			@ParameterObject @Valid NeighborhoodRequest request) {
		return explorer.neighborhood(id, request.hops(), request.size(), request.sources(), request.statuses());
	}

	@GetMapping("/paths")
	@Operation(summary = "Shortest paths between two facts, one by one and as one view",
			description = "The shortest paths of at most `maxHops` hops in either direction, shortest first, at most "
					+ "`limit` of them: each in `paths` as its node and edge ids in order, and every node and edge on "
					+ "them once in `nodes` and `edges`. A path never visits a node twice. Without `types` every "
					+ "relationship but CITES and HAS_CLAIM may be walked, so paths go through substance rather than a "
					+ "shared source; a source or claim at either end is reached through its own. Paths do not pass "
					+ "through hubs, nodes with more than 1,000 relationships (either end may be one). Empty when no "
					+ "path is that short.")
	@ApiResponse(responseCode = "200", description = "The paths (none when there is none that short)")
	@ApiResponse(responseCode = "400", description = "maxHops, limit or types invalid",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No fact with the from or to id",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	GraphPaths paths(@ParameterObject @Valid PathsRequest request) {
		return explorer.paths(request.from().strip(), request.to().strip(), request.hops(), request.types(),
				request.size(), request.statuses());
	}

}
