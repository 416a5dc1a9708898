package org.jkgraph.facts;

import java.util.List;
import java.util.Locale;

import org.jkgraph.model.FactValues;

/**
 * One attributed value of a fact's field when sources disagree. {@code value} is what the file says: a
 * {@link String}, {@link Long}, {@link Double}, {@link Boolean}, a list or a map of those, or {@code null}. On a link
 * field ({@code causes}, {@code respondsTo}, …) the value names one linked fact. {@code disputes} when the claim says
 * the value (or link) is not so; {@code by} are the actors who make it.
 */
public record Claim(String field, Object value, Rank rank, boolean disputes, List<String> by, List<Citation> sources,
		String note) {

	public Claim {
		by = (by != null) ? List.copyOf(by) : List.of();
		sources = (sources != null) ? List.copyOf(sources) : List.of();
	}

	static Claim of(FactValues values) {
		String rank = values.text("rank");
		return new Claim(values.text("field"), values.get("value"),
				(rank != null) ? Rank.valueOf(rank.toUpperCase(Locale.ROOT)) : null, "disputes".equals(values.text("stance")),
				values.texts("by"), Citation.all(values.objects("sources")), values.text("note"));
	}

}
