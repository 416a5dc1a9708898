package org.jkgraph.offices;

import java.time.LocalDate;
import java.util.List;

import org.jkgraph.api.CitedSource;
import org.jkgraph.api.Ref;

/**
 * A position held: its {@code role} and {@code title}, its {@code holder}, of whom ({@code of}: a country, a party,
 * a ministry) and from {@code start} to {@code end}, each read with its precision (day, month or year; no end: still
 * held). {@code uncertain} is true when the day or period asked about falls where an imprecise start or end leaves
 * it open whether the office was held. {@code id} is the relationship's id (for {@code /api/provenance/{id}}), and
 * {@code sources} are those of the holder's fact, with locators.
 */
public record Office(String id, String role, String title, Ref holder, Ref of, LocalDate start, String startPrecision,
		LocalDate end, String endPrecision, boolean uncertain, List<CitedSource> sources) {
}
