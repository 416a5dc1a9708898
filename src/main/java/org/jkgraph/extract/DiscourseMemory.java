package org.jkgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The actors a document named so far, most recent last, for what points back at them: "he" (the last person),
 * "it" (the last country or organisation), "the two leaders" (the last two people in office that day) and "both
 * countries" (the countries of the last two sides: a leader stands for his country). Deliberately short-sighted: only the last few sentences count.
 */
final class DiscourseMemory {

	private static final int SPAN = 24;

	private final Actors actors;

	private final List<String> recent = new ArrayList<>();

	DiscourseMemory(Actors actors) {
		this.actors = actors;
	}

	void remember(String actor) {
		recent.add(actor);
		if (recent.size() > SPAN) {
			recent.removeFirst();
		}
	}

	/** @param before actors named earlier in the current sentence, most recent last */
	Optional<String> person(List<String> before) {
		return latest(before, actors::isPerson);
	}

	Optional<String> thing(List<String> before) {
		return latest(before, actor -> !actors.isPerson(actor));
	}

	/**
	 * "the ministry", "the court", "the company": a definite description names the latest body whose name has that
	 * head noun ("Ministry of Foreign Affairs", "Seoul High Court"), or for a kind noun the latest actor of that kind.
	 */
	Optional<String> described(List<String> before, String head) {
		String kind = KIND_NOUNS.get(head);
		return latest(before, actor -> !actors.isPerson(actor) && !actors.isCountry(actor)
				&& (kind != null ? kind.equals(actors.kind(actor))
						: Tokenizer.tokenize(actors.name(actor)).stream().anyMatch(word -> word.lower().equals(head))));
	}

	/** Head nouns a definite description resolves by their name ({@link #described}); the others by kind. */
	static final Set<String> NAME_NOUNS = Set.of("ministry", "court", "agency", "council", "foundation", "committee",
			"commission", "organisation", "organization", "office", "union", "federation", "association");

	private static final java.util.Map<String, String> KIND_NOUNS = java.util.Map.of("company", "company", "firm",
			"company", "party", "party", "group", "group");

	static boolean describes(String head) {
		return NAME_NOUNS.contains(head) || KIND_NOUNS.containsKey(head);
	}

	List<String> twoLeaders(List<String> before, LocalDate day) {
		return lastTwo(before, actor -> actors.isPerson(actor) && actors.isLeader(actor, day));
	}

	/** The last three leaders in office that day, of three different countries ("the three leaders"). */
	List<String> threeLeaders(List<String> before, LocalDate day) {
		Set<String> found = new LinkedHashSet<>();
		Set<String> sides = new HashSet<>();
		List<String> all = all(before);
		for (int k = all.size() - 1; k >= 0 && found.size() < 3; k--) {
			String actor = all.get(k);
			if (actors.isPerson(actor) && actors.isLeader(actor, day) && sides.add(actors.side(actor))) {
				found.add(actor);
			}
		}
		return found.size() == 3 ? List.copyOf(found) : List.of();
	}

	/** The last two people named who stand for two different sides ("Kishida … his counterpart Yun … their meeting"). */
	List<String> twoPeople(List<String> before) {
		List<String> all = all(before);
		List<String> found = new ArrayList<>();
		for (int k = all.size() - 1; k >= 0 && found.size() < 2; k--) {
			String actor = all.get(k);
			if (actors.isPerson(actor) && found.stream().noneMatch(other -> actors.side(other).equals(actors.side(actor)))) {
				found.add(actor);
			}
		}
		return found.size() == 2 ? List.copyOf(found) : List.of();
	}

	/** The countries of the last two sides named: "Yoon met Kishida … the two countries" are South Korea and Japan. */
	List<String> twoCountries(List<String> before) {
		return countries(before, 2);
	}

	/** The countries of the last {@code n} sides named. */
	List<String> countries(List<String> before, int n) {
		Set<String> found = new LinkedHashSet<>();
		List<String> all = all(before);
		for (int k = all.size() - 1; k >= 0 && found.size() < n; k--) {
			String side = actors.side(all.get(k));
			if (actors.isCountry(side)) {
				found.add(side);
			}
		}
		return found.size() == n ? List.copyOf(found) : List.of();
	}

	private Optional<String> latest(List<String> before, java.util.function.Predicate<String> wanted) {
		List<String> all = all(before);
		for (int k = all.size() - 1; k >= 0; k--) {
			if (wanted.test(all.get(k))) {
				return Optional.of(all.get(k));
			}
		}
		return Optional.empty();
	}

	private List<String> lastTwo(List<String> before, java.util.function.Predicate<String> wanted) {
		Set<String> found = new LinkedHashSet<>();
		List<String> all = all(before);
		for (int k = all.size() - 1; k >= 0 && found.size() < 2; k--) {
			if (wanted.test(all.get(k))) {
				found.add(all.get(k));
			}
		}
		return found.size() == 2 ? List.copyOf(found) : List.of();
	}

	private List<String> all(List<String> before) {
		List<String> all = new ArrayList<>(recent);
		all.addAll(before);
		return all;
	}

}
