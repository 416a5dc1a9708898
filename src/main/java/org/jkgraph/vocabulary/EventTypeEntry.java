package org.jkgraph.vocabulary;

import java.util.List;

/**
 * An event type of the vocabulary with its codes in the event-data standards: PLOVER category and mode, CAMEO code,
 * the CAMEO QuadClass it falls in and its Goldstein score (-10 conflict … +10 cooperation); none of them for records
 * that are no interaction between actors (a poll, an inauguration). {@code changes} are the measure changes such
 * events usually make.
 */
public record EventTypeEntry(String id, String label, String plover, String mode, String cameo, Integer quadClass,
		Double goldstein, String description, List<String> changes) {
}
