package org.jkgraph.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The other way round from {@link GraphMapping}: a node with the relationships it owns back to the fact it came
 * from, in the loader's format, fields in the order {@link FactKinds} declares them. Derived properties (search
 * text, PLOVER codes, …) are left out; a field that defaults to a vocabulary's value is written only where it
 * differs from it. Loading the result gives the same graph.
 */
public final class GraphReadBack {

	private final FactModel model;

	public GraphReadBack(FactModel model) {
		this.model = model;
	}

	/** A relationship a fact owns: its type, properties and the id of the fact at its other end. */
	public record Link(String type, Map<String, Object> properties, String other) {
	}

	/**
	 * The fact of {@code node}. {@code owned} are its relationships in any order (rows with a null type, from an
	 * empty OPTIONAL MATCH, are skipped); {@code claims} its claims, as {@link #claim} gives them.
	 */
	public Map<String, Object> fact(Map<String, Object> node, List<Link> owned, List<Map<String, Object>> claims) {
		String kindId = (String) node.get("fact");
		FactKind kind = model.kind(kindId)
			.orElseThrow(() -> new IllegalStateException("Unknown fact kind '" + kindId + "' on " + node.get("id")));
		List<Link> links = owned.stream()
			.filter(link -> link.type() != null)
			.sorted(Comparator.comparing(link -> String.valueOf(link.properties().get("id"))))
			.toList();
		Fields fact = new Fields();
		fact.put("fact", kindId);
		fact.put("id", node.get("id"));
		for (Field field : kind.fields()) {
			fact.put(field.name(), value(field, node, links));
		}
		for (Field field : model.commonFields()) {
			switch (field.name()) {
				case "sources" -> fact.put("sources", citations(of(links, FactModel.CITES)));
				case "method", "confidence" -> fact.copy(node, field.name());
				case "claims" -> fact.put("claims", claims);
				default -> fact.put(field.name(), value(field, node, links));
			}
		}
		return fact.map();
	}

	/**
	 * One claim, from its node and the relationships it owns (its citations, the actors it is attributed to; rows
	 * without a type are citations, as older export queries gave them).
	 */
	public Map<String, Object> claim(Map<String, Object> claim, List<Link> owned) {
		List<Link> links = owned.stream().filter(link -> link.other() != null).toList();
		Fields c = new Fields();
		for (Field field : model.claims().fields()) {
			if (field.name().equals("sources")) {
				c.put("sources", citations(links.stream().filter(link -> link.type() == null
						|| link.type().equals(FactModel.CITES)).toList()));
			}
			else if (field.storedAs().isPresent()) {
				c.put(field.name(), claim.get(field.storedAs().get()));
			}
			else if (field.relationship().isPresent()) {
				String type = field.relationship().get().type();
				c.put(field.name(), links.stream().filter(link -> type.equals(link.type()))
					.sorted(Comparator.comparing(Link::other)).map(Link::other).toList());
			}
		}
		return c.map();
	}

	private Object value(Field field, Map<String, Object> node, List<Link> links) {
		if (field.type() == FieldType.NAMES) {
			Map<String, Object> names = new LinkedHashMap<>();
			node.keySet().stream().filter(key -> key.startsWith("name_")).sorted()
				.forEach(key -> names.put(key.substring("name_".length()), node.get(key)));
			return names;
		}
		if (field.storedAs().isPresent()) {
			String property = field.storedAs().get();
			if (field.type() == FieldType.DATE) {
				return dateText(node, property);
			}
			Object value = node.get(property);
			if (field.vocabularyDefault().isPresent()) {
				Field.DefaultFromVocabulary fallback = field.vocabularyDefault().get();
				Object from = node.get(fallback.field());
				Object standard = (from != null) ? fallback.vocabulary().attributes(from.toString()).get(fallback.attribute())
						: null;
				return Objects.equals(value, standard) ? null : value;
			}
			return value;
		}
		if (field.relationship().isEmpty()) {
			return null;
		}
		List<Link> typed = of(links, field.relationship().get().type());
		return switch (field.type()) {
			case REF -> typed.isEmpty() ? null : typed.getFirst().other();
			case REFS -> typed.stream().map(Link::other).toList();
			case OBJECTS -> typed.stream().map(link -> item(field, link)).toList();
			case OBJECT -> typed.isEmpty() ? null : item(field, typed.getFirst());
			default -> null;
		};
	}

	/** One mapping of a list (a participant, an office, a change) from the relationship it became. */
	private static Map<String, Object> item(Field field, Link link) {
		String end = field.relationship().flatMap(Relationship::end).orElseThrow();
		Fields item = new Fields();
		for (Field nested : field.fields()) {
			if (nested.name().equals(end)) {
				item.put(nested.name(), link.other());
			}
			else if (nested.type() == FieldType.OBJECT) {
				item.put(nested.name(), inner(nested, link.properties()));
			}
			else {
				item.put(nested.name(), property(nested, link.properties()));
			}
		}
		return item.map();
	}

	/** A mapping inside one (a citation's evidence), present when its first property is. */
	private static Map<String, Object> inner(Field field, Map<String, Object> properties) {
		Field first = field.fields().getFirst();
		if (first.storedAs().isEmpty() || properties.get(first.storedAs().get()) == null) {
			return null;
		}
		Fields inner = new Fields();
		field.fields().forEach(nested -> inner.put(nested.name(), property(nested, properties)));
		return inner.map();
	}

	private static Object property(Field field, Map<String, Object> properties) {
		if (field.storedAs().isEmpty()) {
			return null;
		}
		return (field.type() == FieldType.DATE) ? dateText(properties, field.storedAs().get())
				: properties.get(field.storedAs().get());
	}

	/** Citations in the order they were written (their ids end in a running number). */
	private List<Map<String, Object>> citations(List<Link> links) {
		Field citation = model.common("sources");
		return links.stream()
			.sorted(Comparator.comparingInt(link -> citationNumber((String) link.properties().get("id"))))
			.map(link -> item(citation, link))
			.toList();
	}

	private static List<Link> of(List<Link> links, String type) {
		return links.stream().filter(link -> link.type().equals(type)).toList();
	}

	private static int citationNumber(String id) {
		try {
			return Integer.parseInt(id.substring(id.lastIndexOf(':') + 1));
		}
		catch (RuntimeException ex) {
			return Integer.MAX_VALUE;
		}
	}

	/** A date as the fact files write it, from the day and precision the graph keeps. */
	static String dateText(Map<String, Object> properties, String name) {
		Object value = properties.get(name);
		if (!(value instanceof LocalDate date)) {
			return null;
		}
		return switch (String.valueOf(properties.get(name + "Precision"))) {
			case "year" -> String.valueOf(date.getYear());
			case "month" -> date.toString().substring(0, 7);
			default -> date.toString();
		};
	}

	/** An ordered map that leaves out empty values, as a hand-written fact would. */
	private static final class Fields {

		private final Map<String, Object> map = new LinkedHashMap<>();

		void put(String name, Object value) {
			boolean empty = value == null || (value instanceof List<?> list && list.isEmpty())
					|| (value instanceof Map<?, ?> m && m.isEmpty());
			if (!empty) {
				map.put(name, value);
			}
		}

		void copy(Map<String, Object> from, String... names) {
			for (String name : names) {
				put(name, from.get(name));
			}
		}

		Map<String, Object> map() {
			return map;
		}

	}

}
