package org.jkgraph.series;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import org.jkgraph.api.ParameterDocs;
import org.jkgraph.events.CameoPrefix;
import org.jkgraph.events.EventCodes;
import org.jkgraph.events.Goldstein;
import org.jkgraph.events.QuadClass;

/** The query parameters of {@code GET /api/series/events}. */
record EventCountsRequest(
		@Parameter(description = SeriesFilter.INTERVAL,
				schema = @Schema(allowableValues = { "day", "week", "month", "year" }, defaultValue = "month"))
		String interval,
		@Parameter(description = "Group by event type or by participating actor; all events together when omitted",
				schema = @Schema(allowableValues = { "type", "actor" })) String by,
		@Parameter(description = SeriesFilter.FROM, example = "2019") String from,
		@Parameter(description = SeriesFilter.TO, example = "2023") String to,
		@Parameter(description = SeriesFilter.ACTOR, example = "japan") String actor,
		@Parameter(description = SeriesFilter.TYPE, example = "summit,meeting") List<String> type,
		@Parameter(description = EventCodes.Docs.PLOVER) List<String> plover,
		@Parameter(description = EventCodes.Docs.CAMEO) @CameoPrefix String cameo,
		@Parameter(description = EventCodes.Docs.QUAD_CLASS) List<@QuadClass Integer> quadClass,
		@Parameter(description = EventCodes.Docs.MIN_GOLDSTEIN) @Goldstein Double minGoldstein,
		@Parameter(description = EventCodes.Docs.MAX_GOLDSTEIN) @Goldstein Double maxGoldstein,
		@Parameter(description = ParameterDocs.SOURCE) List<String> source,
		@Parameter(description = ParameterDocs.METHOD) String method,
		@Parameter(description = ParameterDocs.STATUS) List<String> status,
		@Parameter(description = ParameterDocs.INCLUDE) String include,
		@Parameter(description = ParameterDocs.FORMAT, schema = @Schema(allowableValues = { "csv", "json" }))
		@Pattern(regexp = "csv|json", message = "must be csv or json") String format) {
}
