package org.jkgraph.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Checks a whole {@link FactSet} for what no single fact shows by itself (seeds/README.md, "Validation rules"):
 * duplicate ids, references to ids that exist nowhere or name the wrong kind of fact, dates out of order, event
 * types missing from the vocabulary, confidence outside 0..1 and claims that do not rank exactly one preferred
 * value equal to the fact's own. The per-field checks (types, required fields, known kinds and roles) are
 * {@link FactReader}'s.
 */
public final class FactValidator {

	private FactValidator() {
	}

	/** Validates a set that must be complete: every reference must name a fact in it. */
	public static List<Problem> validate(FactSet facts, EventTypes eventTypes) {
		return validate(facts, eventTypes, id -> false);
	}

	/**
	 * @param existsElsewhere whether an id missing from {@code facts} exists anyway (in the graph, say); such
	 * references are accepted without a kind check
	 */
	public static List<Problem> validate(FactSet facts, EventTypes eventTypes, Predicate<String> existsElsewhere) {
		List<Problem> problems = new ArrayList<>();
		duplicateIds(facts, problems);
		for (Fact fact : facts.all()) {
			check(fact, eventTypes, problems);
			references(fact, facts, existsElsewhere, problems);
		}
		Collections.sort(problems);
		return problems;
	}

	/** The checks one fact passes or fails on its own: confidence, claims, event type, dates in order. */
	static void check(Fact fact, EventTypes eventTypes, List<Problem> problems) {
		confidence(fact, problems);
		ClaimCheck.check(fact, problems);
		switch (fact) {
			case EventFact event -> {
				eventType(event, eventTypes, problems);
				dateOrder(event.origin(), "endDate", event.date(), event.endDate(), problems);
			}
			case ActorFact actor -> {
				for (int i = 0; i < actor.offices().size(); i++) {
					Office office = actor.offices().get(i);
					dateOrder(actor.origin(), "offices[" + i + "].end", office.start(), office.end(), problems);
				}
			}
			default -> {
			}
		}
	}

	/** Ids are unique across files and kinds, as the graph's :Fact constraint requires; each place is reported. */
	private static void duplicateIds(FactSet facts, List<Problem> problems) {
		Map<String, List<Fact>> byId = facts.all()
			.stream()
			.filter(fact -> fact.id() != null)
			.collect(Collectors.groupingBy(Fact::id, LinkedHashMap::new, Collectors.toList()));
		byId.forEach((id, same) -> {
			if (same.size() > 1) {
				for (Fact fact : same) {
					String others = same.stream()
						.filter(other -> other != fact)
						.map(other -> other.origin().file() + ":" + other.origin().lineOf("id"))
						.collect(Collectors.joining(", "));
					problems.add(fact.origin().problem("id", duplicateMessage(id, others)));
				}
			}
		});
	}

	static void confidence(Fact fact, List<Problem> problems) {
		if (!(fact.confidence() >= 0 && fact.confidence() <= 1)) {
			problems.add(fact.origin().problem("confidence", fact.confidence() + " is outside 0..1"));
		}
	}

	private static void references(Fact fact, FactSet facts, Predicate<String> existsElsewhere,
			List<Problem> problems) {
		for (Reference reference : Reference.of(fact)) {
			Fact target = facts.byId(reference.id()).orElse(null);
			if (target == null) {
				if (!existsElsewhere.test(reference.id())) {
					unknown(fact.origin(), reference, problems);
				}
			}
			else {
				reference(fact.origin(), reference, target.kind(),
						(target instanceof ActorFact actor) ? actor.actorKind() : null, problems);
			}
		}
	}

	static void unknown(Origin origin, Reference reference, List<Problem> problems) {
		problems.add(origin.problem(reference.field(), unknownMessage(reference)));
	}

	static String unknownMessage(Reference reference) {
		return "unknown " + reference.kind().id() + " '" + reference.id() + "'";
	}

	/** A reference to a fact of kind {@code kind} (an actor of kind {@code actorKind}) that does exist. */
	static void reference(Origin origin, Reference reference, FactKind kind, String actorKind,
			List<Problem> problems) {
		if (kind != reference.kind()) {
			problems.add(origin.problem(reference.field(), "'" + reference.id() + "' is " + kind.withArticle()
					+ ", not " + reference.kind().withArticle()));
		}
		else if (reference.actorKind() != null && kind == FactKind.ACTOR
				&& !reference.actorKind().equals(actorKind)) {
			problems.add(origin.problem(reference.field(), "'" + reference.id() + "' is an actor of kind "
					+ actorKind + ", not " + reference.actorKind()));
		}
	}

	/** Every place of a duplicate id, each told where the others are. */
	static String duplicateMessage(String id, String others) {
		return "duplicate id '" + id + "', also at " + others;
	}

	private static void eventType(EventFact event, EventTypes eventTypes, List<Problem> problems) {
		if (event.type() != null && !eventTypes.contains(event.type())) {
			problems.add(event.origin().problem("type",
					"unknown event type '" + event.type() + "' (add it to vocabulary/event-types.yaml first)"));
		}
	}

	/** An end written before its start: the whole end period lies before the start period begins. */
	private static void dateOrder(Origin origin, String endField, FactDate start, FactDate end,
			List<Problem> problems) {
		if (start != null && end != null && end.endsBefore(start)) {
			problems.add(origin.problem(endField, end + " is before the start, " + start));
		}
	}

}
