package org.jkgraph.facts;

/** A position an actor holds or held; {@code end} is {@code null} while it is still held. */
public record Office(String role, String of, String title, FactDate start, FactDate end) {
}
