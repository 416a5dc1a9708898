package org.jkgraph.curation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jkgraph.facts.ActorFact;
import org.jkgraph.facts.FactSet;
import org.jkgraph.facts.Office;
import org.jkgraph.facts.Problem;

/**
 * Who held an office of an actor on each day of a period, and where that answer fails: days with no holder (a gap)
 * and days with two holders (an overlap). An office's {@code end} is its holder's last day; a holder whose
 * {@code end} is written exactly like the successor's {@code start} handed over that day (or month), which is not an
 * overlap. Acting holders (an "acting" title) may overlap the holder whose powers they exercise.
 */
public final class OfficeCoverage {

	private OfficeCoverage() {
	}

	/** A term of an office: who held it and where the term is written. */
	record Term(ActorFact holder, int index, Office office) {

		LocalDate first() {
			return office.start().first();
		}

		LocalDate last(LocalDate openEnd) {
			return (office.end() != null) ? office.end().last() : openEnd;
		}

		boolean acting() {
			return office.title() != null && office.title().toLowerCase(Locale.ROOT).contains("acting");
		}

		boolean covers(LocalDate day, LocalDate openEnd) {
			return !day.isBefore(first()) && !day.isAfter(last(openEnd));
		}

		Problem problem(String message) {
			return holder.origin().problem("offices[" + index + "]", message);
		}

		String who() {
			return holder.id() + " (" + office.start() + " - " + ((office.end() != null) ? office.end() : "") + ")";
		}

	}

	/** Every term of {@code role} of {@code of} in the set, in file order. */
	static List<Term> terms(FactSet facts, String role, String of) {
		List<Term> terms = new ArrayList<>();
		for (ActorFact actor : facts.all(ActorFact.class)) {
			for (int i = 0; i < actor.offices().size(); i++) {
				Office office = actor.offices().get(i);
				if (role.equals(office.role()) && of.equals(office.of()) && office.start() != null) {
					terms.add(new Term(actor, i, office));
				}
			}
		}
		return terms;
	}

	/**
	 * The gaps and overlaps of {@code role} of {@code of} between {@code from} and {@code to} (both included); a term
	 * without an end is taken to run to {@code to}. A gap is reported once for each run of empty days, at the term
	 * that ends before it (or the first term when the period starts empty).
	 */
	public static List<Problem> check(FactSet facts, String role, String of, LocalDate from, LocalDate to) {
		List<Term> terms = terms(facts, role, of);
		List<Problem> problems = new ArrayList<>();
		if (terms.isEmpty()) {
			problems.add(new Problem("seeds", 0, "", "nobody holds " + role + " of " + of + " at any time"));
			return problems;
		}
		LocalDate gapStart = null;
		List<String> overlapsSeen = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			LocalDate current = day;
			List<Term> holders = terms.stream().filter(term -> term.covers(current, to)).toList();
			if (holders.isEmpty()) {
				if (gapStart == null) {
					gapStart = day;
				}
				continue;
			}
			if (gapStart != null) {
				problems.add(gap(terms, role, of, gapStart, day.minusDays(1), to));
				gapStart = null;
			}
			List<Term> full = holders.stream().filter(term -> !term.acting()).toList();
			for (int i = 0; i < full.size(); i++) {
				for (int j = i + 1; j < full.size(); j++) {
					Term a = full.get(i);
					Term b = full.get(j);
					String key = a.who() + "|" + b.who();
					if (!handover(a, b) && !overlapsSeen.contains(key)) {
						overlapsSeen.add(key);
						problems.add(b.problem(role + " of " + of + " has two holders from " + day + ": " + a.who()
								+ " and " + b.who() + "; end one term where the other starts, or mark an acting"
								+ " holder's title \"Acting\""));
					}
				}
			}
		}
		if (gapStart != null) {
			problems.add(gap(terms, role, of, gapStart, to, to));
		}
		return problems.stream().sorted().toList();
	}

	private static boolean handover(Term a, Term b) {
		return written(a.office().end(), b.office().start()) || written(b.office().end(), a.office().start());
	}

	private static boolean written(Object end, Object start) {
		return end != null && start != null && end.toString().equals(start.toString());
	}

	private static Problem gap(List<Term> terms, String role, String of, LocalDate first, LocalDate last,
			LocalDate openEnd) {
		Term before = terms.stream()
			.filter(term -> term.last(openEnd).isBefore(first))
			.max((x, y) -> x.last(openEnd).compareTo(y.last(openEnd)))
			.orElse(terms.getFirst());
		return before.problem("nobody holds " + role + " of " + of + " from " + first + " to " + last
				+ " (the term before ends " + before.office().end() + ")");
	}

}
