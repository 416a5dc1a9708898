package org.jkgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jkgraph.facts.Citation;
import org.jkgraph.facts.EventFact;
import org.jkgraph.facts.FactDate;
import org.jkgraph.facts.MeasureChange;
import org.jkgraph.facts.Participant;
import org.jkgraph.facts.Precision;

/**
 * One event is one event however many sentences report it: candidates of the same type whose dates overlap and
 * whose principal actors agree are merged, and a merged event that matches a curated one becomes further support
 * for it. Principal actors are compared by side ({@link Actors#side}: Yoon and Seoul are both South Korea's side);
 * they agree when one side set contains the other.
 */
final class EventMerger {

	private static final Set<String> NOT_PRINCIPAL = Set.of("observer", "mediator");

	/** Mentions of one event: the best-dated one first. */
	record Group(List<Candidate> members) {

		Candidate best() {
			return members.getFirst();
		}

		String type() {
			return best().type();
		}

		FactDate date() {
			return best().date();
		}

		List<Participant> participants() {
			List<Participant> all = new ArrayList<>();
			for (Candidate member : members) {
				for (Participant participant : member.participants()) {
					if (all.stream().noneMatch(p -> p.actor().equals(participant.actor()))) {
						all.add(participant);
					}
				}
			}
			return all;
		}

		/** The changes to measures its mentions report, each measure once (the best-dated mention's reading first). */
		List<MeasureChange> measures() {
			List<MeasureChange> all = new ArrayList<>();
			for (Candidate member : members) {
				for (MeasureChange change : member.measures()) {
					int same = -1;
					for (int i = 0; i < all.size(); i++) {
						if (all.get(i).measure().equals(change.measure()) && all.get(i).change().equals(change.change())) {
							same = i;
						}
					}
					if (same < 0) {
						all.add(change);
					}
					else if (all.get(same).effective() == null && change.effective() != null) {
						all.set(same, change);
					}
				}
			}
			return all;
		}

		/** Independent mentions support each other: 1 - Π(1 - c), never quite certain. */
		double confidence() {
			// two triggers in one sentence ("extended the invitation") are one report, not two: its best counts once
			Map<String, Double> bySentence = new HashMap<>();
			for (Candidate member : members) {
				Citation citation = member.citation();
				bySentence.merge(citation.source() + "#" + citation.locator(), member.confidence(), Math::max);
			}
			double doubt = 1;
			for (double confidence : bySentence.values()) {
				doubt *= 1 - confidence;
			}
			return Math.min(0.95, Math.round((1 - doubt) * 100) / 100.0);
		}

	}

	private final Actors actors;

	EventMerger(Actors actors) {
		this.actors = actors;
	}

	List<Group> merge(List<Candidate> candidates) {
		List<Candidate> ordered = new ArrayList<>(candidates);
		// dates read in the sentence first, precise ones before vague ones, guesses (paragraph, publication) last: a
		// vague or guessed mention joins the event it overlaps instead of bridging two or lending the event its guess
		ordered.sort(Comparator.comparing((Candidate c) -> c.dateSource().ordinal() > Candidate.DateSource.ANAPHORIC.ordinal())
			.thenComparing(c -> c.date().precision())
			.thenComparing(Candidate::dateSource));
		// groups by type, each with its participants and sides kept up to date (recomputing them per candidate made
		// merging quadratic in the mentions of a big document)
		Map<String, List<Building>> byType = new HashMap<>();
		List<Building> all = new ArrayList<>();
		for (Candidate candidate : ordered) {
			Sides sides = sides(candidate.participants());
			List<Building> ofType = byType.computeIfAbsent(candidate.type(), type -> new ArrayList<>());
			Building home = null;
			for (Building group : ofType) {
				if (overlap(reach(candidate), group.date) && sides.agree(group.sides)) {
					home = group;
					break;
				}
			}
			if (home == null) {
				home = new Building(candidate.date());
				ofType.add(home);
				all.add(home);
			}
			home.add(candidate, this);
		}
		List<Group> merged = all.stream().map(group -> new Group(List.copyOf(group.members)))
			.collect(Collectors.toCollection(ArrayList::new));
		merged.sort(Comparator.comparing((Group g) -> g.date().first()).thenComparing(Group::type));
		return merged;
	}

	/** A group while candidates join it: its first member's date and the sides of all its members' participants. */
	private static final class Building {

		private final FactDate date;

		private final List<Candidate> members = new ArrayList<>();

		private final Set<String> actors = new HashSet<>();

