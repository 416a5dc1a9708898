package org.jkgraph.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jkgraph.model.Field;
import org.jkgraph.model.FieldType;

/**
 * Checks a fact's claims: every claimed field is a field of the fact's kind, exactly one claim per field is
 * preferred, the preferred value is the one the fact holds, and every claimed value has the field's type (a date, a
 * number). On a link field ({@code causes}, {@code respondsTo}, …) each claim names one of the fact's links, and
 * exactly one claim per link is preferred. A preferred claim never disputes: the graph holds what it prefers.
 */
final class ClaimCheck {

	private ClaimCheck() {
	}

	static void check(Fact fact, List<Problem> problems) {
		List<Claim> claims = fact.claims();
		Map<String, List<Integer>> claimsByField = new LinkedHashMap<>();
		for (int i = 0; i < claims.size(); i++) {
			String field = claims.get(i).field();
			if (field != null) {
				claimsByField.computeIfAbsent(field, key -> new ArrayList<>()).add(i);
			}
		}
		claimsByField.forEach((field, indexes) -> fact.kind().field(field).ifPresentOrElse(
				declared -> {
					if (fact.kind().links().contains(declared)) {
						checkLink(fact, claims, declared, indexes, problems);
					}
					else {
						checkField(fact, claims, declared, indexes, problems);
					}
				},
				() -> indexes.forEach(i -> problems.add(fact.origin().problem("claims[" + i + "].field",
						"'" + field + "' is not a field " + fact.kind().withArticle() + " can have claims on")))));
	}

	/** Claims on a link: each names one of the fact's links; per link, one preferred claim that asserts it. */
	private static void checkLink(Fact fact, List<Claim> claims, Field declared, List<Integer> indexes,
			List<Problem> problems) {
		String field = declared.name();
		List<String> linked = fact.values().texts(field);
		Map<String, List<Integer>> byLink = new LinkedHashMap<>();
		for (int i : indexes) {
			Object value = claims.get(i).value();
			if (!(value instanceof String other) || !linked.contains(other)) {
				problems.add(fact.origin().problem("claims[" + i + "].value", "'" + value + "' is not among the fact's "
						+ field + " " + linked + "; a claim on a link names one of them"));
				continue;
			}
			byLink.computeIfAbsent(other, key -> new ArrayList<>()).add(i);
		}
		byLink.forEach((other, onLink) -> {
			List<Integer> preferred = onLink.stream().filter(i -> claims.get(i).rank() == Rank.PREFERRED).toList();
			if (preferred.size() != 1) {
				problems.add(fact.origin().problem("claims[" + onLink.getFirst() + "].rank", preferred.size()
						+ " of the claims on the " + field + " link to '" + other + "' are preferred; exactly one must be"));
			}
			preferred.stream().filter(i -> claims.get(i).disputes()).forEach(i -> problems.add(fact.origin()
				.problem("claims[" + i + "].stance", "a preferred claim cannot dispute the link the fact holds; rank the "
						+ "dispute normal or deprecated, or take the link out")));
		});
	}

	private static void checkField(Fact fact, List<Claim> claims, Field declared, List<Integer> indexes,
			List<Problem> problems) {
		Object own = fact.values().get(declared.name());
		List<Integer> preferred = indexes.stream().filter(i -> claims.get(i).rank() == Rank.PREFERRED).toList();
		String field = declared.name();
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
		else if (!same(claims.get(preferred.getFirst()).value(), own)) {
			problems.add(fact.origin().problem("claims[" + preferred.getFirst() + "].value",
					"the preferred value '" + claims.get(preferred.getFirst()).value() + "' differs from the fact's "
							+ field + " '" + own + "'"));
		}
		preferred.stream().filter(i -> claims.get(i).disputes()).forEach(i -> problems.add(fact.origin()
			.problem("claims[" + i + "].stance", "a preferred claim cannot dispute the value the fact holds")));
		for (int i : indexes) {
			typeProblem(declared.type(), claims.get(i).value())
				.ifPresent(message -> problems.add(fact.origin().problem("claims[" + i + "].value", message)));
		}
	}

	private static Optional<String> typeProblem(FieldType type, Object value) {
		if (value == null) {
			return Optional.empty();
		}
		if (type == FieldType.DATE) {
			try {
				FactDate.parse(String.valueOf(value));
			}
			catch (IllegalArgumentException ex) {
				return Optional.of(ex.getMessage());
			}
		}
		if (type == FieldType.NUMBER && !(value instanceof Number)) {
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

}
