package org.jkgraph.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One kind of fact, declared once (see {@link FactKinds}): its name in fact files (singular in a JSON Lines
 * {@code fact} field, plural as a YAML list), its node label, its fields in the order files and exports write them,
 * and the properties derived from them. The fields every kind shares (id, sources, method, confidence, claims,
 * notes) are the model's ({@link FactModel#COMMON}).
 */
public final class FactKind {

	private final String id;

	private final String list;

	private final String label;

	private final List<Field> fields = new ArrayList<>();

	private final Map<String, Function<FactValues, Object>> derived = new LinkedHashMap<>();

	private String subtypeField;

	private boolean citesSources = true;

	private FactKind(String id, String list, String label) {
		this.id = id;
		this.list = list;
		this.label = label;
	}

	public static FactKind of(String id, String list, String label) {
		return new FactKind(id, list, label);
	}

	public FactKind field(Field field) {
		fields.add(field);
		return this;
	}

	/** A property computed from the fact's values; {@code null} leaves it out. Derived properties are not exported. */
	public FactKind derive(String property, Function<FactValues, Object> value) {
		derived.put(property, value);
		return this;
	}

	/**
	 * The words of this (closed-vocabulary) field become a second label: an actor of kind {@code government_body} is
	 * {@code :Actor:GovernmentBody}; references may require one ({@link Field#ofSubtype}).
	 */
	public FactKind subtypeLabels(String field) {
		subtypeField = field;
		return this;
	}

	/** Sources are where facts come from; they cite nothing themselves. */
	public FactKind citesNoSources() {
		citesSources = false;
		return this;
	}

	/** A copy of this kind with one more field, for fixtures and extensions of the model. */
	public FactKind withField(Field field) {
		FactKind copy = new FactKind(id, list, label);
		copy.fields.addAll(fields);
		copy.fields.add(field);
		copy.derived.putAll(derived);
		copy.subtypeField = subtypeField;
		copy.citesSources = citesSources;
		return copy;
	}

	/** {@code event}: the kind as a JSON Lines {@code fact} field names it. */
	public String id() {
		return id;
	}

	/** {@code events}: the key of this kind's list in a YAML fact file. */
	public String list() {
		return list;
	}

	public String label() {
		return label;
	}

	/** The fields of this kind, without the common ones. */
	public List<Field> fields() {
		return Collections.unmodifiableList(fields);
	}

	public Optional<Field> field(String name) {
		return fields.stream().filter(field -> field.name().equals(name)).findFirst();
	}

	Map<String, Function<FactValues, Object>> derived() {
		return derived;
	}

	public List<String> derivedProperties() {
		return List.copyOf(derived.keySet());
	}

	/**
	 * The fields that link a fact to others of its own kind (an event's {@code causes}, {@code respondsTo}, …): claims
	 * on such a field attribute one link, named by its value.
	 */
	public List<Field> links() {
		return fields.stream()
			.filter(field -> field.type() == FieldType.REFS && field.relationship().isPresent() && id.equals(field.target()))
			.toList();
	}

	public Optional<String> subtypeField() {
		return Optional.ofNullable(subtypeField);
	}

	public boolean citesSources() {
		return citesSources;
	}

	/** The labels of a fact of this kind with subtype {@code subtype} (ignored when the kind has none). */
	public List<String> labels(String subtype) {
		return (subtypeField != null && subtype != null) ? List.of(label, pascalCase(subtype)) : List.of(label);
	}

	/** Every label set a fact of this kind can have besides {@code :Fact}. */
	public List<List<String>> labelSets() {
		if (subtypeField == null) {
			return List.of(List.of(label));
		}
		return field(subtypeField).flatMap(Field::oneOf).orElseThrow().words().stream().map(this::labels).toList();
	}

	/** Whether the properties of its nodes are a closed list (native names make property keys open). */
	public boolean hasClosedProperties() {
		return fields.stream().noneMatch(field -> field.type() == FieldType.NAMES);
	}

	/** "an actor", "a place": for messages. */
	public String withArticle() {
		return ("aeiou".indexOf(id.charAt(0)) >= 0 ? "an " : "a ") + id;
	}

	static String pascalCase(String word) {
		return Arrays.stream(word.split("_"))
			.map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
			.collect(Collectors.joining());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FactKind that && id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

	@Override
	public String toString() {
		return id;
	}

}
