package org.jkgraph.actors;

import java.util.List;

/** An actor in a list: its id, name, kind, the country it belongs to (an actor id) and its aliases. */
public record ActorSummary(String id, String name, String kind, String country, List<String> aliases) {
}
