package org.jkgraph.measures;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One measure with its full status history, oldest step first. {@code validFrom} is the first day it was in force;
 * {@code validTo} the day its last step ended it, null when it has not ended (or never came into force).
 * {@code status} is where it stands on the day asked about (today unless {@code asOf} is given).
 */
public record MeasureDetails(String id, String name, String kind, String summary, String status,
		LocalDate validFrom, LocalDate validTo, List<StatusStep> history, List<ActorRef> imposedBy,
		List<ActorRef> targets, List<ActorRef> parties, List<Topic> topics, List<SourceCitation> sources,
		String notes, String method, Double confidence) {

	@Schema(name = "MeasureTopic")
	public record Topic(String id, String name) {
	}

	/** A source the measure fact cites, with where in it ({@code locator}) and an optional note. */
	@Schema(name = "MeasureSource")
	public record SourceCitation(String id, String title, String publisher, LocalDate published, String url,
			String locator, String note) {
	}

}
