package org.jkgraph.extract;

/**
 * A trigger the extractor read in a document and let go without an event, and why ("no date", "actors unresolved",
 * "read as habitual", "below confidence"…): what {@code evaluate --explain} tells a miss whose trigger was read by.
 */
record DroppedTrigger(String source, String type, String reason) {
}
