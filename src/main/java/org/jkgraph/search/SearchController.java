package org.jkgraph.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
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
	SearchResult search(@ParameterObject @Valid SearchRequest request) {
		return search.search(request.q(), request.kind(), request.size(), request.statuses());
	}

}
