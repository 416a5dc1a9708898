package org.jkgraph.measures;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jkgraph.api.DateParameters;
import org.jkgraph.api.FactFilter;
import org.jkgraph.api.NotFoundException;
import org.jkgraph.api.Page;
import org.jkgraph.api.Paging;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/measures}: what was in force on a day, or where every measure stands today, and one measure with its
 * status history.
 */
@RestController
@RequestMapping("/api/measures")
@Tag(name = "Measures", description = "Export controls, white lists, disputes, pacts and channels over time")
class MeasureController {

	private final MeasureQueries queries;

	MeasureController(MeasureQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	@Operation(summary = "With asOf: the measures in force that day (status in_force or terminating); "
			+ "without: every measure with its status today")
	Page<MeasureSummary> list(@ParameterObject @Valid MeasureListRequest request) {
		Paging paging = request.paging();
		String kind = (request.kind() == null || request.kind().isBlank()) ? null : request.kind().strip();
		FactFilter facts = FactFilter.of(request.source(), request.method(), request.status(),
				request.include());
		if (request.asOf() == null || request.asOf().isBlank()) {
			return queries.statusOn(LocalDate.now(), false, kind, facts, paging);
		}
		return queries.statusOn(DateParameters.day("asOf", request.asOf()), true, kind, facts, paging);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One measure with its full status history, validFrom and validTo")
	MeasureDetails byId(
			@Parameter(description = "Measure id, e.g. japan-export-controls-2019")
			@PathVariable String id,
			@Parameter(description = "A day, YYYY-MM-DD, for the status field (default today)")
			@RequestParam(required = false) String asOf) {
		LocalDate day = (asOf == null || asOf.isBlank()) ? LocalDate.now() : DateParameters.day("asOf", asOf);
		return queries.byId(id, day).orElseThrow(() -> new NotFoundException("measure", id));
	}

}
