/**
 * Observations: numbers with their sources (trade flows, GDP, poll shares), each about a subject actor and, for
 * flows, a counterpart. {@link org.jkgraph.observations.ObservationController} serves {@code /api/observations} as
 * JSON or CSV; the Cypher is in {@code cypher/queries/observations/}.
 */
package org.jkgraph.observations;
