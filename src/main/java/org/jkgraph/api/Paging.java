package org.jkgraph.api;

import java.util.Map;

/** A validated page request: {@code page} from 0, {@code size} 1 … {@value #MAX_SIZE}. */
public record Paging(int page, int size) {

	public static final int MAX_SIZE = 500;

	public static final int DEFAULT_SIZE = 50;

	public static Paging of(Integer page, Integer size) {
		int p = (page != null) ? page : 0;
		int s = (size != null) ? size : DEFAULT_SIZE;
		if (p < 0) {
			throw new BadParameterException("page", "page must be 0 or more, was " + p);
		}
		if (s < 1 || s > MAX_SIZE) {
			throw new BadParameterException("size", "size must be between 1 and " + MAX_SIZE + ", was " + s);
		}
		return new Paging(p, s);
	}

	public long skip() {
		return (long) page * size;
	}

	/** The {@code $skip} and {@code $limit} parameters of the named list queries. */
	public Map<String, Object> parameters() {
		return Map.of("skip", skip(), "limit", size);
	}

}
