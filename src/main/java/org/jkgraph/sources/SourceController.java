package org.jkgraph.sources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jkgraph.api.NotFoundException;
import org.jkgraph.api.Page;
import org.jkgraph.api.PageNumber;
import org.jkgraph.api.PageSize;
import org.jkgraph.api.ParameterDocs;
import org.jkgraph.api.Paging;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/sources}: the articles, reports and records the facts come from, and what each one supports. */
@RestController
@RequestMapping("/api/sources")
@Tag(name = "Sources", description = "Articles, analyses, official records and datasets behind the facts")
class SourceController {

	private final SourceQueries queries;

	SourceController(SourceQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	@Operation(summary = "Sources, filtered by publisher, title or author, type, language and publication date, newest "
			+ "first, each with the number of facts citing it")
	Page<SourceSummary> list(@ParameterObject @Valid SourcesRequest request) {
		return queries.list(request);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One source and a page of the facts citing it, each with the locator into the source")
	SourceDetails byId(
			@Parameter(description = "Source id, e.g. reuters-2023-03-16-trade-dispute") @PathVariable String id,
			@Parameter(description = "Page of the citations, from 0") @PageNumber @RequestParam(required = false) Integer page,
			@Parameter(description = ParameterDocs.SIZE) @PageSize @RequestParam(required = false) Integer size) {
		return queries.byId(id, Paging.of(page, size)).orElseThrow(() -> new NotFoundException("source", id));
	}

}
