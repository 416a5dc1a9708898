package org.jkgraph.graph;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jkgraph.api.GraphView;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
			@Parameter(description = "Hops from the fact, 1 to " + GraphExplorer.MAX_DEPTH,
					schema = @Schema(defaultValue = "1", minimum = "1", maximum = "3")) @RequestParam(required = false) Integer depth,
			@Parameter(description = "Most nodes to return besides the fact, 1 to 500",
					schema = @Schema(defaultValue = "100", minimum = "1", maximum = "500")) @RequestParam(required = false) Integer limit,
			@Parameter(description = "Also walk through sources and claims (the citation layer)")
			@RequestParam(defaultValue = "false") boolean includeSources) {
		return explorer.neighborhood(id, depth, limit, includeSources);
	}

	@GetMapping("/paths")
	@Operation(summary = "Shortest paths between two facts",
			description = "All shortest paths of at most `maxHops` hops in either direction, at most `limit` of them, "
					+ "merged into one view. Without `types` every relationship but CITES and HAS_CLAIM may be walked, "
					+ "so paths go through substance rather than a shared source. Paths do not pass through hubs, nodes "
					+ "with more than 1,000 relationships (either end may be one). Empty when no path is that short.")
	@ApiResponse(responseCode = "200", description = "The paths as one view (empty when there is none)")
	@ApiResponse(responseCode = "400", description = "maxHops, limit or types invalid",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No fact with the from or to id",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	GraphView paths(
			@Parameter(description = "Id of the fact the paths start at", example = "korea-wto-complaint-ds590")
			@RequestParam String from,
			@Parameter(description = "Id of the fact the paths end at", example = "japan-export-controls-2019")
			@RequestParam String to,
			@Parameter(description = "Longest path, in hops, 1 to " + GraphExplorer.MAX_HOPS,
					schema = @Schema(defaultValue = "4", minimum = "1", maximum = "6")) @RequestParam(required = false) Integer maxHops,
			@Parameter(description = "Relationship types that may be walked, comma-separated (e.g. CAUSED,RESPONDS_TO,CHANGED); "
					+ "default: all but CITES and HAS_CLAIM") @RequestParam(required = false) List<String> types,
			@Parameter(description = "Most paths to return, 1 to 500",
					schema = @Schema(defaultValue = "25", minimum = "1", maximum = "500")) @RequestParam(required = false) Integer limit) {
		return explorer.paths(from, to, maxHops, types, limit);
	}

}
