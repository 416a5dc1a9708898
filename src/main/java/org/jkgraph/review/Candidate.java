package org.jkgraph.review;

import java.time.LocalDate;
import java.util.List;

/**
 * A fact the extractor found, as a reviewer sees it: what it says, how sure the extractor is, and the sentences it
 * rests on. {@code decision} is null until a reviewer has decided.
 */
public record Candidate(String id, String kind, String status, String name, String type, LocalDate date,
		String dateText, Double confidence, String dataset, String notes, List<Participant> participants,
		List<Change> changes, List<Evidence> evidence, Decision decision) {

	/** An actor taking part in a candidate event; {@code status} is the actor's own (candidate for a new one). */
	public record Participant(String id, String name, String role, String status) {
	}

	/** What a candidate event does to a measure. */
	public record Change(String measure, String name, String change, String status, LocalDate effective) {
	}

	/**
	 * A sentence the candidate rests on: the document ({@code source}, its title and address), where the sentence is
	 * ({@code start}..{@code end}, character offsets in the document), and the words that triggered the reading
	 * ({@code trigger}, at {@code triggerStart}..{@code triggerEnd} in the document).
	 */
	public record Evidence(String source, String title, String url, LocalDate published, String locator, String note,
			String sentence, Integer start, Integer end, String trigger, Integer triggerStart, Integer triggerEnd) {
	}

}
