package org.jkgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jkgraph.facts.EventFact;
import org.jkgraph.facts.FactDate;
import org.jkgraph.facts.Participant;

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

		/** Independent mentions support each other: 1 - Π(1 - c), never quite certain. */
		double confidence() {
			double doubt = 1;
			for (Candidate member : members) {
				doubt *= 1 - member.confidence();
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
		// precise, well-sourced dates first, so that a vague mention joins the event it overlaps instead of bridging two
		ordered.sort(Comparator.comparing((Candidate c) -> c.date().precision()).thenComparing(Candidate::dateSource));
		List<List<Candidate>> groups = new ArrayList<>();
		for (Candidate candidate : ordered) {
			List<Candidate> home = groups.stream()
				.filter(group -> same(candidate.type(), candidate.date(), candidate.participants(), group.getFirst().type(),
						group.getFirst().date(), new Group(group).participants()))
				.findFirst()
				.orElse(null);
			if (home == null) {
				groups.add(new ArrayList<>(List.of(candidate)));
			}
			else {
				home.add(candidate);
			}
		}
		List<Group> merged = groups.stream().map(Group::new).collect(Collectors.toCollection(ArrayList::new));
		merged.sort(Comparator.comparing((Group g) -> g.date().first()).thenComparing(Group::type));
		return merged;
	}

	/** The curated event a group reports, if any: same type, overlapping date, agreeing actors; exact dates first. */
	Optional<EventFact> existing(Group group, List<EventFact> known) {
		return known.stream()
			.filter(event -> event.date() != null
					&& same(group.type(), group.date(), group.participants(), event.type(), event.date(), event.participants()))
			.min(Comparator.comparing((EventFact event) -> !event.date().equals(group.date()))
				.thenComparing(event -> event.date().precision()));
	}

	boolean same(String type, FactDate date, List<Participant> participants, String otherType, FactDate otherDate,
			List<Participant> otherParticipants) {
		return type.equals(otherType) && overlap(date, otherDate) && agree(sides(participants), sides(otherParticipants));
	}

	Set<String> sides(List<Participant> participants) {
		return participants.stream()
			.filter(p -> !NOT_PRINCIPAL.contains(p.role()))
			.map(p -> actors.side(p.actor()))
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	static boolean overlap(FactDate a, FactDate b) {
		return !a.last().isBefore(b.first()) && !b.last().isBefore(a.first());
	}

	private static boolean agree(Set<String> a, Set<String> b) {
		return !a.isEmpty() && !b.isEmpty() && (a.containsAll(b) || b.containsAll(a));
	}

}
