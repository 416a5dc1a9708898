package org.jkgraph.facts;

import java.util.List;

import org.jkgraph.model.FactValues;

/**
 * A fact's pointer into a source: the source's id, where in it ({@code locator}: paragraph, footnote, page) and an
 * optional note. Extracted facts add the {@link Evidence} they were read from.
 */
public record Citation(String source, String locator, String note, Evidence evidence) {

	static List<Citation> all(List<FactValues> citations) {
		return citations.stream().map(Citation::of).toList();
	}

	static Citation of(FactValues values) {
		FactValues evidence = values.object("evidence");
		return new Citation(values.text("source"), values.text("locator"), values.text("note"),
				(evidence != null) ? new Evidence(evidence.text("sentence"), evidence.count("start"), evidence.count("end"),
						evidence.text("trigger"), evidence.count("triggerStart"), evidence.count("triggerEnd")) : null);
	}

}
