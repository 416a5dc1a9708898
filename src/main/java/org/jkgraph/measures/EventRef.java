package org.jkgraph.measures;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** The event behind a change of status. */
@Schema(name = "MeasureEvent")
public record EventRef(String id, LocalDate date, String type, String title) {
}
