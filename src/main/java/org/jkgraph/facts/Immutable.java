package org.jkgraph.facts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive copies for the fact records, which promise never to hand out {@code null} collections. */
final class Immutable {

	private Immutable() {
	}

	static <T> List<T> list(List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

	/** Keeps the order of the file, which {@link Map#copyOf} would not. */
	static <V> Map<String, V> map(Map<String, V> map) {
		return (map != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(map)) : Map.of();
	}

}
