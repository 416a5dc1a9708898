package org.jkgraph.series;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/series}: event counts and the cooperation index per period, as JSON ({@code {…, columns, rows}}) or,
 * with {@code Accept: text/csv} or {@code format=csv}, as CSV with the same columns.
 */
@RestController
@RequestMapping("/api/series")
@Tag(name = "series", description = "Time series of events for dashboards, as JSON or CSV")
class SeriesController {

	private static final String INTERVAL = "Period length; periods are named by their first day (a week by its Monday)";

	private static final String FROM = "First day, as YYYY, YYYY-MM or YYYY-MM-DD (the first day it covers)";

	private static final String TO = "Last day, as YYYY, YYYY-MM or YYYY-MM-DD (the last day it covers)";

	private static final String ACTOR = "Only events this actor took part in (actor id)";

	private static final String FORMAT = "csv or json; overrides the Accept header";

	private final EventSeries series;

	SeriesController(EventSeries series) {
		this.series = series;
	}

	@GetMapping("/events")
	@Operation(summary = "Events per period and group",
			description = "Counts of events per period, per event type (`by=type`), per participating actor (`by=actor`) "
					+ "or all together (no `by`, group `all`). Periods without events are left out. CSV columns: "
					+ "period,group,count.")
	@ApiResponse(responseCode = "200", description = "The series",
			content = { @Content(mediaType = "application/json", schema = @Schema(implementation = EventCounts.class)),
					@Content(mediaType = "text/csv", schema = @Schema(type = "string", example = "period,group,count")) })
	@ApiResponse(responseCode = "400", description = "A parameter is malformed, or the range spans too many periods",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No actor with the given id",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> events(
			@Parameter(description = INTERVAL, schema = @Schema(allowableValues = { "day", "week", "month", "year" },
					defaultValue = "month")) @RequestParam(required = false) String interval,
			@Parameter(description = "Group by event type or by participating actor; all events together when omitted",
					schema = @Schema(allowableValues = { "type", "actor" })) @RequestParam(required = false) String by,
			@Parameter(description = FROM, example = "2019") @RequestParam(required = false) String from,
			@Parameter(description = TO, example = "2023") @RequestParam(required = false) String to,
			@Parameter(description = ACTOR, example = "japan") @RequestParam(required = false) String actor,
			@Parameter(description = "Only events of these types (comma-separated, from the event-type vocabulary)",
					example = "summit,meeting") @RequestParam(required = false) List<String> type,
			@Parameter(description = FORMAT, schema = @Schema(allowableValues = { "csv", "json" }))
			@RequestParam(required = false) String format,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		SeriesFormat answer = SeriesFormat.of(format, accept);
		EventCounts counts = series.counts(interval, by, from, to, actor, type);
		return respond(answer, counts, counts.columns(), counts.rows(), "events");
	}

	@GetMapping("/cooperation")
	@Operation(summary = "Cooperation index per period",
			description = "Of the events that have a Goldstein score: their number, mean score (-10 conflict … +10 "
					+ "cooperation) and counts per CAMEO QuadClass (1 verbal cooperation, 2 material cooperation, 3 "
					+ "verbal conflict, 4 material conflict). Periods without such events are left out. CSV columns: "
					+ "period,events,goldstein_mean,quad1,quad2,quad3,quad4.")
	@ApiResponse(responseCode = "200", description = "The series",
			content = { @Content(mediaType = "application/json", schema = @Schema(implementation = Cooperation.class)),
					@Content(mediaType = "text/csv", schema = @Schema(type = "string",
							example = "period,events,goldstein_mean,quad1,quad2,quad3,quad4")) })
	@ApiResponse(responseCode = "400", description = "A parameter is malformed, or the range spans too many periods",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No actor with the given id",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> cooperation(
			@Parameter(description = INTERVAL, schema = @Schema(allowableValues = { "day", "week", "month", "year" },
					defaultValue = "month")) @RequestParam(required = false) String interval,
			@Parameter(description = FROM, example = "2019") @RequestParam(required = false) String from,
			@Parameter(description = TO, example = "2023") @RequestParam(required = false) String to,
			@Parameter(description = ACTOR, example = "japan") @RequestParam(required = false) String actor,
			@Parameter(description = FORMAT, schema = @Schema(allowableValues = { "csv", "json" }))
			@RequestParam(required = false) String format,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		SeriesFormat answer = SeriesFormat.of(format, accept);
		Cooperation cooperation = series.cooperation(interval, from, to, actor);
		return respond(answer, cooperation, cooperation.columns(), cooperation.rows(), "cooperation");
	}

	private static ResponseEntity<?> respond(SeriesFormat format, Object json, List<String> columns,
			List<? extends Csv.Row> rows, String name) {
		if (format == SeriesFormat.CSV) {
			return ResponseEntity.ok()
				.contentType(SeriesFormat.TEXT_CSV)
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + ".csv\"")
				.body(Csv.write(columns, rows));
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
	}

}
