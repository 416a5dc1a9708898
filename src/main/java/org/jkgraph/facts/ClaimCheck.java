package org.jkgraph.facts;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a fact's claims: every claimed field exists on the fact's kind, exactly one claim per field is preferred,
 * the preferred value is the one the fact holds, and every claimed value has the field's type (a date, a number).
 */
final class ClaimCheck {

	/** Fields no source can disagree on, and the Java names of fields that files call {@code kind}. */
	private static final Set<String> NOT_CLAIMABLE = Set.of("id", "method", "confidence", "sources", "claims",
			"notes", "origin", "actorKind", "placeKind", "measureKind");

	private ClaimCheck() {
	}

	static void check(Fact fact, List<Problem> problems) {
		Map<String, List<Integer>> claimsByField = new LinkedHashMap<>();
		for (int i = 0; i < fact.claims().size(); i++) {
			String field = fact.claims().get(i).field();
			if (field != null) {
				claimsByField.computeIfAbsent(field, key -> new ArrayList<>()).add(i);
			}
		}
		claimsByField.forEach((field, indexes) -> component(fact, field).ifPresentOrElse(
				component -> checkField(fact, component, indexes, problems),
				() -> indexes.forEach(i -> problems.add(fact.origin().problem("claims[" + i + "].field",
						"'" + field + "' is not a field " + fact.kind().withArticle() + " can have claims on")))));
	}

	private static void checkField(Fact fact, RecordComponent component, List<Integer> indexes,
			List<Problem> problems) {
		Object own = read(fact, component);
		List<Integer> preferred = indexes.stream()
			.filter(i -> fact.claims().get(i).rank() == Rank.PREFERRED)
			.toList();
		String field = fact.claims().get(indexes.getFirst()).field();
		if (preferred.isEmpty()) {
			problems.add(fact.origin().problem("claims[" + indexes.getFirst() + "].rank",
					"none of the claims on '" + field + "' is preferred; exactly one must be"));
		}
		else if (preferred.size() > 1) {
			for (int i : preferred.subList(1, preferred.size())) {
				problems.add(fact.origin().problem("claims[" + i + "].rank", "claims[" + preferred.getFirst()
						+ "] on '" + field + "' is preferred too; exactly one must be"));
			}
		}
		else if (!same(fact.claims().get(preferred.getFirst()).value(), own)) {
			problems.add(fact.origin().problem("claims[" + preferred.getFirst() + "].value",
					"the preferred value '" + fact.claims().get(preferred.getFirst()).value()
							+ "' differs from the fact's " + field + " '" + own + "'"));
		}
		for (int i : indexes) {
			typeProblem(component.getType(), fact.claims().get(i).value())
				.ifPresent(message -> problems.add(fact.origin().problem("claims[" + i + "].value", message)));
		}
	}

	private static Optional<String> typeProblem(Class<?> type, Object value) {
		if (value == null) {
			return Optional.empty();
		}
		if (type == FactDate.class) {
			try {
				FactDate.parse(String.valueOf(value));
			}
			catch (IllegalArgumentException ex) {
				return Optional.of(ex.getMessage());
			}
		}
		if (type == Double.class && !(value instanceof Number)) {
			return Optional.of("expected a number, found '" + value + "'");
		}
		return Optional.empty();
	}

	/** Numbers compare by value (52 equals 52.0); everything else as written (dates by their text). */
	private static boolean same(Object claimed, Object own) {
		if (claimed instanceof Number a && own instanceof Number b) {
			return a.doubleValue() == b.doubleValue();
		}
		return Objects.equals(text(claimed), text(own));
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

	/** The record component behind a field name as fact files write it ({@code kind} is {@code actorKind}, …). */
	private static Optional<RecordComponent> component(Fact fact, String field) {
		String name = field.equals("kind") ? fact.kind().id() + "Kind" : field;
		if (NOT_CLAIMABLE.contains(field)) {
			return Optional.empty();
		}
		return Arrays.stream(fact.getClass().getRecordComponents())
			.filter(component -> component.getName().equals(name))
			.findFirst();
	}

	private static Object read(Fact fact, RecordComponent component) {
		try {
			return component.getAccessor().invoke(fact);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot read " + component.getName() + " of " + fact.id(), ex);
		}
	}

}
