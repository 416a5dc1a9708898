package org.jkgraph.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The graph model: every kind of fact, declared once in {@link FactKinds}, with the fields all kinds share. The
 * reader, the validator, the loader's queries and rows ({@link GraphMapping}), the export ({@link GraphReadBack}),
 * the graph view's relationship types, the JSON Schema ({@link FactSchema}) and the format table of
 * {@code seeds/README.md} ({@link FormatTable}) are all derived from it.
 * <p>
 * Every fact becomes a {@code :Fact} node with a label for its kind, carrying its provenance: source ids, method,
 * confidence, dataset and how it was loaded. A relationship keeps only what is its own (a role, a locator, a
 * change's date…) and the id of the fact that declares it, its {@code owner}: its provenance is that fact's, read
 * from the owner's node, not copied onto each of the millions of relationships a large load writes. A claim becomes
 * a {@code :Fact:Claim} node of its own, linked from its fact by {@code HAS_CLAIM} and citing its own sources.
 */
public final class FactModel {

	/** Events lasting longer than this many days carry {@code longSpan: true}; the period queries rely on 366. */
	public static final int LONG_SPAN_DAYS = 366;

	public static final String CITES = "CITES";

	public static final String HAS_CLAIM = "HAS_CLAIM";

	/** From a claim to the actors who make it. */
	public static final String ATTRIBUTED_TO = "ATTRIBUTED_TO";

	public static final String CLAIM_LABEL = "Claim";

	/** The fact kind claim nodes carry in their {@code fact} property. */
	public static final String CLAIM_KIND = "claim";

	/**
	 * The common fields that are provenance, each with a role of its own (citations, defaults, claim nodes); every
	 * other common field (notes, say) is read, stored and exported like a field of the kind.
	 */
	public static final List<String> PROVENANCE_FIELDS = List.of("sources", "method", "confidence", "claims");

	/** Properties every fact node has besides its common fields' (claims have no file). */
	public static final List<String> NODE_PROPERTIES = List.of("id", "fact", "sources", "method", "confidence",
			"dataset", "file", "hash");

	/**
	 * Properties of claim nodes besides the provenance every node has and the claim fields stored as properties:
	 * the fact it is {@code about}, a {@code name} for lists, and for a claim about a link the {@code link}'s
	 * relationship id.
	 */
	public static final List<String> CLAIM_NODE_PROPERTIES = List.of("about", "name", "link");

	/**
	 * Properties every relationship has: its id and its owner, the fact that declares it (and vouches for it: the
	 * relationship's provenance is the owner's).
	 */
	public static final List<String> RELATIONSHIP_PROPERTIES = List.of("id", "owner");

	/** Properties of {@code HAS_CLAIM} besides those every relationship has. */
	public static final List<String> HAS_CLAIM_PROPERTIES = List.of("field", "rank");

	private final List<FactKind> kinds;

	private final List<Field> common;

	/** Asked for every row a load writes, so worked out once per label set and type. */
	private final Map<List<String>, Optional<List<String>>> nodeProperties = new ConcurrentHashMap<>();

	private final Map<String, List<String>> relationshipProperties = new ConcurrentHashMap<>();

	FactModel(List<FactKind> kinds, List<Field> common) {
		this.kinds = List.copyOf(kinds);
		this.common = List.copyOf(common);
	}

	/** The model of jk-graph's facts, with the event types of {@code eventTypes}. */
	public static FactModel standard(Vocabulary eventTypes) {
		return new FactModel(FactKinds.all(eventTypes), FactKinds.common());
	}

	/** This model with {@code kind} added, or in place of the kind of the same id. */
	public FactModel with(FactKind kind) {
		List<FactKind> all = new ArrayList<>(kinds);
		int index = all.indexOf(kind);
		if (index >= 0) {
			all.set(index, kind);
		}
		else {
			all.add(kind);
		}
		return new FactModel(all, common);
	}

	/** This model with one more field every kind has (after the others), for fixtures and extensions. */
	public FactModel withCommon(Field field) {
		List<Field> all = new ArrayList<>(common);
		all.add(field);
		return new FactModel(kinds, all);
	}

	public List<FactKind> kinds() {
		return kinds;
	}

	public Optional<FactKind> kind(String id) {
		return kinds.stream().filter(kind -> kind.id().equals(id)).findFirst();
	}

	public FactKind kindOf(String id) {
		return kind(id).orElseThrow(() -> new NoSuchElementException("No fact kind '" + id + "'"));
	}

	/** The fields every kind has after its own, in this order: sources, method, confidence, claims, notes. */
	public List<Field> commonFields() {
		return common;
	}

	public Field common(String name) {
		for (Field field : common) {
			if (field.name().equals(name)) {
				return field;
			}
		}
		throw new NoSuchElementException("No common field '" + name + "'");
	}

	/** The nested fields of one claim. */
	public Field claims() {
		return common("claims");
	}

	/** Every relationship type facts can have, {@code CITES} and those of claims last. */
	public List<String> relationshipTypes() {
		Set<String> types = new LinkedHashSet<>();
		for (FactKind kind : kinds) {
			kind.fields().forEach(field -> field.relationship().ifPresent(r -> types.add(r.type())));
		}
		types.add(CITES);
		types.add(HAS_CLAIM);
		claims().fields().forEach(field -> field.relationship().ifPresent(r -> types.add(r.type())));
		return List.copyOf(types);
	}

	/**
	 * Every property a relationship of {@code type} can have, so that the loader's queries can name each one and
	 * set those a fact no longer gives to null.
	 */
	public List<String> relationshipProperties(String type) {
		return relationshipProperties.computeIfAbsent(type, this::propertiesOfType);
	}

	private List<String> propertiesOfType(String type) {
		Set<String> properties = new LinkedHashSet<>(RELATIONSHIP_PROPERTIES);
		if (type.equals(HAS_CLAIM)) {
			properties.addAll(HAS_CLAIM_PROPERTIES);
		}
		for (Field field : relationshipFields()) {
			Relationship relationship = field.relationship().orElseThrow();
			if (relationship.type().equals(type)) {
				for (Field nested : field.fields()) {
					nested.storedAs().ifPresent(property -> properties.addAll(propertiesOf(nested)));
					if (nested.type() == FieldType.OBJECT) {
						nested.fields().forEach(inner -> properties.addAll(propertiesOf(inner)));
					}
				}
				properties.addAll(relationship.derived().keySet());
			}
		}
		return List.copyOf(properties);
	}

	/** Every field that becomes a relationship, the citations and those of claims included. */
	List<Field> relationshipFields() {
		List<Field> fields = new ArrayList<>();
		kinds.forEach(kind -> kind.fields().stream().filter(field -> field.relationship().isPresent()).forEach(fields::add));
		fields.add(common("sources"));
		claims().fields().stream().filter(field -> field.relationship().isPresent() && !field.name().equals("sources"))
			.forEach(fields::add);
		return fields;
	}

	/** The fields of a claim stored as properties of its node: field, value, rank, stance, note. */
	public List<Field> claimProperties() {
		return claims().fields().stream().filter(field -> field.storedAs().isPresent()).toList();
	}

	/** Every label set a fact node can have besides {@code :Fact}: {@code [Event]}, {@code [Actor, Person]}, … */
	public List<List<String>> labelSets() {
		List<List<String>> sets = new ArrayList<>();
		kinds.forEach(kind -> sets.addAll(kind.labelSets()));
		sets.add(List.of(CLAIM_LABEL));
		return sets;
	}

	/** Every label of the model, kinds and subtypes. */
	public List<String> allLabels() {
		Set<String> labels = new LinkedHashSet<>();
		labelSets().forEach(labels::addAll);
		return List.copyOf(labels);
	}

	/**
	 * Every property a node with these labels can have, when that is a closed list (new nodes of such kinds are
	 * created with their properties named one by one); empty for kinds with native names, whose keys are open.
	 */
	public Optional<List<String>> nodeProperties(List<String> labels) {
		return nodeProperties.computeIfAbsent(List.copyOf(labels), this::propertiesOfLabels);
	}

	private Optional<List<String>> propertiesOfLabels(List<String> labels) {
		if (labels.equals(List.of(CLAIM_LABEL))) {
			List<String> all = new ArrayList<>(NODE_PROPERTIES);
			claimProperties().forEach(field -> all.add(field.storedAs().orElseThrow()));
			all.addAll(CLAIM_NODE_PROPERTIES);
			return Optional.of(all);
		}
		FactKind kind = kinds.stream().filter(k -> k.label().equals(labels.getFirst())).findFirst().orElseThrow();
		if (!kind.hasClosedProperties()) {
			return Optional.empty();
		}
		Set<String> all = new LinkedHashSet<>(NODE_PROPERTIES);
		for (Field field : common) {
			if (!PROVENANCE_FIELDS.contains(field.name()) && field.storedAs().isPresent()) {
				all.addAll(nodePropertiesOf(field));
			}
		}
		for (Field field : kind.fields()) {
			if (field.storedAs().isPresent()) {
				all.addAll(nodePropertiesOf(field));
			}
		}
		all.addAll(kind.derivedProperties());
		return Optional.of(List.copyOf(all));
	}
	/** A date on a node keeps its day, precision and text; on a relationship its day and precision. */
	static List<String> nodePropertiesOf(Field field) {
		String property = field.storedAs().orElseThrow();
		return (field.type() == FieldType.DATE) ? List.of(property, property + "Precision", property + "Text")
				: List.of(property);
	}

	static List<String> propertiesOf(Field field) {
		String property = field.storedAs().orElse(null);
		if (property == null) {
			return List.of();
		}
		return (field.type() == FieldType.DATE) ? List.of(property, property + "Precision") : List.of(property);
	}

}
