package org.jkgraph.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jkgraph.model.DateValue;
import org.jkgraph.model.FactKind;
import org.jkgraph.model.FactModel;
import org.jkgraph.model.FactValues;
import org.jkgraph.model.Field;
import org.jkgraph.model.FieldType;

/**
 * Checks a whole {@link FactSet} for what no single field shows by itself (seeds/README.md, "Validation rules"):
 * duplicate ids, references to ids that exist nowhere or name the wrong kind of fact, dates out of order, words
 * missing from vocabularies kept as data (event types), confidence outside 0..1 and claims that do not rank exactly
 * one preferred value equal to the fact's own. The per-field checks (types, required fields, closed vocabularies)
 * are {@link FactReader}'s. Every rule comes from the model's declarations.
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
		return validate(FactModel.standard(eventTypes), facts, existsElsewhere);
	}

	public static List<Problem> validate(FactModel model, FactSet facts, Predicate<String> existsElsewhere) {
		List<Problem> problems = new ArrayList<>();
		duplicateIds(facts, problems);
		for (Fact fact : facts.all()) {
			check(model, fact, problems);
			references(model, fact, facts, existsElsewhere, problems);
		}
		Collections.sort(problems);
		return problems;
	}

	/** The checks one fact passes or fails on its own: confidence, claims, vocabularies, dates in order. */
	static void check(FactModel model, Fact fact, List<Problem> problems) {
		confidence(fact, problems);
		ClaimCheck.check(fact, problems);
		FactKind kind = model.kind(fact.kind().id()).orElse(fact.kind());
		fields(fact.origin(), kind.fields(), fact.values(), "", problems);
		fields(fact.origin(), model.commonFields(), fact.values(), "", problems);
	}

	private static void fields(Origin origin, List<Field> fields, FactValues values, String prefix,
			List<Problem> problems) {
		for (Field field : fields) {
			String path = prefix + field.name();
			field.listedIn().ifPresent(vocabulary -> {
				String word = values.text(field.name());
				if (word != null && !vocabulary.contains(word)) {
					problems.add(origin.problem(path, "unknown " + vocabulary.name() + " '" + word + "' ("
							+ field.listedInHint() + ")"));
				}
			});
			field.notBefore().ifPresent(start -> dateOrder(origin, path, values.date(start), values.date(field.name()),
					problems));
			if (field.type() == FieldType.OBJECTS) {
				List<FactValues> items = values.objects(field.name());
				for (int i = 0; i < items.size(); i++) {
					fields(origin, field.fields(), items.get(i), path + "[" + i + "].", problems);
				}
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

	private static void references(FactModel model, Fact fact, FactSet facts, Predicate<String> existsElsewhere,
			List<Problem> problems) {
		for (Reference reference : Reference.of(model, fact)) {
			Fact target = facts.byId(reference.id()).orElse(null);
			if (target == null) {
				if (!existsElsewhere.test(reference.id())) {
					unknown(fact.origin(), reference, problems);
				}
			}
			else {
				reference(fact.origin(), reference, target.kind(), subtype(target), problems);
			}
		}
	}

	/** The word that gives a fact its second label (an actor's kind), if its kind has one. */
	static String subtype(Fact fact) {
		return fact.kind().subtypeField().map(field -> fact.values().text(field)).orElse(null);
	}

	static void unknown(Origin origin, Reference reference, List<Problem> problems) {
		problems.add(origin.problem(reference.field(), unknownMessage(reference)));
	}

	static String unknownMessage(Reference reference) {
		return "unknown " + reference.kind() + " '" + reference.id() + "'";
	}

	/** A reference to a fact of kind {@code kind} (of subtype {@code subtype}) that does exist. */
	static void reference(Origin origin, Reference reference, FactKind kind, String subtype, List<Problem> problems) {
		if (!kind.id().equals(reference.kind())) {
			problems.add(origin.problem(reference.field(), "'" + reference.id() + "' is " + kind.withArticle()
					+ ", not " + withArticle(reference.kind())));
		}
		else if (reference.subtype() != null && !reference.subtype().equals(subtype)) {
			problems.add(origin.problem(reference.field(), "'" + reference.id() + "' is " + kind.withArticle()
					+ " of kind " + subtype + ", not " + reference.subtype()));
		}
	}

	private static String withArticle(String kind) {
		return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
	}

	/** Every place of a duplicate id, each told where the others are. */
	static String duplicateMessage(String id, String others) {
		return "duplicate id '" + id + "', also at " + others;
	}

	/** An end written before its start: the whole end period lies before the start period begins. */
	private static void dateOrder(Origin origin, String endField, DateValue start, DateValue end,
			List<Problem> problems) {
		if (start != null && end != null && end.last().isBefore(start.first())) {
			problems.add(origin.problem(endField, end + " is before the start, " + start));
		}
	}

}
