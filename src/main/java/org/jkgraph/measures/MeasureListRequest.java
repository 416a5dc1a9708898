package org.jkgraph.measures;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Pattern;
import org.jkgraph.api.PageNumber;
import org.jkgraph.api.PageSize;
import org.jkgraph.api.ParameterDocs;
import org.jkgraph.api.Paging;

/** The query parameters of {@code GET /api/measures}. */
record MeasureListRequest(
		@Parameter(description = "A day, YYYY-MM-DD: list only the measures in force on it") String asOf,
		@Parameter(description = "Measure kind: " + MeasureListRequest.KINDS_TEXT)
		@Pattern(regexp = MeasureListRequest.KINDS, message = "must be one of " + MeasureListRequest.KINDS_TEXT)
		String kind,
		@Parameter(description = ParameterDocs.SOURCE) List<String> source,
		@Parameter(description = ParameterDocs.METHOD) String method,
		@Parameter(description = ParameterDocs.STATUS) List<String> status,
		@Parameter(description = ParameterDocs.INCLUDE) String include,
		@Parameter(description = ParameterDocs.PAGE) @PageNumber Integer page,
		@Parameter(description = ParameterDocs.SIZE) @PageSize Integer size) {

	static final String KINDS = "export_control|trade_status|trade_dispute|security_agreement|diplomatic_channel"
			+ "|compensation_scheme|agreement|sanction|information_sharing|listing";

	static final String KINDS_TEXT = "export_control, trade_status, trade_dispute, security_agreement, "
			+ "diplomatic_channel, compensation_scheme, agreement, sanction, information_sharing or listing";

	Paging paging() {
		return Paging.of(page, size);
	}

}
