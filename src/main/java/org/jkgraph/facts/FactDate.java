package org.jkgraph.facts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jkgraph.model.DateValue;

/**
 * A date as written in a fact file, with the precision its form implies: {@code 2019} covers the whole year,
 * {@code 2019-07} the month and {@code 2019-07-01} the day. {@code first} and {@code last} are the days it covers.
 */
public record FactDate(LocalDate first, LocalDate last, Precision precision, String text) implements DateValue {

	private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	/**
	 * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
	 * @throws IllegalArgumentException for any other form and for impossible dates such as {@code 2019-02-30}
	 */
	public static FactDate parse(String text) {
		Matcher matcher = FORM.matcher((text != null) ? text.strip() : "");
		if (!matcher.matches()) {
			throw new IllegalArgumentException("'" + text + "' is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)");
		}
		int year = Integer.parseInt(matcher.group(1));
		try {
			if (matcher.group(2) == null) {
				return new FactDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR,
						matcher.group());
			}
			YearMonth month = YearMonth.of(year, Integer.parseInt(matcher.group(2)));
			if (matcher.group(3) == null) {
				return new FactDate(month.atDay(1), month.atEndOfMonth(), Precision.MONTH, matcher.group());
			}
			LocalDate day = month.atDay(Integer.parseInt(matcher.group(3)));
			return new FactDate(day, day, Precision.DAY, matcher.group());
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("'" + text + "' is an impossible date", ex);
		}
	}

	/** Whether {@code day} falls within the period this date stands for. */
	public boolean covers(LocalDate day) {
		return !day.isBefore(first) && !day.isAfter(last);
	}

	/** Whether this whole period lies within {@code other}: a day inside its month, a month inside its year. */
	public boolean within(FactDate other) {
		return !first.isBefore(other.first) && !last.isAfter(other.last);
	}

	/** Whether this whole period ends before {@code other} begins, e.g. an end date written before the start. */
	public boolean endsBefore(FactDate other) {
		return last.isBefore(other.first);
	}

	@Override
	public String precisionId() {
		return precision.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return text;
	}

}
