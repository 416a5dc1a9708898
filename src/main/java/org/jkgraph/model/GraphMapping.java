package org.jkgraph.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns facts into the nodes and relationships of the graph, as {@link FactModel} declares them: every field marked
 * as a property becomes one (a date three: its day, precision and text), every field with a relationship one
 * relationship per fact it names, every claim a node of its own. Each row carries a content hash, so the loader
 * recognises a fact the graph already holds and leaves it alone.
 */
public final class GraphMapping {

	private final FactModel model;

	private final String dataset;

	private List<NodeRow> nodes = new ArrayList<>();

	private List<RelationshipRow> relationships = new ArrayList<>();

	public GraphMapping(FactModel model, String dataset) {
		this.model = model;
		this.dataset = dataset;
	}

	/** The rows of the facts added since the last call; a streamed load maps its input a chunk at a time. */
	public GraphRows drain() {
		GraphRows rows = new GraphRows(nodes, relationships);
		nodes = new ArrayList<>();
		relationships = new ArrayList<>();
		return rows;
	}

	/**
	 * Adds the node of a fact of {@code kind}, its claims' nodes and the relationships it owns; {@code file} is the
	 * fact file it came from, kept as provenance.
	 */
	public void add(FactKind kind, FactValues fact, String file) {
		String subtype = kind.subtypeField().map(fact::text).orElse(null);
		Node node = new Node(fact, fact.text("id"), kind.id(), kind.labels(subtype), fact.objects("sources"));
		for (Field field : kind.fields()) {
			field.storedAs().ifPresent(property -> node.property(field, property, fact));
			if (field.type() == FieldType.NAMES) {
				fact.names(field.name()).forEach((language, name) -> node.put("name_" + language, name));
			}
		}
		kind.derived().forEach((property, value) -> node.put(property, value.apply(fact)));
		for (Field field : model.commonFields()) {
			if (!FactModel.PROVENANCE_FIELDS.contains(field.name())) {
				field.storedAs().ifPresent(property -> node.property(field, property, fact));
			}
		}
		// The file, not the line: lines shift whenever a fact above is edited, which must not count as a change.
		node.put("file", file);
		for (Field field : kind.fields()) {
			field.relationship().ifPresent(relationship -> node.links(field, relationship, fact));
		}
		Field sources = model.common("sources");
		node.links(sources, sources.relationship().orElseThrow(), fact);
		List<FactValues> claims = fact.objects("claims");
		for (int i = 0; i < claims.size(); i++) {
			claim(kind, fact, claims.get(i), i + 1, node);
		}
		node.finish();
	}

	/**
	 * A claim becomes a {@code :Fact:Claim} node of its own, linked from its fact and citing its own sources, so
	 * each side of a disagreement keeps its attribution and rank. A claim about a link (the value of {@code causes},
	 * {@code respondsTo}, …) names that link's relationship id in {@code link}.
	 */
	private void claim(FactKind kind, FactValues fact, FactValues claim, int index, Node owner) {
		String field = claim.text("field");
		String id = fact.text("id") + "~claim-" + field + "-" + index;
		Node node = new Node(fact, id, FactModel.CLAIM_KIND, List.of(FactModel.CLAIM_LABEL), claim.objects("sources"));
		for (Field declared : model.claimProperties()) {
			Object value = claim.get(declared.name());
			node.put(declared.storedAs().orElseThrow(), declared.type() == FieldType.ANY ? storable(value) : value);
		}
		node.put("about", fact.text("id"));
		node.put("name", field + " of " + fact.text("id") + ": " + claim.get("value"));
		kind.field(field)
			.filter(kind.links()::contains)
			.flatMap(Field::relationship)
			.ifPresent(link -> node.put("link", fact.text("id") + ":" + link.type() + ":" + claim.text("value")));
		for (Field declared : model.claims().fields()) {
			declared.relationship().ifPresent(relationship -> node.links(declared, relationship, claim));
		}
		node.finish();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("field", field);
		properties.put("rank", claim.text("rank"));
		owner.link(FactModel.HAS_CLAIM, false, id, null, properties);
	}

	/** Claim values keep their type where Neo4j can store it (text, number, boolean), else their text. */
	private static Object storable(Object value) {
		return (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) ? value
				: String.valueOf(value);
	}

	/** A node under construction with the relationships its fact owns. */
	private final class Node {

		private final String id;

		private final String kind;

		private final List<String> labels;

		private final Map<String, Object> properties = new LinkedHashMap<>();

		private final Map<String, Object> provenance = new LinkedHashMap<>();

		private final List<RelationshipRow> owned = new ArrayList<>();

		Node(FactValues fact, String id, String kind, List<String> labels, List<FactValues> citations) {
			this.id = id;
			this.kind = kind;
			this.labels = labels;
			Set<String> sourceIds = new LinkedHashSet<>();
			citations.forEach(citation -> sourceIds.add(citation.text("source")));
			provenance.put("sources", List.copyOf(sourceIds));
			provenance.put("method", fact.text("method"));
			provenance.put("confidence", fact.number("confidence"));
			provenance.put("dataset", dataset);
			properties.put("id", id);
			properties.put("fact", kind);
			properties.putAll(provenance);
		}

		void put(String name, Object value) {
			if (value instanceof List<?> list && list.isEmpty()) {
				return;
			}
			if (value != null) {
				properties.put(name, value);
			}
		}

