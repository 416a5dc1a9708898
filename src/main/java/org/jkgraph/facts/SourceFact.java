package org.jkgraph.facts;

import org.jkgraph.model.FactKind;
import org.jkgraph.model.FactValues;

/** Where facts come from: an article, report, official record or dataset. */
public record SourceFact(FactKind kind, FactValues values, Origin origin) implements Fact {

	public String publisher() {
		return values.text("publisher");
	}

	public String author() {
		return values.text("author");
	}

	public String title() {
		return values.text("title");
	}

	public FactDate published() {
		return (FactDate) values.date("published");
	}

	public String url() {
		return values.text("url");
	}

	public String language() {
		return values.text("language");
	}

	public String type() {
		return values.text("type");
	}

	public String corpusFile() {
		return values.text("corpusFile");
	}

}
