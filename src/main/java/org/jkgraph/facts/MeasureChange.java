package org.jkgraph.facts;

/**
 * What an event did to a measure. The change takes effect on {@code effective} when given, otherwise on the
 * event's date.
 */
public record MeasureChange(String measure, String change, FactDate effective) {
}
