package org.jkgraph.measures;

/** An actor a measure names: who imposes it, whom it targets, who is party to it. */
public record ActorRef(String id, String name) {
}
