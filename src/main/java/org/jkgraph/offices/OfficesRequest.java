package org.jkgraph.offices;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Pattern;
import org.jkgraph.api.PageNumber;
import org.jkgraph.api.PageSize;
import org.jkgraph.api.ParameterDocs;
import org.jkgraph.api.Paging;

/** The query parameters of {@code GET /api/offices}. */
record OfficesRequest(
		@Parameter(description = "Id of the actor the offices are of: a country (japan, south-korea), a party, a "
				+ "ministry", example = "south-korea") String of,
		@Parameter(description = "Office role, e.g. president, prime_minister, foreign_minister, defence_minister, "
				+ "trade_minister, chief_cabinet_secretary, ambassador", example = "president")
		@Pattern(regexp = "[a-z_]+", message = "must be a role such as prime_minister") String role,
		@Parameter(description = "A day, YYYY-MM-DD: the offices held on it; or YYYY-MM, YYYY: held at some time in "
				+ "that month or year; omitted: the whole history", example = "2023-06-01") String on,
		@Parameter(description = "Id of the holder, e.g. fumio-kishida: the offices this actor held") String holder,
		@Parameter(description = ParameterDocs.SOURCE) List<String> source,
		@Parameter(description = ParameterDocs.METHOD) String method,
		@Parameter(description = ParameterDocs.STATUS) List<String> status,
		@Parameter(description = ParameterDocs.INCLUDE) String include,
		@Parameter(description = ParameterDocs.PAGE) @PageNumber Integer page,
		@Parameter(description = ParameterDocs.SIZE) @PageSize Integer size) {

	Paging paging() {
		return Paging.of(page, size);
	}

}
