package org.jkgraph.curation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jkgraph.facts.ActorFact;
import org.jkgraph.facts.Citation;
import org.jkgraph.facts.Claim;
import org.jkgraph.facts.EventFact;
import org.jkgraph.facts.Fact;
import org.jkgraph.facts.FactDate;
import org.jkgraph.facts.FactSet;
import org.jkgraph.facts.ObservationFact;
import org.jkgraph.facts.Office;
import org.jkgraph.facts.Problem;
import org.jkgraph.facts.Rank;
import org.jkgraph.facts.SourceFact;

/**
 * Whether every curated fact can be traced to a source a reader can find, and whether its date agrees with the
 * sources it cites. The rules, documented in seeds/README.md ("Sourcing rules"):
 * <ul>
 * <li>every fact other than a source, and every claim, cites at least one source;</li>
 * <li>every source says what it is ({@code type}); a web source ({@code news}, {@code analysis}, {@code official})
 * has a {@code publisher}, a {@code published} date and a {@code url}, or a {@code corpusFile} when its text is kept
 * in the shared corpus; a {@code record} (an official document cited by issuer, title and date) has its date;</li>
 * <li>an event (and each claim about its date that is not deprecated) is not dated after the publication of every source cited for it, an
 * observation's period does not begin after all its sources were published, and an office does not begin after all
 * the sources of its holder were published. A source that reported the fact before it happened says so: the
 * citation's note (or the fact's notes) contains "in advance".</li>
 * </ul>
 * Dates are compared at the precision they are written in: an event of {@code 2023-03-16} agrees with a source
 * published in {@code 2023-03}.
 */
public final class SourcingCheck {

	/** Source types that stand for pages someone published, which a reader must be able to open and date. */
	static final Set<String> WEB_TYPES = Set.of("news", "analysis", "official");

	/** Official documents cited by issuer, title and date rather than by a web address: they need the date. */
	static final String RECORD = "record";

	/** What a citation's note or a fact's notes say when the source reported the fact before it happened. */
	static final String IN_ADVANCE = "in advance";

	/**
	 * How many days a fact exact to the day may be dated after its latest source exact to the day: a meeting held on
	 * the 15th in the Americas took place on the 16th by Japanese and Korean clocks, and a source there is dated the 15th.
	 */
	static final int TIME_ZONE_SLACK_DAYS = 1;

	private final Map<String, SourceFact> sources;

	private final List<Problem> problems = new ArrayList<>();

	private SourcingCheck(FactSet facts) {
		this.sources = facts.all(SourceFact.class)
			.stream()
			.collect(Collectors.toMap(SourceFact::id, Function.identity(), (first, later) -> first));
	}

	/** Every problem found in the set, sorted by file and line. */
	public static List<Problem> check(FactSet facts) {
		SourcingCheck check = new SourcingCheck(facts);
		for (Fact fact : facts.all()) {
			switch (fact) {
				case SourceFact source -> check.source(source);
				case EventFact event -> {
					check.cited(event);
					check.notAfterSources(event, "date", describe(event) + " is dated " + event.date(), event.date(),
							event.sources(), event.notes());
					check.dateClaims(event);
				}
				case ObservationFact observation -> {
					check.cited(observation);
					check.notAfterSources(observation, "period",
							describe(observation) + " is for the period " + observation.period(), observation.period(),
							observation.sources(), observation.notes());
				}
				case ActorFact actor -> {
					check.cited(actor);
					check.offices(actor);
				}
				default -> check.cited(fact);
			}
		}
		return check.problems.stream().sorted().toList();
	}

	private void cited(Fact fact) {
		if (fact.sources().isEmpty()) {
			problems.add(fact.origin().problem("sources", describe(fact) + " cites no source"));
		}
		for (int i = 0; i < fact.claims().size(); i++) {
			Claim claim = fact.claims().get(i);
			if (claim.sources().isEmpty()) {
				problems.add(fact.origin()
					.problem("claims[" + i + "].sources",
							describe(fact) + ": the claim about " + claim.field() + " cites no source"));
			}
		}
	}

