package org.jkgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jkgraph.facts.FactDate;
import org.jkgraph.facts.Precision;

/**
 * Finds temporal expressions and normalises them to {@link FactDate}s with the precision the words give: explicit
 * dates ("March 6, 2023", "16 March", "in 2019"), dates relative to the publication date ("on Thursday" = the last
 * Thursday on or before it, "last year", "in November" = the last November, "earlier this month", "last week" = that
 * week's month) and anaphoric ones ("the same day"). Relative expressions need a publication date precise enough:
 * "on Thursday" needs a day, "last month" a month; otherwise they are left out rather than guessed.
 */
final class TemporalNormaliser {

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("february", 2),
			Map.entry("march", 3), Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7),
			Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
			Map.entry("december", 12), Map.entry("jan.", 1), Map.entry("feb.", 2), Map.entry("mar.", 3), Map.entry("apr.", 4), Map.entry("jun.", 6),
			Map.entry("jul.", 7), Map.entry("aug.", 8), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("aug", 8),
			Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12), Map.entry("jul", 7),
			Map.entry("jun", 6), Map.entry("apr", 4),
			Map.entry("sept.", 9), Map.entry("sep.", 9), Map.entry("oct.", 10), Map.entry("nov.", 11), Map.entry("dec.", 12));

	private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
			DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
			DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);

	/** Words before an expression that make it bound a period instead of dating the event. */
	private static final Set<String> BOUNDING = Set.of("since", "until", "till", "for", "between", "from", "through");

	/** Words before a bare month name that make "May" a month rather than a verb. */
	private static final Set<String> MONTH_CONTEXT = Set.of("in", "early", "late", "mid", "since", "until", "last",
			"next", "this", "by", "during", "from", "of");

	private static final List<List<String>> SAME_DAY = List.of(List.of("the", "same", "day"), List.of("that", "same", "day"),
			List.of("that", "day"), List.of("at", "the", "time"), List.of("at", "that", "time"));

	private static final List<List<String>> NEXT_DAY = List.of(List.of("the", "next", "day"),
			List.of("the", "following", "day"));

	/** Determiners before which a year is a noun's modifier ("a 2018 ruling", "the 2019 curbs"), not an event's date. */
	private static final Set<String> MODIFIED = Set.of("a", "an", "the", "its", "their", "his", "her");

	private static final Set<String> ANAPHOR_STARTS = Set.of("the", "that", "at");

	private TemporalNormaliser() {
	}

	/**
	 * @param published the publication date relative expressions are resolved against; null when unknown
	 */
	static List<TimeExpression> find(List<Token> tokens, FactDate published) {
		List<TimeExpression> found = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			TimeExpression expression = at(tokens, i, published);
			if (expression == null) {
				i++;
				continue;
			}
			found.add(expression);
			i = expression.last() + 1;
		}
		return found;
	}

	private static TimeExpression at(List<Token> t, int i, FactDate published) {
		String word = t.get(i).lower();
		if (!t.get(i).isWord()) {
			return null;
		}
		if (ANAPHOR_STARTS.contains(word)) {
			for (List<String> phrase : SAME_DAY) {
				if (startsWith(t, i, phrase)) {
					return new TimeExpression(i, i + phrase.size() - 1, null, TimeExpression.Kind.ANAPHORIC, true, 0);
				}
			}
			for (List<String> phrase : NEXT_DAY) {
				if (startsWith(t, i, phrase)) {
					return new TimeExpression(i, i + phrase.size() - 1, null, TimeExpression.Kind.ANAPHORIC, true, 1);
				}
			}
		}
		Integer day = day(t, i);
		// 16 March 2023, 16-17 March 2023, 16 March
		if (day != null) {
			int m = i + 1;
			if (m + 1 < t.size() && isDash(t.get(m)) && day(t, m + 1) != null) {
				m += 2;
			}
			Integer month = month(t, m, true);
			if (month != null) {
				if (dotted(t, m)) {
					m++;
				}
				Integer year = year(t, m + 1);
				if (year != null) {
					return explicit(t, i, m + 1, LocalDate.of(year, month, day).toString(), TimeExpression.Kind.EXPLICIT);
				}
				return inferredDay(t, i, m, month, day, published);
			}
		}
		Integer month = month(t, i, monthContext(t, i));
		if (month != null) {
			// "Aug. 28": the abbreviation's dot is a token of its own
			int m = dotted(t, i) ? i + 1 : i;
			// March 6, 2023 / March 6 / March 2023 / March
			Integer monthDay = day(t, m + 1);
			if (monthDay != null) {
				int y = m + 2;
				if (y + 1 < t.size() && isDash(t.get(y)) && day(t, y + 1) != null) {
					y += 2;
				}
				if (y < t.size() && t.get(y).is(",")) {
					y++;
				}
				Integer year = year(t, y);
				if (year != null) {
					return explicit(t, i, y, LocalDate.of(year, month, monthDay).toString(), TimeExpression.Kind.EXPLICIT);
				}
				return inferredDay(t, i, m + 1, month, monthDay, published);
			}
			int y = (m + 1 < t.size() && t.get(m + 1).is(",")) ? m + 2 : m + 1;
			Integer year = year(t, y);
			if (year != null) {
				return explicit(t, i, y, YearMonth.of(year, month).toString(), TimeExpression.Kind.EXPLICIT);
			}
			if (published != null && published.precision() != Precision.YEAR && Character.isUpperCase(t.get(i).text().charAt(0))) {
				boolean next = i > 0 && t.get(i - 1).is("next");
				YearMonth reference = YearMonth.from(published.first());
				YearMonth resolved = YearMonth.of(reference.getYear(), month);
				if (next ? !resolved.isAfter(reference) : resolved.isAfter(reference)) {
					resolved = resolved.plusYears(next ? 1 : -1);
				}
				return explicit(t, i, m, resolved.toString(), TimeExpression.Kind.RELATIVE);
			}
			return null;
		}
		Integer year = year(t, i);
		if (year != null && !(i > 0 && t.get(i - 1).is("$"))) {
			return explicit(t, i, i, String.valueOf(year), TimeExpression.Kind.EXPLICIT);
		}
		if (published == null) {
			return null;
		}
		TimeExpression relative = relative(t, i, published);
		if (relative != null) {
			return relative;
		}
		if (word.equals("recently") || word.equals("recent")) {
			FactDate vague = published.precision() == Precision.DAY
					? FactDate.parse(YearMonth.from(published.first()).toString()) : published;
			return new TimeExpression(i, i, vague, TimeExpression.Kind.VAGUE, true, 0);
		}
		return null;
	}

	/** last/this/next year, month, week; earlier this month; yesterday; (on, last, next) Thursday. */
	private static TimeExpression relative(List<Token> t, int i, FactDate published) {
		LocalDate reference = published.first();
		boolean day = published.precision() == Precision.DAY;
		boolean month = published.precision() != Precision.YEAR;
		String word = t.get(i).lower();
		int shift = switch (word) {
			case "last" -> -1;
			case "this" -> 0;
			case "next" -> 1;
			default -> Integer.MIN_VALUE;
		};
		int unit = i + 1;
		if (shift == Integer.MIN_VALUE && (word.equals("earlier") || word.equals("later")) && unit < t.size()
				&& t.get(unit).is("this")) {
			shift = 0;
			unit++;
		}
		if (shift != Integer.MIN_VALUE && unit < t.size()) {
			String what = t.get(unit).lower();
			switch (what) {
				case "year" -> {
					return explicit(t, i, unit, String.valueOf(reference.getYear() + shift), TimeExpression.Kind.RELATIVE);
				}
				case "month" -> {
					if (month) {
						return explicit(t, i, unit, YearMonth.from(reference).plusMonths(shift).toString(), TimeExpression.Kind.RELATIVE);
					}
				}
				case "week" -> {
					if (day) {
						// our dates have no week precision: the month that week falls in
						return explicit(t, i, unit, YearMonth.from(reference.plusWeeks(shift)).toString(), TimeExpression.Kind.RELATIVE);
					}
				}
				default -> {
					DayOfWeek weekday = WEEKDAYS.get(what);
					if (weekday != null && day && shift != 0) {
						LocalDate resolved = shift < 0 ? previous(reference.minusDays(1), weekday) : next(reference.plusDays(1), weekday);
						return explicit(t, i, unit, resolved.toString(), TimeExpression.Kind.RELATIVE);
					}
				}
			}
		}
		if (day) {
			// "on the 16th": a day of the publication month (of the month before, when still to come)
			if (word.equals("the") && i + 1 < t.size() && isOrdinal(t.get(i + 1).lower()) && i > 0 && t.get(i - 1).is("on")) {
				int dayOfMonth = Integer.parseInt(t.get(i + 1).lower().replaceAll("\\D", ""));
				YearMonth ofMonth = YearMonth.from(reference);
				if (dayOfMonth > reference.getDayOfMonth()) {
					ofMonth = ofMonth.minusMonths(1);
				}
				if (dayOfMonth <= ofMonth.lengthOfMonth()) {
					return explicit(t, i - 1, i + 1, ofMonth.atDay(dayOfMonth).toString(), TimeExpression.Kind.RELATIVE);
				}
			}
			// "this morning", "earlier today", "last night"
			if ((word.equals("this") || word.equals("last")) && i + 1 < t.size() && PARTS_OF_DAY.contains(t.get(i + 1).lower())) {
				LocalDate when = word.equals("last") && t.get(i + 1).is("night") ? reference.minusDays(1) : reference;
				return explicit(t, i, i + 1, when.toString(), TimeExpression.Kind.RELATIVE);
			}
			if (word.equals("tonight")) {
				return explicit(t, i, i, reference.toString(), TimeExpression.Kind.RELATIVE);
			}
			switch (word) {
				case "yesterday" -> {
					return explicit(t, i, i, reference.minusDays(1).toString(), TimeExpression.Kind.RELATIVE);
				}
				case "today" -> {
					return explicit(t, i, i, reference.toString(), TimeExpression.Kind.RELATIVE);
				}
				default -> {
				}
			}
			DayOfWeek weekday = WEEKDAYS.get(word);
			if (weekday != null && t.get(i).isCapitalised()) {
				int first = (i > 0 && t.get(i - 1).is("on")) ? i - 1 : i;
				return explicit(t, first, i, previous(reference, weekday).toString(), TimeExpression.Kind.RELATIVE);
			}
		}
		return null;
	}

	private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");

	/** "16th", "1st", "23rd": an ordinal day of the month. */
	private static boolean isOrdinal(String word) {
		return word.matches("([1-9]|[12][0-9]|3[01])(st|nd|rd|th)");
	}

	/** The last such weekday on or before {@code day}: news reports what happened. */
	private static LocalDate previous(LocalDate day, DayOfWeek weekday) {
		LocalDate resolved = day;
		while (resolved.getDayOfWeek() != weekday) {
			resolved = resolved.minusDays(1);
		}
		return resolved;
	}

	private static LocalDate next(LocalDate day, DayOfWeek weekday) {
		LocalDate resolved = day;
		while (resolved.getDayOfWeek() != weekday) {
			resolved = resolved.plusDays(1);
		}
		return resolved;
	}

	private static TimeExpression inferredDay(List<Token> t, int first, int last, int month, int day, FactDate published) {
		if (published == null) {
			return null;
		}
		// the year of the publication, or the one before when that day is still to come ("on 28 December" in January)
		LocalDate resolved = LocalDate.of(published.first().getYear(), month, Math.min(day, YearMonth.of(published.first().getYear(), month).lengthOfMonth()));
		if (resolved.isAfter(published.last())) {
			resolved = resolved.minusYears(1);
		}
		return explicit(t, first, last, resolved.toString(), TimeExpression.Kind.RELATIVE);
	}

	private static TimeExpression explicit(List<Token> t, int first, int last, String date, TimeExpression.Kind kind) {
		if (first == last && first > 0 && MODIFIED.contains(t.get(first - 1).lower()) && last + 1 < t.size()
				&& t.get(last + 1).isWord() && date.length() == 4) {
			return new TimeExpression(first, last, FactDate.parse(date), TimeExpression.Kind.MODIFIER, true, 0);
		}
		int before = first - 1;
		if (before >= 0 && (t.get(before).is("the") || t.get(before).is("early") || t.get(before).is("late"))) {
			before--;
		}
		boolean bounding = before >= 0 && BOUNDING.contains(t.get(before).lower());
		return new TimeExpression(first, last, FactDate.parse(date), kind, !bounding, 0);
	}

	private static Integer day(List<Token> t, int i) {
		if (i >= t.size()) {
			return null;
		}
		String word = t.get(i).lower();
		String digits = (word.length() > 2 && (word.endsWith("st") || word.endsWith("nd") || word.endsWith("rd")
				|| word.endsWith("th"))) ? word.substring(0, word.length() - 2) : word;
		if (digits.length() <= 2 && !digits.isEmpty() && Character.isDigit(digits.charAt(0))
				&& Character.isDigit(digits.charAt(digits.length() - 1))) {
			int value = Integer.parseInt(digits);
			return (value >= 1 && value <= 31) ? value : null;
		}
		return null;
	}

	private static Integer month(List<Token> t, int i, boolean allowMay) {
		if (i >= t.size() || !t.get(i).isCapitalised()) {
			return null;
		}
		String word = t.get(i).lower();
		if (word.equals("may") && !allowMay && !(day(t, i + 1) != null || year(t, i + 1) != null)) {
			return null;
		}
		// "March" as a verb or "Mar" the name are rare in capitalised position; the month reading wins
		Integer month = MONTHS.get(word);
		return (month == null && dotted(t, i)) ? MONTHS.get(word + ".") : month;
	}

	/** "Aug." written as "Aug" and "." (the tokenizer keeps the dots only of one-letter abbreviations). */
	private static boolean dotted(List<Token> t, int i) {
		String word = t.get(i).lower();
		return i + 1 < t.size() && t.get(i + 1).is(".") && word.length() <= 4
				&& (MONTHS.containsKey(word) || MONTHS.containsKey(word + "."));
	}

	private static boolean monthContext(List<Token> t, int i) {
		return i > 0 && MONTH_CONTEXT.contains(t.get(i - 1).lower());
	}

	private static Integer year(List<Token> t, int i) {
		if (i >= t.size()) {
			return null;
		}
		String word = t.get(i).lower();
		if (word.length() == 4 && word.chars().allMatch(Character::isDigit)) {
			int value = Integer.parseInt(word);
			boolean range = i + 1 < t.size() && (isDash(t.get(i + 1)) || t.get(i + 1).is("%"));
			return (value >= 1900 && value <= 2099 && !range) ? value : null;
		}
		return null;
	}

	private static boolean isDash(Token token) {
		return token.is("-") || token.is("\u2013") || token.is("\u2014");
	}

	private static boolean startsWith(List<Token> t, int i, List<String> phrase) {
		if (i + phrase.size() > t.size()) {
			return false;
		}
		for (int k = 0; k < phrase.size(); k++) {
			if (!t.get(i + k).lower().equals(phrase.get(k))) {
				return false;
			}
		}
		return true;
	}

}
