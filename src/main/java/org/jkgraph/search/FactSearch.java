package org.jkgraph.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jkgraph.api.BadParameterException;
import org.jkgraph.api.FactFilter;
import org.jkgraph.api.GraphReader;
import org.jkgraph.search.SearchText.Match;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search of facts by name, alias, native spelling, title, summary and description, ranked by how they
 * match: exact name first, then prefix, then fuzzy, then other text (see {@link SearchText}); of those that match
 * alike, things before the records that mention them, then by score. Each query reads more
 * candidates than asked for, so that an exact name Lucene scores low (a long name) is still found and moved up.
 */
@Service
@Transactional(readOnly = true)
public class FactSearch {

	public static final int DEFAULT_LIMIT = 20;

	/** The kinds the {@code fact_search} index covers. */
	static final List<String> KINDS = List.of("actor", "place", "topic", "measure", "event", "observation", "source");

	static final int SUMMARY_LENGTH = 200;

	private static final String QUERY = "search/fulltext";

	private final GraphReader reader;

	public FactSearch(GraphReader reader) {
		this.reader = reader;
		reader.require(QUERY);
	}

	public SearchResult search(String q, String kind, int size) {
		return search(q, kind, size, FactFilter.DEFAULT_STATUSES);
	}

	/** {@link #search(String, String, int)} among facts of these review statuses only. */
	public SearchResult search(String q, String kind, int size, List<String> statuses) {
		List<String> words = SearchText.words(q);
		String normalisedKind = kind(kind);
		int candidates = Math.min(500, Math.max(50, 3 * size));
		String exact = SearchText.exact(words);
		Map<String, Candidate> found = new LinkedHashMap<>();
		for (Candidate candidate : candidates(exact, normalisedKind, candidates, statuses)) {
			Match byName = SearchText.byName(candidate.names(), q);
			found.put(candidate.hit().id(), candidate.as((byName != null) ? byName : Match.TEXT));
		}
		String fuzzy = null;
		boolean nameFound = found.values().stream().anyMatch(c -> c.match() == Match.EXACT || c.match() == Match.PREFIX);
		if (!nameFound) {
			fuzzy = SearchText.fuzzy(words);
			if (fuzzy != null) {
				for (Candidate candidate : candidates(fuzzy, normalisedKind, candidates, statuses)) {
					found.putIfAbsent(candidate.hit().id(), candidate.as(Match.FUZZY));
				}
			}
		}
		List<SearchHit> hits = found.values().stream()
			.sorted(Comparator.comparing(Candidate::match)
				.thenComparingInt(c -> kindRank(c.hit().kind()))
				.thenComparing(Comparator.comparingDouble((Candidate c) -> c.hit().score()).reversed())
				.thenComparing(c -> c.hit().id()))
			.limit(size)
			.map(Candidate::hit)
			.toList();
		return new SearchResult(q, normalisedKind, exact, fuzzy, hits);
	}

	private List<Candidate> candidates(String query, String kind, int limit, List<String> statuses) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("statuses", statuses);
		parameters.put("query", SearchText.among(query, statuses));
		parameters.put("kind", kind);
		parameters.put("limit", limit);
		return reader.list(QUERY, parameters, FactSearch::candidate);
	}

	/**
	 * Of hits that match alike, the things named (actors, measures, topics, places) before the records that mention
	 * them (observations, events, sources): "GSOMIA" is first the agreement, then the events about it.
	 */
	private static int kindRank(String kind) {
		return switch (kind == null ? "" : kind) {
			case "actor", "measure", "topic", "place" -> 0;
			case "observation" -> 1;
			case "event" -> 2;
			default -> 3;
		};
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

	private static Candidate candidate(Record row) {
		SearchHit hit = new SearchHit(row.get("id").asString(), row.get("kind").asString(null),
				row.get("labels").asList(Value::asString), row.get("name").asString(null), null,
				row.get("score").asDouble(), shorten(row.get("summary").asString(null)));
		List<String> names = new ArrayList<>(row.get("names").asList(value -> value.asString(null)));
		return new Candidate(hit, names, null);
	}

	/** The start of a long text, cut at a word and marked with an ellipsis. */
	static String shorten(String text) {
		if (text == null || text.length() <= SUMMARY_LENGTH) {
			return text;
		}
		int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
		return text.substring(0, (cut > SUMMARY_LENGTH / 2) ? cut : SUMMARY_LENGTH).stripTrailing() + " …";
	}

	/** A hit with the names it is known by, and how it matched. */
	private record Candidate(SearchHit hit, List<String> names, Match match) {

		Candidate as(Match how) {
			SearchHit ranked = new SearchHit(hit.id(), hit.kind(), hit.labels(), hit.name(), how.id(), hit.score(),
					hit.summary());
			return new Candidate(ranked, names, how);
		}

	}

}
