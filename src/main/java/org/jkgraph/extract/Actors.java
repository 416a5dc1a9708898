package org.jkgraph.extract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jkgraph.facts.ActorFact;
import org.jkgraph.facts.FactDate;
import org.jkgraph.facts.FactSet;
import org.jkgraph.facts.Office;

/**
 * The curated actors by id, with what the extractor asks of them: kind, country, display name and who held an office
 * on a day — as PETRARCH's actor dictionaries date their entries, "the Japanese prime minister" of 2019 is Abe and of
 * 2023 Kishida.
 */
final class Actors {

	private static final Set<String> LEADER_ROLES = Set.of("president", "prime_minister", "head_of_state");

	private final Map<String, ActorFact> byId;

	/** Candidate actors of one extraction (people and bodies seeds lack), by id; empty for the shared instance. */
	private final Map<String, CandidateActor> candidates;

	Actors(FactSet facts) {
		this.byId = new HashMap<>();
		this.candidates = Map.of();
		facts.all(ActorFact.class).forEach(actor -> byId.put(actor.id(), actor));
	}

	private Actors(Map<String, ActorFact> byId, Map<String, CandidateActor> candidates) {
		this.byId = byId;
		this.candidates = candidates;
	}

	/** The curated actors plus the candidates one extraction finds (the map is that extraction's own). */
	Actors with(Map<String, CandidateActor> candidates) {
		return new Actors(byId, candidates);
	}

	Optional<CandidateActor> candidate(String id) {
		return Optional.ofNullable(candidates.get(id));
	}

