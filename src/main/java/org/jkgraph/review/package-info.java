/**
 * Review of what the extractor found: its new events, the measure changes they carry and its candidate actors are
 * in the graph with {@code status: candidate}, left out of every default answer, until a reviewer accepts, rejects
 * or merges each one into an event the graph already holds. Decisions are remembered apart from the facts they judge,
 * so a rerun of the extractor and a reload of its output never bring a rejected candidate back. Entry point:
 * {@link ReviewDecisions}.
 */
package org.jkgraph.review;
