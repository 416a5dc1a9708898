package org.jkgraph.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jkgraph.api.BadParameterException;
import org.jkgraph.api.GraphReader;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Service;

/** Full-text search of facts by name, alias, title, summary and description, ranked by score. */
@Service
public class FactSearch {

	public static final int DEFAULT_LIMIT = 20;

	/** The kinds the {@code fact_text} index covers. */
	static final List<String> KINDS = List.of("actor", "place", "topic", "measure", "event", "source");

	static final int SUMMARY_LENGTH = 200;

	private static final String QUERY = "search/fulltext";

	private final GraphReader reader;

	public FactSearch(GraphReader reader) {
		this.reader = reader;
		reader.require(QUERY);
	}

	public SearchResult search(String q, String kind, int size) {
		String query = SearchText.lucene(q);
		String normalisedKind = kind(kind);
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("query", query);
		parameters.put("kind", normalisedKind);
		parameters.put("limit", size);
		List<SearchHit> hits = reader.list(QUERY, parameters, FactSearch::hit);
		return new SearchResult(q, normalisedKind, query, hits);
	}

	private static String kind(String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		String normalised = kind.strip().toLowerCase(Locale.ROOT);
		if (!KINDS.contains(normalised)) {
			throw new BadParameterException("kind", "kind must be one of " + KINDS + ", was '" + kind + "'");
		}
		return normalised;
	}

	private static SearchHit hit(Record row) {
		return new SearchHit(row.get("id").asString(), row.get("kind").asString(null),
				row.get("labels").asList(v -> v.asString()), row.get("name").asString(null),
				row.get("score").asDouble(), shorten(row.get("summary").asString(null)));
	}

	/** The start of a long text, cut at a word and marked with an ellipsis. */
	static String shorten(String text) {
		if (text == null || text.length() <= SUMMARY_LENGTH) {
			return text;
		}
		int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
		return text.substring(0, (cut > SUMMARY_LENGTH / 2) ? cut : SUMMARY_LENGTH).stripTrailing() + " …";
	}

}