	Optional<ActorFact> byId(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	boolean isPerson(String id) {
		CandidateActor candidate = candidates.get(id);
		if (candidate != null) {
			return "person".equals(candidate.kind());
		}
		return byId(id).map(actor -> "person".equals(actor.actorKind())).orElse(false);
	}

	boolean isCountry(String id) {
		return byId(id).map(actor -> "country".equals(actor.actorKind())).orElse(false);
	}

	/** The actor's kind (person, country, government_body, company, …), null when unknown. */
	String kind(String id) {
		CandidateActor candidate = candidates.get(id);
		return (candidate != null) ? candidate.kind() : byId(id).map(ActorFact::actorKind).orElse(null);
	}

	String name(String id) {
		CandidateActor candidate = candidates.get(id);
		return (candidate != null) ? candidate.name() : byId(id).map(ActorFact::name).orElse(id);
	}

	/**
	 * The side an actor stands for when events are compared: a person's or government body's country, otherwise the
	 * actor itself (a company, a party or a lobby acts for itself, not for its country).
	 */
	String side(String id) {
		CandidateActor candidate = candidates.get(id);
		if (candidate != null) {
			return ("person".equals(candidate.kind()) || "government_body".equals(candidate.kind()))
					&& candidate.country() != null ? candidate.country() : id;
		}
		return byId(id).filter(actor -> "person".equals(actor.actorKind()) || "government_body".equals(actor.actorKind()))
			.map(ActorFact::country)
			.orElse(id);
	}

	/** The country an actor belongs to: a country itself, else its {@code country}; null when unknown. */
	String countryOf(String id) {
		if (isCountry(id)) {
			return id;
		}
		return byId(id).map(ActorFact::country).orElse(null);
	}

	/**
	 * "his Japanese counterpart": who held, in {@code country}, an office the person held on {@code day}; the country
	 * itself when the curated offices do not say (the side is known even when the person is not).
	 */
	Optional<String> counterpart(String person, String country, LocalDate day) {
		for (Office office : byId(person).map(ActorFact::offices).orElse(List.of())) {
			if (covers(office, day) && !office.of().equals(country)) {
				Optional<String> holder = holder(office.role(), country, day);
				if (holder.isEmpty() && LEADER_ROLES.contains(office.role())) {
					// a president's Japanese counterpart is the prime minister: whoever led that country
					holder = List.of("prime_minister", "president", "head_of_state").stream().map(role -> holder(role, country, day)).flatMap(Optional::stream)
						.findFirst();
				}
				if (holder.isPresent()) {
					return holder;
				}
			}
		}
		boolean holdsOffice = byId(person).map(ActorFact::offices).orElse(List.of()).stream().anyMatch(o -> covers(o, day));
		return holdsOffice ? Optional.of(country) : Optional.empty();
	}

	/**
	 * "Yoon's predecessor", "his successor": who held the person's office (held on {@code day}, else the last one
	 * held before it) just before or just after them, by the curated offices' dates.
	 */
	Optional<String> neighbourInOffice(String person, LocalDate day, boolean before) {
		Office own = byId(person).map(ActorFact::offices).orElse(List.of()).stream()
			.filter(office -> office.start() != null && !office.start().first().isAfter(day))
			.max(java.util.Comparator.comparing((Office office) -> covers(office, day))
				.thenComparing(office -> office.start().first()))
			.orElse(null);
		if (own == null) {
			return Optional.empty();
		}
		String best = null;
		LocalDate bestStart = null;
		for (ActorFact actor : byId.values()) {
			if (actor.id().equals(person)) {
				continue;
			}
			for (Office office : actor.offices()) {
				if (!office.role().equals(own.role()) || !office.of().equals(own.of()) || office.start() == null) {
					continue;
				}
				LocalDate start = office.start().first();
				boolean fits = before ? start.isBefore(own.start().first()) : start.isAfter(own.start().first());
				if (fits && (bestStart == null || (before ? start.isAfter(bestStart) : start.isBefore(bestStart)))) {
					best = actor.id();
					bestStart = start;
				}
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * The lower-case words of the countries' names, aliases, demonyms and metonyms ("south", "korea", "korean",
	 * "japanese", "seoul"): words that say whose a measure is, never which measure ("Seoul's pact with Tokyo").
	 */
	Set<String> countryWords() {
		Set<String> words = new java.util.HashSet<>();
		byId.values().stream().filter(actor -> "country".equals(actor.actorKind()))
			.flatMap(actor -> java.util.stream.Stream.of(List.of(actor.name()), actor.aliases(), actor.demonyms(),
					actor.metonyms())
				.flatMap(List::stream))
			.forEach(name -> words.addAll(MeasureScoring.contentWords(name)));
		return words;
	}

	/** Every name and alias of the curated actors. */
	java.util.stream.Stream<String> curatedNames() {
		return byId.values().stream().flatMap(actor -> java.util.stream.Stream.concat(java.util.stream.Stream.of(actor.name()),
				actor.aliases().stream()));
	}

	/** The curated actor a name or alias stands for (case, hyphens and a leading "the" aside), if exactly one does. */
	Optional<String> curatedNamed(String name) {
		String wanted = Evaluation.normal(name);
		List<String> ids = byId.values().stream()
			.filter(actor -> java.util.stream.Stream.concat(java.util.stream.Stream.of(actor.name()), actor.aliases().stream())
				.anyMatch(n -> Evaluation.normal(n).equals(wanted)))
			.map(ActorFact::id).distinct().toList();
		return ids.size() == 1 ? Optional.of(ids.getFirst()) : Optional.empty();
	}

	boolean isOrganisation(String id) {
		return byId(id).map(actor -> "international_organisation".equals(actor.actorKind())).orElse(false);
	}

	/** Who held {@code role} of {@code country} on {@code day}, if the curated offices say. */
	Optional<String> holder(String role, String country, LocalDate day) {
		for (ActorFact actor : byId.values()) {
			for (Office office : actor.offices()) {
				if (office.role().equals(role) && office.of().equals(country) && covers(office, day)) {
					return Optional.of(actor.id());
				}
			}
		}
		return Optional.empty();
	}

	/** Whether the person led a country (president, prime minister, head of state) on {@code day}. */
	boolean isLeader(String id, LocalDate day) {
		List<Office> offices = byId(id).map(ActorFact::offices).orElse(List.of());
		return offices.stream().anyMatch(office -> LEADER_ROLES.contains(office.role()) && covers(office, day));
	}

	private static boolean covers(Office office, LocalDate day) {
		FactDate start = office.start();
		FactDate end = office.end();
		return start != null && !day.isBefore(start.first()) && (end == null || !day.isAfter(end.last()));
	}

}
