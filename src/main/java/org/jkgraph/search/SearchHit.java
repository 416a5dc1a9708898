package org.jkgraph.search;

import java.util.List;

/**
 * One fact that matched: its id and kind (the {@code fact} property), its labels, its name (or title), the search
 * score (higher is better; only comparable within one answer) and the start of its summary or description.
 */
public record SearchHit(String id, String kind, List<String> labels, String name, double score, String summary) {
}
