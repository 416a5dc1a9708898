package org.jkgraph.observations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/observations}: trade flows, GDP, poll shares and other numbers, each with its sources, as JSON or
 * (with {@code Accept: text/csv} or {@code format=csv}) CSV.
 */
@RestController
@Tag(name = "Observations", description = "Numbers: trade flows, GDP, poll results, with their sources")
class ObservationController {

	private final ObservationQueries queries;

	ObservationController(ObservationQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/observations")
	@Operation(summary = "Observations of an indicator about a subject (with a counterpart) over a period, with "
			+ "their sources and disagreeing values",
			description = "In indicator, subject, counterpart and period order. An unknown subject or counterpart is "
					+ "a 404. CSV columns: id,indicator,subject,counterpart,period,period_precision,value,unit,sources.")
	@ApiResponse(responseCode = "200", description = "The observations",
			content = { @Content(mediaType = "application/json", schema = @Schema(implementation = Observations.class)),
					@Content(mediaType = "text/csv", schema = @Schema(type = "string",
							example = "id,indicator,subject,counterpart,period,period_precision,value,unit,sources")) })
	Observations list(@ParameterObject @Valid ObservationsRequest request) {
		return queries.list(request);
	}

}
