package org.jkgraph.provenance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/provenance/{id}} (or {@code ?id=}): on whose word a fact or relationship stands. Relationship ids
 * contain ':', which is fine in a path segment; the query parameter form is there for clients that escape it.
 */
@RestController
@RequestMapping(path = "/api/provenance", produces = "application/json")
@Tag(name = "provenance", description = "The sources, method, confidence, load and claims behind any fact or relationship")
class ProvenanceController {

	private static final String ID = "Id of a fact (e.g. 2023-03-16-tokyo-summit) or of a relationship "
			+ "(owner:TYPE:other[:qualifier], e.g. 2023-03-16-japan-to-lift-export-controls:CHANGED:japan-export-controls-2019:lift)";

	private final ProvenanceLookup lookup;

	ProvenanceController(ProvenanceLookup lookup) {
		this.lookup = lookup;
	}

	@GetMapping("/{id}")
	@Operation(summary = "Provenance of a fact or relationship",
			description = "The sources behind it with locators, its method, confidence, dataset and load, and for a "
					+ "fact its claims with their ranks and sources.")
	@ApiResponse(responseCode = "200", description = "The provenance")
	@ApiResponse(responseCode = "404", description = "No fact or relationship with this id",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	Provenance byPath(@Parameter(description = ID, example = "2023-03-16-tokyo-summit") @PathVariable String id) {
		return lookup.of(id);
	}

	@GetMapping
	@Operation(summary = "Provenance of a fact or relationship, id as a query parameter",
			description = "The same as /api/provenance/{id}.")
	@ApiResponse(responseCode = "200", description = "The provenance")
	@ApiResponse(responseCode = "400", description = "id missing",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No fact or relationship with this id",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	Provenance byParameter(@Parameter(description = ID,
			example = "2023-03-16-japan-to-lift-export-controls:CHANGED:japan-export-controls-2019:lift") @RequestParam String id) {
		return lookup.of(id);
	}

}
