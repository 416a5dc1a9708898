package org.jkgraph.sources;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jkgraph.api.GraphReader;
import org.jkgraph.api.Page;
import org.jkgraph.api.Paging;

import org.springframework.stereotype.Component;

/** Reads sources with the named queries in {@code cypher/queries/sources/}. */
@Component
class SourceQueries {

	private static final String LIST = "sources/list";

	private static final String BY_ID = "sources/by_id";

	private final GraphReader reader;

	SourceQueries(GraphReader reader) {
		this.reader = reader;
		reader.require(LIST, BY_ID);
	}

	Page<SourceSummary> list(SourcesRequest request) {
		return reader.page(LIST, request.parameters(), request.paging(), SourceSummary.class).orElseThrow();
	}

	Optional<SourceDetails> byId(String id, Paging paging) {
		Map<String, Object> parameters = new HashMap<>(paging.parameters());
		parameters.put("id", id);
		return reader.single(BY_ID, parameters, row -> new SourceDetails(row.get("id").asString(),
				row.get("title").asString(null), row.get("publisher").asString(null), row.get("author").asString(null),
				row.get("published").asLocalDate(null), row.get("publishedPrecision").asString(null),
				row.get("url").asString(null), row.get("language").asString(null), row.get("type").asString(null),
				row.get("corpusFile").asString(null), row.get("notes").asString(null),
				new Page<>(row.get("items").asList(item -> item.as(SourceDetails.Citation.class)), paging.page(),
						paging.size(), row.get("total").asLong())));
	}

}
