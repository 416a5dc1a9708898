package org.jkgraph.api;

/** Another fact, named where an answer refers to it: its id, name and kind (an actor's or place's kind). */
public record Ref(String id, String name, String kind) {
}
