package org.jkgraph.measures;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jkgraph.api.DateParameters;
import org.jkgraph.api.NotFoundException;
import org.jkgraph.api.Page;
import org.jkgraph.api.Paging;

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

	private static final String PAGE = "Page number, from 0";

	private static final String SIZE = "Page size, 1 to " + Paging.MAX_SIZE + " (default " + Paging.DEFAULT_SIZE + ")";

	private final MeasureQueries queries;

	MeasureController(MeasureQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	@Operation(summary = "With asOf: the measures in force that day (status in_force or terminating); "
			+ "without: every measure with its status today")
	Page<MeasureSummary> list(
			@Parameter(description = "A day, YYYY-MM-DD: list only the measures in force on it")
			@RequestParam(required = false) String asOf,
			@Parameter(description = "Measure kind: export_control, trade_status, trade_dispute, security_agreement, "
					+ "diplomatic_channel, compensation_scheme, agreement, sanction, information_sharing or listing")
			@RequestParam(required = false) String kind,
			@Parameter(description = PAGE)
			@RequestParam(required = false) Integer page,
			@Parameter(description = SIZE)
			@RequestParam(required = false) Integer size) {
		Paging paging = Paging.of(page, size);
		String wantedKind = (kind == null || kind.isBlank()) ? null : kind.strip();
		if (asOf == null || asOf.isBlank()) {
			return queries.statusOn(LocalDate.now(), false, wantedKind, paging);
		}
		return queries.statusOn(DateParameters.day("asOf", asOf), true, wantedKind, paging);
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
