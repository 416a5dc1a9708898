package org.jkgraph.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jkgraph.api.Page;
import org.jkgraph.api.PageNumber;
import org.jkgraph.api.PageSize;
import org.jkgraph.api.ParameterDocs;
import org.jkgraph.api.Paging;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/review}: the extractor's candidates with their evidence, and a reviewer's decisions on them. Reads
 * follow {@code jkgraph.security.reads-open}; decisions are writes and need an API key (see org.jkgraph.security).
 */
@RestController
@RequestMapping(path = "/api/review", produces = "application/json")
@Tag(name = "Review", description = "Candidates the extractor found, and accepting, rejecting or merging them")
class ReviewController {

	private final ReviewDecisions review;

	ReviewController(ReviewDecisions review) {
		this.review = review;
	}

	@GetMapping("/candidates")
	@Operation(summary = "Candidates awaiting review",
			description = "The extractor's new events (with the measure changes they carry) and candidate actors that no "
					+ "reviewer has decided on, most confident first, each with every sentence it rests on: the document, "
					+ "the sentence's character offsets in it and the words that triggered it. Default answers elsewhere "
					+ "leave candidates out; `include=candidates` or `status=candidate` on a read shows them.")
	@ApiResponse(responseCode = "200", description = "A page of candidates")
	@ApiResponse(responseCode = "400", description = "Unknown kind, or page out of range",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	Page<Candidate> candidates(
			@Parameter(description = "event or actor; any when left out") @RequestParam(required = false) String kind,
			@Parameter(description = ParameterDocs.PAGE) @RequestParam(required = false) @PageNumber Integer page,
			@Parameter(description = ParameterDocs.SIZE) @RequestParam(required = false) @PageSize Integer size) {
		return review.candidates(kind, Paging.of(page, (size != null) ? size : 20));
	}

	@GetMapping("/candidates/{id}")
	@Operation(summary = "One candidate, with its evidence and the decision taken on it, if any")
	@ApiResponse(responseCode = "200", description = "The candidate")
	@ApiResponse(responseCode = "404", description = "No candidate with this id (curated facts are none)",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	Candidate candidate(@Parameter(description = "Id of the candidate") @PathVariable String id) {
		return review.candidate(id);
	}

	@PostMapping(path = "/candidates/{id}/accept", consumes = { "application/json", "*/*" })
	@Operation(summary = "Accept a candidate",
			description = "It counts in every answer from now on, and so do the documents it rests on. Accepting an "
					+ "accepted candidate again answers the same; any other decision on it is refused with 409.")
	@DecisionResponses
	@ApiResponse(responseCode = "404", description = "No candidate with this id",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	Decision accept(@Parameter(description = "Id of the candidate") @PathVariable String id, @RequestBody(required = false) @Valid DecisionRequest request) {
		return review.accept(id, (request != null) ? request.note() : null);
	}

	@PostMapping(path = "/candidates/{id}/reject", consumes = { "application/json", "*/*" })
	@Operation(summary = "Reject a candidate",
			description = "It stays out of every answer, and a rerun of the extractor or a reload of its output does not "
					+ "bring it back. Rejecting again answers the same; any other decision is refused with 409.")
	@DecisionResponses
	@ApiResponse(responseCode = "404", description = "No candidate with this id",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	Decision reject(@Parameter(description = "Id of the candidate") @PathVariable String id, @RequestBody(required = false) @Valid DecisionRequest request) {
		return review.reject(id, (request != null) ? request.note() : null);
	}

	@PostMapping(path = "/candidates/{id}/merge", consumes = "application/json")
	@Operation(summary = "Merge a candidate event into an event the graph holds",
			description = "The candidate is a report of that event: its sentences become mentions of it (in its "
					+ "provenance, dataset `review`) and the candidate leaves every answer. Merging into the same event "
					+ "again answers the same; any other decision is refused with 409.")
	@DecisionResponses
	@ApiResponse(responseCode = "400", description = "No event to merge into, or the candidate is no event",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No candidate, or no event to merge into, with these ids",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	Decision merge(@Parameter(description = "Id of the candidate event") @PathVariable String id, @RequestBody @Valid MergeRequest request) {
		return review.merge(id, request.into(), request.note());
	}

}
