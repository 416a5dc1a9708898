package org.jkgraph.topics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Size;
import org.jkgraph.api.FactFilter;
import org.jkgraph.api.PageNumber;
import org.jkgraph.api.PageSize;
import org.jkgraph.api.ParameterDocs;
import org.jkgraph.api.Paging;

/** The query parameters of {@code GET /api/topics}. */
record TopicsRequest(
		@Parameter(description = "Id of a topic the topics are narrower than, at any depth, e.g. trade") String broader,
		@Parameter(description = "Text to find, ignoring case, in the name or an alias; at most 100 characters")
		@Size(max = 100, message = "must be at most 100 characters") String q,
		@Parameter(description = ParameterDocs.SOURCE) List<String> source,
		@Parameter(description = ParameterDocs.METHOD) String method,
		@Parameter(description = ParameterDocs.STATUS) List<String> status,
		@Parameter(description = ParameterDocs.INCLUDE) String include,
		@Parameter(description = ParameterDocs.PAGE) @PageNumber Integer page,
		@Parameter(description = ParameterDocs.SIZE) @PageSize Integer size) {

	/** The parameters of {@code topics/list}; blank values are no filter. */
	Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("broader", blankToNull(broader));
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
