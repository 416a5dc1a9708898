package org.jkgraph.actors;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jkgraph.api.FactFilter;
import org.jkgraph.api.PageNumber;
import org.jkgraph.api.PageSize;
import org.jkgraph.api.ParameterDocs;
import org.jkgraph.api.Paging;

/** The query parameters of {@code GET /api/actors}. */
record ActorListRequest(
		@Parameter(description = "Actor kind: " + ActorListRequest.KINDS_TEXT)
		@Pattern(regexp = ActorListRequest.KINDS, message = "must be one of " + ActorListRequest.KINDS_TEXT) String kind,
		@Parameter(description = "Id of the country the actors belong to, e.g. japan") String country,
		@Parameter(description = "Text to find, ignoring case, in the name, an alias or a native spelling; at most "
				+ ActorListRequest.MAX_Q_LENGTH + " characters")
		@Size(max = ActorListRequest.MAX_Q_LENGTH, message = "must be at most " + ActorListRequest.MAX_Q_LENGTH
				+ " characters") String q,
		@Parameter(description = ParameterDocs.SOURCE) List<String> source,
		@Parameter(description = ParameterDocs.METHOD) String method,
		@Parameter(description = ParameterDocs.STATUS) List<String> status,
		@Parameter(description = ParameterDocs.INCLUDE) String include,
		@Parameter(description = ParameterDocs.PAGE) @PageNumber Integer page,
		@Parameter(description = ParameterDocs.SIZE) @PageSize Integer size) {

	static final int MAX_Q_LENGTH = 100;

	static final String KINDS = "country|person|government_body|party|company|international_organisation|media"
			+ "|research_body|group";

	static final String KINDS_TEXT = "country, person, government_body, party, company, international_organisation, "
			+ "media, research_body or group";

	ActorFilter filter() {
		return new ActorFilter(blankToNull(kind), blankToNull(country), blankToNull(q), FactFilter.of(source, method, status, include));
	}

	Paging paging() {
		return Paging.of(page, size);
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
