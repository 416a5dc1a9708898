package org.jkgraph.events;

/** An actor taking part in an event, in one role ({@code initiator}, {@code target}, {@code host}, …). */
public record Participant(String id, String name, String kind, String role) {
}
