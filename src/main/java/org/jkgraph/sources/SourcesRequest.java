package org.jkgraph.sources;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jkgraph.api.DateParameters;
import org.jkgraph.api.FactFilter;
import org.jkgraph.api.PageNumber;
import org.jkgraph.api.PageSize;
import org.jkgraph.api.ParameterDocs;
import org.jkgraph.api.Paging;

/** The query parameters of {@code GET /api/sources}. */
record SourcesRequest(
		@Parameter(description = "Text to find, ignoring case, in the publisher's name, e.g. Reuters; at most 100 "
				+ "characters") @Size(max = 100, message = "must be at most 100 characters") String publisher,
		@Parameter(description = "Text to find, ignoring case, in the title or the author; at most 100 characters")
		@Size(max = 100, message = "must be at most 100 characters") String q,
		@Parameter(description = "Source type: news, analysis, official, dataset or reference")
		@Pattern(regexp = "news|analysis|official|dataset|reference",
				message = "must be one of news, analysis, official, dataset or reference") String type,
		@Parameter(description = "Language code, e.g. en")
		@Pattern(regexp = "[a-z]{2,3}(-[A-Za-z]{2,4})?", message = "must be a language code such as en") String language,
		@Parameter(description = "Published on or after: YYYY, YYYY-MM or YYYY-MM-DD, meaning its first day") String from,
		@Parameter(description = "Published on or before: YYYY, YYYY-MM or YYYY-MM-DD, meaning its last day") String to,
		@Parameter(description = ParameterDocs.STATUS) List<String> status,
		@Parameter(description = ParameterDocs.INCLUDE) String include,
		@Parameter(description = ParameterDocs.PAGE) @PageNumber Integer page,
		@Parameter(description = ParameterDocs.SIZE) @PageSize Integer size) {

	/** The parameters of {@code sources/list}; blank values are no filter. */
	Map<String, Object> parameters() {
		LocalDate first = DateParameters.from("from", from);
		LocalDate last = DateParameters.to("to", to);
		DateParameters.checkOrder(first, last);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("publisher", blankToNull(publisher));
		parameters.put("q", blankToNull(q));
		parameters.put("type", blankToNull(type));
		parameters.put("language", blankToNull(language));
		parameters.put("from", first);
		parameters.put("to", last);
		parameters.put("statuses", FactFilter.statuses(status, include));
		return parameters;
	}

	Paging paging() {
		return Paging.of(page, size);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
