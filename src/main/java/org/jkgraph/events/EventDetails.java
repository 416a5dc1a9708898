package org.jkgraph.events;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One event with everything the graph knows about it: dates ({@code date} the first day, {@code dateEnd} the last
 * day it covers, {@code endDate} the written end for events that last), its codes in the event-data standards
 * (PLOVER, CAMEO, QuadClass, Goldstein), participants, place, topics, the measures it changed, its links to other
 * events in both directions, disagreeing claims with their rank and sources, the sources it cites, and provenance.
 */
public record EventDetails(String id, String type, String title, String summary, LocalDate date,
		String datePrecision, String dateText, LocalDate endDate, LocalDate dateEnd, String plover, String mode,
		String cameo, Integer quadClass, Double goldstein, String notes, String method, Double confidence,
		String dataset, List<Participant> participants, Place place, List<Topic> topics,
		List<MeasureChange> measures, Links links, List<Claim> claims, List<SourceCitation> sources) {

	@Schema(name = "EventPlace")
	public record Place(String id, String name, String kind, Double latitude, Double longitude) {
	}

	@Schema(name = "EventTopic")
	public record Topic(String id, String name) {
	}

	/**
	 * What the event did to a measure: the {@code change} ({@code impose}, {@code lift}, …), the {@code status} it
	 * led to, and the day it took effect.
	 */
	@Schema(name = "EventMeasureChange")
	public record MeasureChange(String id, String name, String change, String status, LocalDate effective,
			String effectivePrecision) {
	}

	/** Links to other events, each kind in both directions. */
	@Schema(name = "EventLinks")
	public record Links(List<LinkedEvent> causes, List<LinkedEvent> causedBy, List<LinkedEvent> respondsTo,
			List<LinkedEvent> respondedToBy, List<LinkedEvent> followsUp, List<LinkedEvent> followedUpBy,
			List<LinkedEvent> partOf, List<LinkedEvent> parts) {
	}

	/**
	 * The event at the other end of a link, and the link itself: {@code link} is the relationship's id, whose
	 * sources {@code /api/provenance/{link}} lists. A cause, response or follow-up link carries the {@code claims}
	 * about it when sources disagree on it: who asserts it and who disputes it, ranked, with their sources.
	 */
	@Schema(name = "LinkedEvent")
	public record LinkedEvent(String id, LocalDate date, String type, String title, String link,
			List<LinkClaim> claims) {

		public LinkedEvent {
			claims = (claims != null) ? claims : List.of();
		}

	}

	/**
	 * What one side says about a link: it {@code asserts} or {@code disputes} it, {@code by} whom (actor ids), ranked
	 * {@code preferred} (the graph holds the link on its word), {@code normal} or {@code deprecated}.
	 */
	@Schema(name = "LinkClaim")
	public record LinkClaim(String stance, String rank, List<String> by, String note, List<SourceCitation> sources) {
	}

	/**
	 * One value of a field that sources disagree on ({@code date}, {@code type}, …), ranked {@code preferred},
	 * {@code normal} or {@code deprecated}, with the sources that give it. The value keeps its type (text, a number
	 * or a boolean).
	 */
	@Schema(name = "EventClaim")
	public record Claim(String field, Object value, String rank, String note, List<SourceCitation> sources) {
	}

}
