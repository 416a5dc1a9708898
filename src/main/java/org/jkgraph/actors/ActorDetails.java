package org.jkgraph.actors;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One actor: names, the country it belongs to, offices held, memberships, and a digest of its events (how many,
 * under which roles, first and last date), with the provenance of the actor fact.
 */
public record ActorDetails(String id, String name, String kind, List<String> aliases, List<NativeName> nativeNames,
		ActorRef country, String description, List<Office> offices, List<ActorRef> memberships,
		List<RoleCount> eventsByRole, long eventCount, LocalDate firstEvent, LocalDate lastEvent,
		List<String> sources, String method, Double confidence) {

	/** The name as written in another language ({@code ko}, {@code ja}, {@code zh}, …). */
	@Schema(name = "ActorNativeName")
	public record NativeName(String language, String name) {
	}

	/**
	 * A position held: its role ({@code president}, {@code prime_minister}, …) and title, of whom (a country, a
	 * party, a ministry) and from when to when, each date with its precision. No {@code end}: still held.
	 */
	@Schema(name = "ActorOffice")
	public record Office(String role, String title, ActorRef of, LocalDate start, String startPrecision,
			LocalDate end, String endPrecision) {
	}

	/** In how many events the actor took part under one role. */
	@Schema(name = "ActorRoleCount")
	public record RoleCount(String role, long events) {
	}

}
