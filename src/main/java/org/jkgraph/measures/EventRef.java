package org.jkgraph.measures;

import java.time.LocalDate;

/** The event behind a change of status. */
public record EventRef(String id, LocalDate date, String type, String title) {
}
