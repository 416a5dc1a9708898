package org.jkgraph.extract;

import java.util.List;

import org.jkgraph.facts.Citation;
import org.jkgraph.facts.FactDate;
import org.jkgraph.facts.MeasureChange;
import org.jkgraph.facts.Participant;

/**
 * One mention of an event in one sentence, before mentions of the same event are merged: its type, date (and where
 * the date came from), participants, place, what the sentence asserts, how sure we are and the evidence, and the changes it makes to curated measures.
 */
record Candidate(String type, FactDate date, DateSource dateSource, List<Participant> participants, String place,
		Modality modality, double confidence, Citation citation, List<MeasureChange> measures) {

	/** Where a candidate's date came from, best first; the factor is how much it leaves of the confidence. */
	enum DateSource {

		/** A temporal expression in the sentence. */
		SENTENCE(1.0),
		/** "the same day": the event reported before. */
		ANAPHORIC(0.95),
		/** No expression; the paragraph's last date. */
		PARAGRAPH(0.85),
		/** No expression in the paragraph; the day a news report is about (its dateline or lead's day). */
		STORY(0.85),
		/** No date anywhere near: the publication date, to the month (news) or year (analysis). */
		PUBLICATION(0.8);

		private final double factor;

		DateSource(double factor) {
			this.factor = factor;
		}

		/**
		 * @param looksBack whether the document is an analysis piece: its undated events may lie years back, so the
		 * publication year is a weaker guess than a news report's publication month
		 */
		double factor(boolean looksBack) {
			return (this == PUBLICATION) ? (looksBack ? 0.75 : 0.9) : factor;
		}

	}

	Candidate {
		participants = List.copyOf(participants);
		measures = List.copyOf(measures);
	}

	/** The same reading with other measure changes. */
	Candidate withMeasures(List<MeasureChange> changes) {
		return new Candidate(type, date, dateSource, participants, place, modality, confidence, citation, changes);
	}

}
