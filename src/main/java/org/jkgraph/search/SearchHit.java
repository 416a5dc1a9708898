package org.jkgraph.search;

import java.util.List;

/**
 * One fact that matched: its id and kind (the {@code fact} property), its labels, its name (or title), how it
 * matched ({@code exact}: a name or alias is what was typed; {@code prefix}: one starts with it; {@code fuzzy}: one
 * is within an edit or two of it; {@code text}: the words are in its other text), the full-text score (higher is
 * better; only comparable within one answer) and the start of its summary or description.
 */
public record SearchHit(String id, String kind, List<String> labels, String name, String match, double score,
		String summary) {
}
