package org.jkgraph.observations;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import org.jkgraph.api.PageNumber;
import org.jkgraph.api.PageSize;
import org.jkgraph.api.ParameterDocs;
import org.jkgraph.api.Paging;

/** The query parameters of {@code GET /api/observations}. */
record ObservationsRequest(
		@Parameter(description = "What is measured: exports, imports, gdp, poll_share, export_market_rank, …",
				example = "exports")
		@Pattern(regexp = "[a-z_]+", message = "must be an indicator such as exports") String indicator,
		@Parameter(description = "Id of the actor the number is about, e.g. japan") String subject,
		@Parameter(description = "Id of the other side, for flows: exports of the subject to the counterpart") String counterpart,
		@Parameter(description = ParameterDocs.FROM + "; observations whose period overlaps count") String from,
		@Parameter(description = ParameterDocs.TO) String to,
		@Parameter(description = ParameterDocs.SOURCE) List<String> source,
		@Parameter(description = ParameterDocs.METHOD) String method,
		@Parameter(description = ParameterDocs.STATUS) List<String> status,
		@Parameter(description = ParameterDocs.INCLUDE) String include,
		@Parameter(description = ParameterDocs.PAGE) @PageNumber Integer page,
		@Parameter(description = ParameterDocs.SIZE) @PageSize Integer size,
		@Parameter(description = ParameterDocs.FORMAT, schema = @Schema(allowableValues = { "csv", "json" }))
		@Pattern(regexp = "csv|json", message = "must be csv or json") String format) {

	Paging paging() {
		return Paging.of(page, size);
	}

}
