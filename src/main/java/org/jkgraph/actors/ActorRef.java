package org.jkgraph.actors;

/** Another actor, named where an answer refers to it. */
public record ActorRef(String id, String name, String kind) {
}
