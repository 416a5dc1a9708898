package org.jkgraph.facts;

import java.util.List;

/** Where facts come from: an article, report, official record or dataset. */
public record SourceFact(String id, String publisher, String author, String title, FactDate published, String url,
		String language, String type, String corpusFile, String method, double confidence, List<Citation> sources,
		List<Claim> claims, String notes, Origin origin) implements Fact {

	public SourceFact {
		sources = Immutable.list(sources);
		claims = Immutable.list(claims);
	}

	@Override
	public FactKind kind() {
		return FactKind.SOURCE;
	}

}
