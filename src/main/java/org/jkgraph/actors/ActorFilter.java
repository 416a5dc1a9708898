package org.jkgraph.actors;

import org.jkgraph.api.FactFilter;

/** The filters of the actor list; null means no filter. */
record ActorFilter(String kind, String country, String q, FactFilter facts) {
}
