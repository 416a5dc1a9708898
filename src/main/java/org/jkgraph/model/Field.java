package org.jkgraph.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One field of a fact (or of a mapping nested in one, such as a participant): how fact files write it, how it is
 * checked, and what it becomes in the graph: a property of the fact's node (or of the relationship a nested mapping
 * becomes), a relationship to the fact it names, or both. Declared with the fluent methods below, in
 * {@link FactKinds}, and not changed afterwards.
 */
public final class Field {

	private final String name;

	private final FieldType type;

	private final List<Field> fields;

	private boolean required;

	private Vocabulary oneOf;

	/** The words of {@link #oneOf}, as a set: the reader asks for every field of every fact. */
	private Set<String> oneOfWords = Set.of();

	private Vocabulary listedIn;

	private String listedInHint;

	private Pattern pattern;

	private String patternMeaning;

	private double min = Double.NEGATIVE_INFINITY;

	private double max = Double.POSITIVE_INFINITY;

	private String target;

	private String targetSubtype;

	private String property;

	private Relationship relationship;

	private String notBefore;

	private String ownerDefault;

	private DefaultFromVocabulary vocabularyDefault;

	private String description = "";

	private Field(String name, FieldType type, List<Field> fields) {
		this.name = name;
		this.type = type;
		this.fields = List.copyOf(fields);
	}

	/** A value looked up in a vocabulary: the {@code attribute} of the word that field {@code field} holds. */
	public record DefaultFromVocabulary(String field, Vocabulary vocabulary, String attribute) {
	}

	public static Field text(String name) {
		return new Field(name, FieldType.TEXT, List.of());
	}

	public static Field date(String name) {
		return new Field(name, FieldType.DATE, List.of());
	}

	public static Field number(String name) {
		return new Field(name, FieldType.NUMBER, List.of());
	}

	public static Field count(String name) {
		return new Field(name, FieldType.COUNT, List.of());
	}

	public static Field texts(String name) {
		return new Field(name, FieldType.TEXTS, List.of());
	}

	/** Native spellings by language code ({@code ko}, {@code ja}): each becomes a property {@code name_<code>}. */
	public static Field names(String name, Pattern languageTag) {
		Field field = new Field(name, FieldType.NAMES, List.of());
		field.pattern = languageTag;
		field.patternMeaning = "a language code";
		return field;
	}

	/** The id of a fact of kind {@code target}. */
	public static Field ref(String name, String target) {
		Field field = new Field(name, FieldType.REF, List.of());
		field.target = target;
		return field;
	}

	public static Field refs(String name, String target) {
		Field field = new Field(name, FieldType.REFS, List.of());
		field.target = target;
		return field;
	}

	public static Field object(String name, Field... fields) {
		return new Field(name, FieldType.OBJECT, List.of(fields));
	}

	public static Field objects(String name, Field... fields) {
		return new Field(name, FieldType.OBJECTS, List.of(fields));
	}

	public static Field any(String name) {
		return new Field(name, FieldType.ANY, List.of());
	}

	/** This field with further nested fields (for a test fixture or an extension of the model). */
	public Field with(Field... more) {
		List<Field> all = new ArrayList<>(fields);
		all.addAll(List.of(more));
		Field copy = new Field(name, type, all);
		copy.copySettings(this);
		return copy;
	}

	private void copySettings(Field other) {
		required = other.required;
		oneOf = other.oneOf;
		oneOfWords = other.oneOfWords;
		listedIn = other.listedIn;
		listedInHint = other.listedInHint;
		pattern = other.pattern;
		patternMeaning = other.patternMeaning;
		min = other.min;
		max = other.max;
		target = other.target;
		targetSubtype = other.targetSubtype;
		property = other.property;
		relationship = other.relationship;
		notBefore = other.notBefore;
		ownerDefault = other.ownerDefault;
		vocabularyDefault = other.vocabularyDefault;
		description = other.description;
	}

	// ---- declaring

	/** Must be given, and not empty. */
	public Field required() {
		required = true;
		return this;
	}

