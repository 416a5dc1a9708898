package org.jkgraph.review;

/**
 * A reviewer's decision on a candidate: {@code accepted}, {@code rejected} or {@code merged} ({@code into} an event
 * the graph already holds, whose mentions the candidate's sentences became), when, and an optional note.
 */
public record Decision(String id, String status, String into, String decided, String note) {
}
