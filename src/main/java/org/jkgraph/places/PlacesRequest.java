package org.jkgraph.places;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jkgraph.api.FactFilter;
import org.jkgraph.api.PageNumber;
import org.jkgraph.api.PageSize;
import org.jkgraph.api.ParameterDocs;
import org.jkgraph.api.Paging;

/** The query parameters of {@code GET /api/places}. */
record PlacesRequest(
		@Parameter(description = "Place kind: country, city, region, islands, sea, strait or site")
		@Pattern(regexp = "country|city|region|islands|sea|strait|site",
				message = "must be one of country, city, region, islands, sea, strait or site") String kind,
		@Parameter(description = "Id of the country the places lie in, e.g. south-korea") String country,
		@Parameter(description = "Id of a place the places lie within, at any depth, e.g. sea-of-japan") String within,
		@Parameter(description = "Text to find, ignoring case, in the name, an alias or a native spelling; at most 100 "
				+ "characters") @Size(max = 100, message = "must be at most 100 characters") String q,
		@Parameter(description = ParameterDocs.SOURCE) List<String> source,
		@Parameter(description = ParameterDocs.METHOD) String method,
		@Parameter(description = ParameterDocs.STATUS) List<String> status,
		@Parameter(description = ParameterDocs.INCLUDE) String include,
		@Parameter(description = ParameterDocs.PAGE) @PageNumber Integer page,
		@Parameter(description = ParameterDocs.SIZE) @PageSize Integer size) {

	/** The parameters of {@code places/list}; blank values are no filter. */
	Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("kind", blankToNull(kind));
		parameters.put("country", blankToNull(country));
		parameters.put("within", blankToNull(within));
		parameters.put("q", blankToNull(q));
		return FactFilter.of(source, method, status, include).addTo(parameters);
	}

	Paging paging() {
		return Paging.of(page, size);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
