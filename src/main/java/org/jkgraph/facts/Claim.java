package org.jkgraph.facts;

import java.util.List;

/**
 * One attributed value of a fact's field when sources disagree. {@code value} is what the file says: a
 * {@link String}, {@link Long}, {@link Double}, {@link Boolean}, a list or a map of those, or {@code null}.
 */
public record Claim(String field, Object value, Rank rank, List<Citation> sources, String note) {

	public Claim {
		sources = Immutable.list(sources);
	}

}
