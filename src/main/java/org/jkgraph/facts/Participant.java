package org.jkgraph.facts;

/** An actor taking part in an event, in a role such as {@code initiator}, {@code target} or {@code host}. */
public record Participant(String actor, String role) {
}
