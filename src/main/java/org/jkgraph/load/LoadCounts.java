package org.jkgraph.load;

import java.util.Map;
import java.util.TreeMap;

/** What a load did to one kind of fact. */
public record LoadCounts(int created, int updated, int unchanged, int removed) {

	static final LoadCounts NONE = new LoadCounts(0, 0, 0, 0);

	LoadCounts plus(LoadCounts other) {
		return new LoadCounts(created + other.created, updated + other.updated, unchanged + other.unchanged,
				removed + other.removed);
	}

	boolean changedAnything() {
		return created + updated + removed > 0;
	}

	static Map<String, LoadCounts> sum(Map<String, LoadCounts> a, Map<String, LoadCounts> b) {
		Map<String, LoadCounts> sum = new TreeMap<>(a);
		b.forEach((kind, counts) -> sum.merge(kind, counts, LoadCounts::plus));
		return sum;
	}

}