		void property(Field field, String property, FactValues fact) {
			Object value = fact.get(field.name());
			if (value == null && field.vocabularyDefault().isPresent()) {
				Field.DefaultFromVocabulary fallback = field.vocabularyDefault().get();
				value = fallback.vocabulary().attributes(fact.text(fallback.field())).get(fallback.attribute());
			}
			if (value instanceof DateValue date) {
				put(property, date.first());
				put(property + "Precision", date.precisionId());
				put(property + "Text", date.text());
			}
			else {
				put(property, value);
			}
		}

		/** The relationships {@code field} of {@code fact} declares. */
		void links(Field field, Relationship relationship, FactValues fact) {
			switch (field.type()) {
				case REF -> {
					String other = fact.text(field.name());
					if (other != null && !(relationship.isExceptSelf() && other.equals(id))) {
						link(relationship.type(), relationship.isInward(), other, null, Map.of());
					}
				}
				case REFS -> fact.texts(field.name())
					.forEach(other -> link(relationship.type(), relationship.isInward(), other, null, Map.of()));
				case OBJECTS, OBJECT -> {
					List<FactValues> items = (field.type() == FieldType.OBJECTS) ? fact.objects(field.name())
							: (fact.object(field.name()) != null) ? List.of(fact.object(field.name())) : List.of();
					String end = relationship.end().orElseThrow(() -> new IllegalStateException(
							field.name() + " becomes " + relationship.type() + " but names no end field"));
					for (int i = 0; i < items.size(); i++) {
						FactValues item = items.get(i);
						String qualifier = relationship.isNumbered() ? String.valueOf(i + 1)
								: relationship.qualifier().map(q -> q.apply(item)).orElse(null);
						link(relationship.type(), relationship.isInward(), item.text(end), qualifier,
								relationshipProperties(field, relationship, item, fact));
					}
				}
				default -> throw new IllegalStateException(field + " cannot become a relationship");
			}
		}

		private Map<String, Object> relationshipProperties(Field field, Relationship relationship, FactValues item,
				FactValues owner) {
			Map<String, Object> values = new LinkedHashMap<>();
			for (Field nested : field.fields()) {
				if (nested.type() == FieldType.OBJECT) {
					FactValues inner = item.object(nested.name());
					if (inner != null) {
						nested.fields().forEach(innermost -> putRelationshipProperty(values, innermost, inner.get(innermost.name())));
					}
					continue;
				}
				Object value = item.get(nested.name());
				if (value == null && nested.ownerDefault().isPresent()) {
					value = owner.get(nested.ownerDefault().get());
				}
				putRelationshipProperty(values, nested, value);
			}
			relationship.derived().forEach((property, derive) -> values.put(property, derive.apply(item)));
			return values;
		}

		private void putRelationshipProperty(Map<String, Object> values, Field field, Object value) {
			if (field.storedAs().isEmpty() || value == null) {
				return;
			}
			String property = field.storedAs().get();
			if (value instanceof DateValue date) {
				values.put(property, date.first());
				values.put(property + "Precision", date.precisionId());
			}
			else {
				values.put(property, value);
			}
		}

		/** A relationship this node owns; {@code inward} ones point at it (an actor's participation in this event). */
		void link(String type, boolean inward, String other, String qualifier, Map<String, Object> extra) {
			String relationshipId = id + ":" + type + ":" + other + (qualifier != null ? ":" + qualifier : "");
			Map<String, Object> all = new LinkedHashMap<>();
			all.put("id", relationshipId);
			all.put("owner", id);
			extra.forEach((name, value) -> {
				if (value != null) {
					all.put(name, value);
				}
			});
			owned.add(inward ? new RelationshipRow(relationshipId, type, other, id, id, all)
					: new RelationshipRow(relationshipId, type, id, other, id, all));
		}

		void finish() {
			String hash = ContentHash.of(labels, properties, hashedAsBefore(owned));
			Map<String, Object> stored = new LinkedHashMap<>(properties);
			stored.put("hash", hash);
			model.nodeProperties(labels).ifPresent(declared -> {
				if (!declared.containsAll(stored.keySet())) {
					// New nodes of closed kinds are created with the properties the model lists; others would be lost.
					throw new IllegalStateException("The model does not list every property of " + labels + ": "
							+ stored.keySet());
				}
			});
			nodes.add(new NodeRow(id, kind, labels, stored, hash));
			for (RelationshipRow row : owned) {
				if (!model.relationshipProperties(row.type()).containsAll(row.properties().keySet())) {
					// The queries set only the properties the model lists; anything else would be lost.
					throw new IllegalStateException("The model does not list every property of " + row.type() + ": "
							+ row.properties().keySet());
				}
				relationships.add(row);
			}
		}

		/**
		 * The owned relationships as the hash has always seen them, each with its owner's provenance, as they were
		 * stored before relationships became lean. The provenance is in the node's properties, so this adds nothing
		 * to what the hash covers; it keeps the hashes of stores loaded before then (and migrated by V0040) equal to
		 * a reload's, so that reloading them changes nothing.
		 */
		private List<RelationshipRow> hashedAsBefore(List<RelationshipRow> rows) {
			return rows.stream().map(row -> {
				Map<String, Object> all = new LinkedHashMap<>(row.properties());
				all.putAll(provenance);
				return new RelationshipRow(row.id(), row.type(), row.from(), row.to(), row.owner(), all);
			}).toList();
		}

	}

}