		private final List<Participant> participants = new ArrayList<>();

		private Sides sides = new Sides(Set.of(), Set.of());

		Building(FactDate date) {
			this.date = date;
		}

		void add(Candidate candidate, EventMerger merger) {
			members.add(candidate);
			boolean changed = false;
			for (Participant participant : candidate.participants()) {
				if (actors.add(participant.actor())) {
					participants.add(participant);
					changed = true;
				}
			}
			if (changed) {
				sides = merger.sides(participants);
			}
		}

	}

	/**
	 * The curated event a group reports, if any — strictly, since a linked reading is shown as that event (its type,
	 * date and precision): same type family, agreeing sides (see {@link Sides#agree}), dates compatible at their
	 * precision (overlapping), and
	 * <ul>
	 * <li>another type of the family only within the curated date, at the day when it has one, and only by a date the
	 * sentence itself gives (a visit read on the day of a curated meeting); a guessed date links to its own type
	 * only;</li>
	 * <li>a guessed date (paragraph, story, publication) never reaches a curated event after the text was published.</li>
	 * </ul>
	 * The same type before another of its family, then the event with the very sides the text names (Yoon and Kishida's
	 * own summit before the ASEAN summits they attended), then exact dates, then the most precise.
	 * @param published the last day the group's best-dated text may have been published, or null when unknown
	 */
	Optional<EventFact> existing(Group group, List<EventFact> known, java.util.function.Function<String, String> family,
			java.time.LocalDate published) {
		Sides sides = sides(group.participants());
		String groupFamily = family.apply(group.type());
		Candidate best = group.best();
		boolean read = best.dateSource().ordinal() <= Candidate.DateSource.ANAPHORIC.ordinal();
		FactDate reach = reach(best);
		return known.stream()
			.filter(event -> event.date() != null && overlap(reach, event.date())
					&& family.apply(event.type()).equals(groupFamily) && sides.agree(sides(event.participants())))
			.filter(event -> event.type().equals(group.type()) || read && group.date().within(event.date()))
			.filter(event -> read || published == null || !event.date().first().isAfter(published))
			.min(Comparator.comparing((EventFact event) -> !event.type().equals(group.type()))
				.thenComparing(event -> !sides(event.participants()).all().equals(sides.all()))
				.thenComparing(event -> !event.date().equals(group.date()))
				.thenComparing(event -> event.date().precision()));
	}

	boolean same(String type, FactDate date, List<Participant> participants, String otherType, FactDate otherDate,
			List<Participant> otherParticipants) {
		return type.equals(otherType) && overlap(date, otherDate) && sides(participants).agree(sides(otherParticipants));
	}

	/**
	 * The principal sides of an event, all of them and those acting. Two reports agree when one's sides contain the
	 * other's and, where both say who acted, some acting side is the same: Kishida visiting Seoul and Yoon visiting
	 * Tokyo involve the same two countries but are two visits.
	 */
	record Sides(Set<String> all, Set<String> acting) {

		boolean agree(Sides other) {
			if (all.isEmpty() || other.all.isEmpty() || !(all.containsAll(other.all) || other.all.containsAll(all))) {
				return false;
			}
			return acting.isEmpty() || other.acting.isEmpty() || acting.stream().anyMatch(other.acting::contains);
		}

	}

	Sides sides(List<Participant> participants) {
		Set<String> all = new LinkedHashSet<>();
		Set<String> acting = new LinkedHashSet<>();
		for (Participant participant : participants) {
			if (NOT_PRINCIPAL.contains(participant.role())) {
				continue;
			}
			String side = actors.side(participant.actor());
			all.add(side);
			if (!Extractor.PASSIVE_ROLES.contains(participant.role())) {
				acting.add(side);
			}
		}
		return new Sides(all, acting);
	}

	/**
	 * The dates a mention may stand for: its own when the sentence dated it, the month around a guess (the paragraph's
	 * or the story's day, the publication date) so that a guess never keeps apart two reports of one event.
	 */
	static FactDate reach(Candidate candidate) {
		FactDate date = candidate.date();
		if (candidate.dateSource().ordinal() > Candidate.DateSource.ANAPHORIC.ordinal() && date.precision() == Precision.DAY) {
			return FactDate.parse(java.time.YearMonth.from(date.first()).toString());
		}
		return date;
	}

	static boolean overlap(FactDate a, FactDate b) {
		return !a.last().isBefore(b.first()) && !b.last().isBefore(a.first());
	}

}