	private void source(SourceFact source) {
		if (source.type() == null) {
			problems.add(source.origin()
				.problem("type", "source " + source.id()
						+ " has no type: say whether it is news, analysis, official, a record, a dataset or a reference"));
			return;
		}
		if (RECORD.equals(source.type()) && source.published() == null) {
			problems.add(source.origin()
				.problem("published", "record " + source.id() + " has no date: a record is cited by issuer, title and"
						+ " date"));
		}
		if (!WEB_TYPES.contains(source.type())) {
			return;
		}
		String what = source.type() + " source " + source.id();
		if (blank(source.publisher())) {
			problems.add(source.origin().problem("publisher", what + " has no publisher"));
		}
		if (source.published() == null) {
			problems.add(source.origin()
				.problem("published", what + " has no publication date (give the day, or the month or year if that is"
						+ " all the page shows)"));
		}
		if (blank(source.url()) && blank(source.corpusFile())) {
			problems.add(source.origin()
				.problem("url", what + " has no url (or corpusFile for a text kept in the shared corpus); if no address"
						+ " is known, give it the type record (an official document cited by issuer, title and date),"
						+ " dataset or reference"));
		}
	}

	/**
	 * A fact dated after the latest publication among its dated sources is suspicious: either the date is wrong or a
	 * later source is missing. Sources that reported it in advance are exempt when the citation says so.
	 */
	private void notAfterSources(Fact fact, String field, String what, FactDate date, List<Citation> citations,
			String notes) {
		if (date == null || mentionsInAdvance(notes)) {
			return;
		}
		Optional<Published> latest = latestPublished(citations);
		if (latest.isEmpty() || !date.first().isAfter(lastAllowed(date, latest.get().date()))) {
			return;
		}
		if (citations.stream().anyMatch(citation -> mentionsInAdvance(citation.note()))) {
			return;
		}
		problems.add(fact.origin()
			.problem(field, what + ", after every source cited for it was published"
					+ " (the latest, " + latest.get().id() + ", on " + latest.get().date()
					+ "); correct the date, cite a later report, or note \"" + IN_ADVANCE
					+ "\" on the citation of a source that announced it beforehand"));
	}

	private void dateClaims(EventFact event) {
		for (int i = 0; i < event.claims().size(); i++) {
			Claim claim = event.claims().get(i);
			// a deprecated claim records a reading known to be wrong; it is kept to explain, not to be believed
			if (!"date".equals(claim.field()) || claim.value() == null || claim.rank() == Rank.DEPRECATED) {
				continue;
			}
			FactDate date;
			try {
				date = FactDate.parse(String.valueOf(claim.value()));
			}
			catch (IllegalArgumentException ex) {
				continue; // the validator reports values that are not dates
			}
			notAfterSources(event, "claims[" + i + "].value",
					describe(event) + " is claimed to date from " + date, date, claim.sources(),
					claim.note());
		}
	}

	/**
	 * An office that begins after every source of its holder was published cannot be backed by those sources. Only
	 * checked when all the holder's sources are dated: an undated reference list may cover any term.
	 */
	private void offices(ActorFact actor) {
		if (actor.offices().isEmpty() || actor.sources().isEmpty()) {
			return;
		}
		boolean allDated = actor.sources()
			.stream()
			.map(citation -> sources.get(citation.source()))
			.allMatch(source -> source != null && source.published() != null);
		if (!allDated) {
			return;
		}
		for (int i = 0; i < actor.offices().size(); i++) {
			Office office = actor.offices().get(i);
			notAfterSources(actor, "offices[" + i + "].start",
					describe(actor) + ": the office " + office.role() + " of " + office.of() + " starts "
							+ office.start(),
					office.start(), actor.sources(), actor.notes());
		}
	}

	/**
	 * The last day a fact may be dated, given its latest source: that source's last day, and one day more when both
	 * are exact to the day, for the time zones between where it happened and where it was reported.
	 */
	private static LocalDate lastAllowed(FactDate date, FactDate published) {
		boolean bothDays = date.first().equals(date.last()) && published.first().equals(published.last());
		return bothDays ? published.last().plusDays(TIME_ZONE_SLACK_DAYS) : published.last();
	}

	private Optional<Published> latestPublished(List<Citation> citations) {
		return citations.stream()
			.map(citation -> sources.get(citation.source()))
			.filter(Objects::nonNull)
			.filter(source -> source.published() != null)
			.map(source -> new Published(source.id(), source.published()))
			.max(Comparator.comparing((Published published) -> published.date().last()));
	}

	private static boolean mentionsInAdvance(String text) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(IN_ADVANCE);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String describe(Fact fact) {
		return fact.kind().name().toLowerCase(Locale.ROOT) + " " + fact.id();
	}

	private record Published(String id, FactDate date) {
	}

}
