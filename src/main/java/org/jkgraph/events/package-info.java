/**
 * Events: what happened between Japan, South Korea and those around them. {@link org.jkgraph.events.EventController}
 * serves {@code /api/events} (the filtered list and one event with its participants, measures, links to other
 * events, claims and sources) and {@link org.jkgraph.events.TimelineController} {@code /api/timeline}. The Cypher is
 * in {@code cypher/queries/events/} and {@code cypher/queries/timeline/}.
 */
package org.jkgraph.events;
