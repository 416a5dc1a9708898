package org.jkgraph.vocabulary;

import java.util.List;

/**
 * The whole event-type vocabulary, in the order of {@code seeds/vocabulary/event-types.yaml}: part of the project
 * rather than of the data, so it is small and never paged.
 */
public record EventTypeList(List<EventTypeEntry> items, int total) {
}
