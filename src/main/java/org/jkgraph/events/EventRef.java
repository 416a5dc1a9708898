package org.jkgraph.events;

import java.time.LocalDate;

/** Another event, named where an answer refers to it. */
public record EventRef(String id, LocalDate date, String type, String title) {
}
