package org.jkgraph.search;

import java.util.List;

/** The hits for {@code q}, best first, and the Lucene query they were found with. */
public record SearchResult(String q, String kind, String query, List<SearchHit> hits) {
}
