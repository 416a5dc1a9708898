/**
 * Measures: states that hold over time (export controls, white-list removals, a WTO dispute, pacts, dialogue
 * channels, compensation schemes), whose status follows from the events that change them.
 * {@link org.jkgraph.measures.MeasureController} serves {@code /api/measures}: what was in force on a day, and one
 * measure with its status history. The Cypher is in {@code cypher/queries/measures/}.
 */
package org.jkgraph.measures;
