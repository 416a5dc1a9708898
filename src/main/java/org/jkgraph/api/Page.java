package org.jkgraph.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One page of a list. Every list the API returns is paged and bounded: {@code size} is at most
 * {@link Paging#MAX_SIZE}.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

	@JsonProperty("hasNext")
	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

}