	/** One of these words; the reader rejects anything else. */
	public Field oneOf(Vocabulary vocabulary) {
		oneOf = vocabulary;
		oneOfWords = Set.copyOf(vocabulary.words());
		return this;
	}

	/**
	 * A word of a vocabulary kept as data, checked when the facts are validated; {@code hint} says how to add one.
	 */
	public Field listedIn(Vocabulary vocabulary, String hint) {
		listedIn = vocabulary;
		listedInHint = hint;
		return this;
	}

	/** Text of this form; {@code meaning} names it in messages ("a language code"). */
	public Field pattern(Pattern form, String meaning) {
		pattern = form;
		patternMeaning = meaning;
		return this;
	}

	public Field range(double min, double max) {
		this.min = min;
		this.max = max;
		return this;
	}

	/** A reference that must name an actor whose {@code kind} is {@code subtype} (a country, say). */
	public Field ofSubtype(String subtype) {
		targetSubtype = subtype;
		return this;
	}

	/** Stored as a property of the same name. */
	public Field property() {
		return property(name);
	}

	/** Stored as the property {@code property}. */
	public Field property(String property) {
		this.property = property;
		return this;
	}

	/** Becomes a relationship (for a reference: to the fact it names; for mappings: one per mapping). */
	public Field relationship(Relationship relationship) {
		this.relationship = relationship;
		return this;
	}

	/** A date that must not lie before the date in sibling field {@code start}. */
	public Field notBefore(String start) {
		notBefore = start;
		return this;
	}

	/** On a relationship, when not given: the value of the owning fact's field {@code field} (its date, say). */
	public Field orOwners(String field) {
		ownerDefault = field;
		return this;
	}

	/**
	 * When not given: the {@code attribute} of the word in field {@code field} in {@code vocabulary}; written back
	 * only where it differs from that.
	 */
	public Field orFromVocabulary(String field, Vocabulary vocabulary, String attribute) {
		vocabularyDefault = new DefaultFromVocabulary(field, vocabulary, attribute);
		return this;
	}

	/** What the field means, for the format table and the JSON Schema. */
	public Field describe(String text) {
		description = text;
		return this;
	}

	// ---- reading the declaration

	public String name() {
		return name;
	}

	public FieldType type() {
		return type;
	}

	/** The nested fields of a mapping (or list of mappings). */
	public List<Field> fields() {
		return fields;
	}

	public Optional<Field> field(String nested) {
		return fields.stream().filter(field -> field.name.equals(nested)).findFirst();
	}

	public boolean isRequired() {
		return required;
	}

	public Optional<Vocabulary> oneOf() {
		return Optional.ofNullable(oneOf);
	}

	/** The words {@link #oneOf} allows; empty when the field has no closed vocabulary. */
	public Set<String> oneOfWords() {
		return oneOfWords;
	}

	public Optional<Vocabulary> listedIn() {
		return Optional.ofNullable(listedIn);
	}

	public String listedInHint() {
		return listedInHint;
	}

	public Optional<Pattern> pattern() {
		return Optional.ofNullable(pattern);
	}

	public String patternMeaning() {
		return patternMeaning;
	}

	public double min() {
		return min;
	}

	public double max() {
		return max;
	}

	/** The kind of fact a reference names; {@code null} for other fields. */
	public String target() {
		return target;
	}

	public Optional<String> targetSubtype() {
		return Optional.ofNullable(targetSubtype);
	}

	/** The property this field is stored as, on the fact's node or on the relationship its mapping becomes. */
	public Optional<String> storedAs() {
		return Optional.ofNullable(property);
	}

	public Optional<Relationship> relationship() {
		return Optional.ofNullable(relationship);
	}

	public Optional<String> notBefore() {
		return Optional.ofNullable(notBefore);
	}

	public Optional<String> ownerDefault() {
		return Optional.ofNullable(ownerDefault);
	}

	public Optional<DefaultFromVocabulary> vocabularyDefault() {
		return Optional.ofNullable(vocabularyDefault);
	}

	public String description() {
		return description;
	}
	@Override
	public String toString() {
		return name + ": " + type.description();
	}

}
