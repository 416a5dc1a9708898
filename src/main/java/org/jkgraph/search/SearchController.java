package org.jkgraph.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search}: find facts by what they are called or what they are about. */
@RestController
@Tag(name = "search", description = "Full-text search over names, aliases, titles and summaries")
class SearchController {

	private final FactSearch search;

	SearchController(FactSearch search) {
		this.search = search;
	}

	@GetMapping(path = "/api/search", produces = "application/json")
	@Operation(summary = "Search facts by name, alias, title, summary or description",
			description = "Ranked by score, names and aliases counting most. Words of four letters or more may be "
					+ "misspelt (one edit; two from eight letters). Only letters and digits of `q` are used, so "
					+ "Lucene syntax in it is taken as plain words.")
	@ApiResponse(responseCode = "200", description = "The hits, best first")
	@ApiResponse(responseCode = "400", description = "q missing or without words, kind unknown, limit out of bounds",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	SearchResult search(
			@Parameter(description = "What to look for, e.g. a name in any spelling", example = "Kishda")
			@RequestParam String q,
			@Parameter(description = "Only facts of this kind",
					schema = @Schema(allowableValues = { "actor", "place", "topic", "measure", "event", "source" }))
			@RequestParam(required = false) String kind,
			@Parameter(description = "Most hits to return, 1 to 500",
					schema = @Schema(defaultValue = "20", minimum = "1", maximum = "500")) @RequestParam(required = false) Integer limit) {
		return search.search(q, kind, limit);
	}

}
