package org.jkgraph.api;

import java.util.List;

/**
 * One page of a list. Every list the API returns is paged and bounded: {@code size} is at most
 * {@link Paging#MAX_SIZE}.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

}
