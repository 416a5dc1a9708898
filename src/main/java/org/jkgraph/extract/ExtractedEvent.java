package org.jkgraph.extract;

import java.util.List;

import org.jkgraph.facts.Citation;
import org.jkgraph.facts.FactDate;
import org.jkgraph.facts.MeasureChange;
import org.jkgraph.facts.Participant;

/**
 * One real event as the extractor read it from one or more sentences: its own type, date, participants and measure
 * changes (never those of a curated event it matched), how sure it is, and the sentences it rests on. {@code supports}
 * names the curated event it reports when it matched one (then its citations are mentions of that event, and no new
 * event is written); otherwise {@code id} is the id of the new event written for it.
 */
public record ExtractedEvent(String id, String type, FactDate date, List<Participant> participants,
		List<MeasureChange> measures, String place, double confidence, List<Citation> citations, String supports) {

	public ExtractedEvent {
		participants = List.copyOf(participants);
		measures = List.copyOf(measures);
		citations = List.copyOf(citations);
	}

	public boolean isNew() {
		return supports == null;
	}

}
