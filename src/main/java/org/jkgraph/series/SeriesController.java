package org.jkgraph.series;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/series}: event counts and the cooperation index per period, as JSON ({@code {…, columns, rows}}) or,
 * with {@code Accept: text/csv} or {@code format=csv}, as CSV with the same columns (Spring's content negotiation,
 * with {@link org.jkgraph.api.CsvMessageConverter}).
 */
@RestController
@RequestMapping("/api/series")
@Tag(name = "series", description = "Time series of events for dashboards, as JSON or CSV")
class SeriesController {

	private final EventSeries series;

	SeriesController(EventSeries series) {
		this.series = series;
	}

	@GetMapping("/events")
	@Operation(summary = "Events per period and group",
			description = "Counts of events per period, per event type (`by=type`), per participating actor (`by=actor`) "
					+ "or all together (no `by`, group `all`). Every period from `from` to `to` is there, for every "
					+ "group with events in the range, with count 0 where none happened. CSV columns: period,group,count.")
	@ApiResponse(responseCode = "200", description = "The series",
			content = { @Content(mediaType = "application/json", schema = @Schema(implementation = EventCounts.class)),
					@Content(mediaType = "text/csv", schema = @Schema(type = "string", example = "period,group,count")) })
	@ApiResponse(responseCode = "400", description = "A parameter is malformed, or the range spans too many periods",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No actor with the given id",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	EventCounts events(@ParameterObject @Valid EventCountsRequest request) {
		return series.counts(request);
	}

	@GetMapping("/cooperation")
	@Operation(summary = "Cooperation index per period",
			description = "Of the events that have a Goldstein score: their number, mean score (-10 conflict … +10 "
					+ "cooperation) and counts per CAMEO QuadClass (1 verbal cooperation, 2 material cooperation, 3 "
					+ "verbal conflict, 4 material conflict). Every period from `from` to `to` is there; one without such "
					+ "events has 0 events and no mean (an empty cell in CSV). CSV columns: "
					+ "period,events,goldstein_mean,quad1,quad2,quad3,quad4.")
	@ApiResponse(responseCode = "200", description = "The series",
			content = { @Content(mediaType = "application/json", schema = @Schema(implementation = Cooperation.class)),
					@Content(mediaType = "text/csv", schema = @Schema(type = "string",
							example = "period,events,goldstein_mean,quad1,quad2,quad3,quad4")) })
	@ApiResponse(responseCode = "400", description = "A parameter is malformed, or the range spans too many periods",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No actor with the given id",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	Cooperation cooperation(@ParameterObject @Valid CooperationRequest request) {
		return series.cooperation(request);
	}

}
