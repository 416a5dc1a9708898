package org.jkgraph.api;

import java.time.LocalDate;

import org.jkgraph.facts.FactDate;

/**
 * Dates in query parameters, written as in the facts: {@code 2019}, {@code 2019-07} or {@code 2019-07-01}. A
 * {@code from} means the first day it covers and a {@code to} the last, so {@code from=2019&to=2019} is all of 2019.
 */
public final class DateParameters {

	private DateParameters() {
	}

	public static LocalDate from(String parameter, String value) {
		return (value == null || value.isBlank()) ? null : parse(parameter, value).first();
	}

	public static LocalDate to(String parameter, String value) {
		return (value == null || value.isBlank()) ? null : parse(parameter, value).last();
	}

	/** A single day; only the full {@code YYYY-MM-DD} form is accepted. */
	public static LocalDate day(String parameter, String value) {
		FactDate date = parse(parameter, value);
		if (!date.first().equals(date.last())) {
			throw new BadParameterException(parameter, parameter + " must be a day (YYYY-MM-DD), was '" + value + "'");
		}
		return date.first();
	}

	public static void checkOrder(LocalDate from, LocalDate to) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new BadParameterException("to", "to (" + to + ") is before from (" + from + ")");
		}
	}

	private static FactDate parse(String parameter, String value) {
		try {
			return FactDate.parse(value);
		}
		catch (IllegalArgumentException ex) {
			throw new BadParameterException(parameter, parameter + ": " + ex.getMessage());
		}
	}

}
