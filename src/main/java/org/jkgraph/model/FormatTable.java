package org.jkgraph.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The table of every field of every kind for {@code seeds/README.md}: what files write, whether it is required,
 * what it holds and what it becomes in the graph. Generated from the model, so the documentation cannot drift from
 * what the loader does; {@code FormatTableTests} fails when the README's copy is not what this generates.
 */
public final class FormatTable {

	public static final String BEGIN = "<!-- format-table: generated from org.jkgraph.model.FactKinds; edit the model, then run"
			+ " ./mvnw test -Dtest=FormatTableTests -Djkgraph.regenerate=true -->";

	public static final String END = "<!-- /format-table -->";

	private final FactModel model;

	public FormatTable(FactModel model) {
		this.model = model;
	}

	/** The table with its markers, as it stands in the README. */
	public String markdown() {
		List<String> lines = new ArrayList<>();
		lines.add(BEGIN);
		lines.add("| kind | field | required | holds | in the graph |");
		lines.add("|---|---|---|---|---|");
		for (FactKind kind : model.kinds()) {
			String node = "`:" + kind.label() + "`";
			lines.add("| **" + kind.id() + "** (`" + kind.list() + "`) | | | | " + node
					+ kind.subtypeField().map(field -> " + a label from `" + field + "` (`" + String.join("`, `",
							kind.labelSets().stream().map(List::getLast).toList()) + "`)").orElse("") + " |");
			for (Field field : kind.fields()) {
				lines.add(row(kind, field));
			}
			if (!kind.derivedProperties().isEmpty()) {
				lines.add("| | *derived* | | | " + kind.derivedProperties().stream().map(p -> "`" + p + "`")
					.collect(Collectors.joining(", ")) + " |");
			}
		}
		lines.add("| **every kind** | | | | `:Fact`; on every node `sources` (the ids cited), `method`, `confidence`,"
				+ " `dataset`, `loadId`, `firstLoaded`, `lastChanged`, `file` (from the load's root) and `hash`;"
				+ " relationships have a stable `id` and their `owner`, the fact that declares them, whose provenance is"
				+ " theirs |");
		for (Field field : model.commonFields()) {
			lines.add(row(null, field));
		}
		lines.add(END);
		return String.join("\n", lines) + "\n";
	}

	private String row(FactKind kind, Field field) {
		String required = field.isRequired() || (kind == null && field.name().equals("sources")) ? "yes" : "";
		if (kind == null && field.name().equals("sources")) {
			required = "yes (not on sources)";
		}
		String description = field.description().isEmpty() ? "" : " — " + field.description();
		return "| | `" + field.name() + "` | " + required + " | " + holds(field) + description + " | "
				+ graph(kind, field) + " |";
	}

	private String holds(Field field) {
		return switch (field.type()) {
			case TEXT -> field.listedIn().map(v -> "one of the " + v.words().size() + " " + v.name() + "s of the vocabulary")
				.or(() -> field.oneOf().map(FormatTable::words))
				.orElse(field.pattern().isPresent() ? field.patternMeaning() : "text");
			case REF -> "id of " + article(field.target()) + field.targetSubtype().map(s -> " (" + s + ")").orElse("");
			case REFS -> "ids of " + field.target() + "s";
			case NUMBER -> (field.min() != Double.NEGATIVE_INFINITY)
					? "number " + format(field.min()) + ".." + format(field.max()) : "number";
			case OBJECT, OBJECTS -> field.type().description() + " {" + field.fields().stream()
				.map(nested -> "`" + nested.name() + "`" + (nested.isRequired() ? "" : "?") + ": " + holds(nested))
				.collect(Collectors.joining(", ")) + "}";
			default -> field.type().description();
		};
	}

	private String graph(FactKind kind, Field field) {
		List<String> parts = new ArrayList<>();
		if (kind != null && kind.subtypeField().filter(field.name()::equals).isPresent()) {
			parts.add("the second label");
		}
		if (field.type() == FieldType.NAMES) {
			parts.add("`name_<code>` properties");
		}
		field.storedAs().ifPresent(property -> parts.add("`" + property + "`"
				+ (field.type() == FieldType.DATE ? " (+ `" + property + "Precision`, `" + property + "Text`)" : "")
				+ field.vocabularyDefault().map(d -> ", else its `" + d.field() + "`'s " + d.attribute()).orElse("")));
		field.relationship().ifPresent(relationship -> parts.add(relationship(kind, field, relationship)));
		if (field.name().equals("claims")) {
			parts.add("a `:Claim` node each, `HAS_CLAIM {field, rank}` from the fact");
		}
		return String.join("; ", parts);
	}

	private String relationship(FactKind kind, Field field, Relationship relationship) {
		String own = (kind != null) ? kind.id() : "fact";
		String other = relationship.end().flatMap(field::field).map(Field::target).orElse(field.target());
		List<String> properties = new ArrayList<>();
		for (Field nested : field.fields()) {
			nested.storedAs().ifPresent(properties::add);
			if (nested.type() == FieldType.OBJECT) {
				nested.fields().forEach(inner -> inner.storedAs().ifPresent(properties::add));
			}
		}
		properties.addAll(relationship.derived().keySet());
		String type = "`[:" + relationship.type() + (properties.isEmpty() ? "" : " {" + String.join(", ", properties) + "}")
				+ "]`";
		String text = relationship.isInward() ? "(" + other + ")-" + type + "->(" + own + ")"
				: "(" + own + ")-" + type + "->(" + other + ")";
		return text + (relationship.isExceptSelf() ? ", not to itself" : "");
	}

	private static String words(Vocabulary vocabulary) {
		List<String> words = vocabulary.words();
		return (words.size() > 12) ? "one of " + words.size() + " " + vocabulary.name() + "s (listed below)"
				: String.join(" \\| ", words.stream().map(w -> "`" + w + "`").toList());
	}

	private static String article(String kind) {
		return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
	}

	private static String format(double number) {
		return (number == Math.rint(number)) ? String.valueOf((long) number) : String.valueOf(number);
	}

}
