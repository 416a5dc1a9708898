package org.jkgraph.api;

import java.util.Map;

/**
 * A page request: {@code page} from 0, {@code size} 1 … {@value #MAX_SIZE} (checked by Bean Validation on the
 * request records, {@link PageNumber} and {@link PageSize}), and at most {@value #MAX_OFFSET} items skipped.
 */
public record Paging(int page, int size) {

	public static final int MAX_SIZE = 500;

	public static final int DEFAULT_SIZE = 50;

	/** The most items a page may skip: deeper pages are found by narrowing the filters, not by paging on. */
	public static final long MAX_OFFSET = 1_000_000;

	public static Paging of(Integer page, Integer size) {
		int p = (page != null) ? page : 0;
		int s = (size != null) ? size : DEFAULT_SIZE;
		// Cross-field, so not a constraint of either parameter: page × size may not pass the offset limit.
		if ((long) p * s > MAX_OFFSET) {
			throw new BadParameterException("page", "page × size may be at most " + MAX_OFFSET + " (the items a page "
					+ "may skip), was " + p + " × " + s + "; narrow the filters instead");
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
