package org.jkgraph.search;

import java.util.List;

/**
 * The hits for {@code q}, best first: exact name matches, then names that start with it, then fuzzy name matches,
 * then matches in other text; within each, by score. {@code query} is the Lucene query asked, {@code fuzzyQuery} the
 * fuzzy one when it was asked too (only when no name equals or starts with {@code q}).
 */
public record SearchResult(String q, String kind, String query, String fuzzyQuery, List<SearchHit> hits) {
}
