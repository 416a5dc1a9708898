package org.jkgraph.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jkgraph.facts.ActorFact;
import org.jkgraph.facts.Citation;
import org.jkgraph.facts.Claim;
import org.jkgraph.facts.EventFact;
import org.jkgraph.facts.EventType;
import org.jkgraph.facts.EventTypes;
import org.jkgraph.facts.Fact;
import org.jkgraph.facts.FactDate;
import org.jkgraph.facts.FactSet;
import org.jkgraph.facts.MeasureChange;
import org.jkgraph.facts.MeasureChangeKind;
import org.jkgraph.facts.MeasureFact;
import org.jkgraph.facts.ObservationFact;
import org.jkgraph.facts.Office;
import org.jkgraph.facts.Participant;
import org.jkgraph.facts.PlaceFact;
import org.jkgraph.facts.SourceFact;
import org.jkgraph.facts.TopicFact;

/**
 * Turns validated facts into the nodes and relationships of the graph model (see "Graph model" in README.md).
 * Every node is a {@code :Fact} with a label for its kind; every node and relationship carries the provenance of
 * the fact it came from: source ids, method, confidence and dataset.
 */
final class GraphMapping {

	/** The properties each relationship type may have, as the loader's queries write them. */
	private static final Map<String, Set<String>> PROPERTIES = GraphModel.RELATIONSHIP_TYPES.stream()
		.collect(Collectors.toMap(type -> type, type -> Set.copyOf(GraphModel.relationshipProperties(type))));

	/** The properties each node kind may have, where that is a closed list (see GraphModel). */
	private static final Map<String, Set<String>> NODE_PROPERTIES = GraphModel.labelSets().stream()
		.filter(labels -> GraphModel.nodeProperties(labels).isPresent())
		.collect(Collectors.toMap(List::getFirst, labels -> Set.copyOf(GraphModel.nodeProperties(labels).orElseThrow()),
				(a, b) -> a));

	private final EventTypes eventTypes;

	private final String dataset;

	private List<NodeRow> nodes = new ArrayList<>();

	private List<RelationshipRow> relationships = new ArrayList<>();

	GraphMapping(EventTypes eventTypes, String dataset) {
		this.eventTypes = eventTypes;
		this.dataset = dataset;
	}

	/** The graph for {@code facts}, tagged with the dataset they are loaded as. */
	static GraphRows map(FactSet facts, EventTypes eventTypes, String dataset) {
		GraphMapping mapping = new GraphMapping(eventTypes, dataset);
		for (Fact fact : facts.all()) {
			mapping.add(fact);
		}
		return mapping.drain();
	}

	/** The rows of the facts added since the last call; a streamed load maps its input a chunk at a time. */
	GraphRows drain() {
		GraphRows rows = new GraphRows(nodes, relationships);
		nodes = new ArrayList<>();
		relationships = new ArrayList<>();
		return rows;
	}

	/** Adds the node of {@code fact}, its claims' nodes and the relationships it owns. */
	void add(Fact fact) {
		Node node = switch (fact) {
			case SourceFact source -> source(source);
			case ActorFact actor -> actor(actor);
			case PlaceFact place -> place(place);
			case TopicFact topic -> topic(topic);
			case MeasureFact measure -> measure(measure);
			case EventFact event -> event(event);
			case ObservationFact observation -> observation(observation);
		};
		for (Citation citation : fact.sources()) {
			node.cite(citation);
		}
		for (int i = 0; i < fact.claims().size(); i++) {
			claim(fact, fact.claims().get(i), i + 1, node);
		}
		node.finish();
	}

	private Node source(SourceFact source) {
		Node node = new Node(source, List.of("Source"));
		node.put("title", source.title());
		node.put("name", source.title());
		node.put("publisher", source.publisher());
		node.put("author", source.author());
		node.date("published", source.published());
		node.put("url", source.url());
		node.put("language", source.language());
		node.put("type", source.type());
		node.put("corpusFile", source.corpusFile());
		return node;
	}

	private Node actor(ActorFact actor) {
		Node node = new Node(actor, List.of("Actor", pascalCase(actor.actorKind())));
		node.put("kind", actor.actorKind());
		node.put("name", actor.name());
		node.names(actor.name(), actor.aliases(), actor.names(), actor.demonyms(), actor.metonyms());
		node.put("demonyms", actor.demonyms());
		node.put("metonyms", actor.metonyms());
		node.put("country", actor.country());
		node.put("description", actor.description());
		if (actor.country() != null && !actor.country().equals(actor.id())) {
			node.link("FROM_COUNTRY", actor.country(), Map.of());
		}
		actor.memberOf().forEach(group -> node.link("MEMBER_OF", group, Map.of()));
		for (Office office : actor.offices()) {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("role", office.role());
			properties.put("title", office.title());
			putDate(properties, "start", office.start());
			putDate(properties, "end", office.end());
			String qualifier = office.role() + (office.start() != null ? "@" + office.start().text() : "");
			node.link("HELD_OFFICE", office.of(), qualifier, properties);
		}
		return node;
	}

	private Node place(PlaceFact place) {
		Node node = new Node(place, List.of("Place"));
		node.put("kind", place.placeKind());
		node.put("name", place.name());
		node.names(place.name(), place.aliases(), place.names(), List.of(), List.of());
		node.put("description", place.description());
		node.put("latitude", place.lat());
		node.put("longitude", place.lon());
		if (place.country() != null) {
			node.link("IN_COUNTRY", place.country(), Map.of());
		}
		place.claimants().forEach(claimant -> node.link("CLAIMED_BY", claimant, Map.of()));
		if (place.within() != null) {
			node.link("WITHIN", place.within(), Map.of());
		}
		return node;
	}

	private Node topic(TopicFact topic) {
		Node node = new Node(topic, List.of("Topic"));
		node.put("name", topic.name());
		node.names(topic.name(), topic.aliases(), Map.of(), List.of(), List.of());
		node.put("description", topic.description());
		if (topic.broader() != null) {
			node.link("BROADER", topic.broader(), Map.of());
		}
		return node;
	}

	private Node measure(MeasureFact measure) {
		Node node = new Node(measure, List.of("Measure"));
		node.put("kind", measure.measureKind());
		node.put("name", measure.name());
		node.put("summary", measure.summary());
		node.put("aliasText", measure.name());
		measure.imposedBy().forEach(actor -> node.link("IMPOSED_BY", actor, Map.of()));
		measure.targets().forEach(actor -> node.link("TARGETS", actor, Map.of()));
		measure.parties().forEach(actor -> node.link("HAS_PARTY", actor, Map.of()));
		measure.topics().forEach(topic -> node.link("ABOUT", topic, Map.of()));
		return node;
	}

	private Node event(EventFact event) {
		Node node = new Node(event, List.of("Event"));
		Optional<EventType> type = eventTypes.byId(event.type());
		node.put("type", event.type());
		node.put("title", event.title());
		node.put("name", event.title());
		node.put("summary", event.summary());
		node.put("aliasText", event.title());
		node.date("date", event.date());
		FactDate end = (event.endDate() != null) ? event.endDate() : event.date();
		node.put("dateEnd", end.last());
		// Period queries find events by a bounded range of start dates (see cypher/queries/events/list.cypher):
		// those lasting at most a year start no earlier than a year before the period; the rare longer ones are
		// flagged and found through their own index.
		if (end.last().isAfter(event.date().first().plusDays(GraphModel.LONG_SPAN_DAYS))) {
			node.put("longSpan", true);
		}
		node.date("endDate", event.endDate());
		node.put("year", event.date().first().getYear());
		node.put("plover", type.map(EventType::plover).orElse(null));
		node.put("mode", (event.mode() != null) ? event.mode() : type.map(EventType::mode).orElse(null));
		node.put("cameo", type.map(EventType::cameo).orElse(null));
		node.put("quadClass", type.map(EventType::quadClass).orElse(null));
		node.put("goldstein", type.map(EventType::goldstein).orElse(null));
		for (Participant participant : event.participants()) {
			node.linkFrom("PARTICIPATED_IN", participant.actor(), participant.role(), Map.of("role", participant.role()));
		}
		if (event.place() != null) {
			node.link("AT", event.place(), Map.of());
		}
		event.topics().forEach(topic -> node.link("ABOUT", topic, Map.of()));
		for (MeasureChange change : event.measures()) {
			FactDate effective = (change.effective() != null) ? change.effective() : event.date();
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("change", change.change());
			properties.put("status", MeasureChangeKind.byId(change.change()).orElseThrow().status().id());
			putDate(properties, "effective", effective);
			node.link("CHANGED", change.measure(), change.change(), properties);
		}
		event.respondsTo().forEach(other -> node.link("RESPONDS_TO", other, Map.of()));
		event.followsUp().forEach(other -> node.link("FOLLOWS_UP", other, Map.of()));
		event.causes().forEach(other -> node.link("CAUSED", other, Map.of()));
		if (event.partOf() != null) {
			node.link("PART_OF", event.partOf(), Map.of());
		}
		return node;
	}

	private Node observation(ObservationFact observation) {
		Node node = new Node(observation, List.of("Observation"));
		node.put("indicator", observation.indicator());
		node.put("value", observation.value());
		node.put("unit", observation.unit());
		node.date("period", observation.period());
		node.put("periodEnd", observation.period().last());
		node.put("question", observation.question());
		node.put("name", observation.indicator() + " of " + observation.subject()
				+ (observation.counterpart() != null ? " with " + observation.counterpart() : "") + ", "
				+ observation.period().text());
		node.link("SUBJECT", observation.subject(), Map.of());
		if (observation.counterpart() != null) {
			node.link("COUNTERPART", observation.counterpart(), Map.of());
		}
		if (observation.event() != null) {
			node.link("REPORTED_IN", observation.event(), Map.of());
		}
		return node;
	}

	/**
	 * A claim becomes a {@code :Fact:Claim} node of its own, linked from its fact and citing its own sources, so
	 * each side of a disagreement keeps its attribution and rank.
	 */
	private void claim(Fact fact, Claim claim, int index, Node owner) {
		String id = fact.id() + "~claim-" + claim.field() + "-" + index;
		Node node = new Node(fact, id, "claim", List.of("Claim"), claim.sources());
		node.put("field", claim.field());
		node.put("value", storable(claim.value()));
		node.put("rank", claim.rank().name().toLowerCase(Locale.ROOT));
		node.put("note", claim.note());
		node.put("about", fact.id());
		node.put("name", claim.field() + " of " + fact.id() + ": " + claim.value());
		claim.sources().forEach(node::cite);
		node.finish();
		owner.link("HAS_CLAIM", id, Map.of("field", claim.field(), "rank", node.properties.get("rank")));
	}

	/** Claim values keep their type where Neo4j can store it (text, number, boolean), else their text. */
	private static Object storable(Object value) {
		return (value instanceof String || value instanceof Number || value instanceof Boolean) ? value
				: String.valueOf(value);
	}

	private static void putDate(Map<String, Object> properties, String name, FactDate date) {
		if (date != null) {
			properties.put(name, date.first());
			properties.put(name + "Precision", date.precision().name().toLowerCase(Locale.ROOT));
		}
	}

	static String pascalCase(String kind) {
		return java.util.Arrays.stream(kind.split("_"))
			.map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
			.collect(Collectors.joining());
	}

	/** A node under construction with the relationships its fact owns. */
	private final class Node {

		private final String id;

		private final String kind;

		private final List<String> labels;

		private final Map<String, Object> properties = new LinkedHashMap<>();

		private final Map<String, Object> provenance = new LinkedHashMap<>();

		private final List<RelationshipRow> owned = new ArrayList<>();

		private int citations;

		Node(Fact fact, List<String> labels) {
			this(fact, fact.id(), fact.kind().name().toLowerCase(Locale.ROOT), labels, fact.sources());
			put("notes", fact.notes());
			// The file, not the line: lines shift whenever a fact above is edited, which must not count as a change.
			put("file", fact.origin().file());
		}

		Node(Fact fact, String id, String kind, List<String> labels, List<Citation> sources) {
			this.id = id;
			this.kind = kind;
			this.labels = labels;
			Set<String> sourceIds = sources.stream().map(Citation::source).collect(Collectors.toCollection(LinkedHashSet::new));
			provenance.put("sources", List.copyOf(sourceIds));
			provenance.put("method", fact.method());
			provenance.put("confidence", fact.confidence());
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

		void date(String name, FactDate date) {
			if (date != null) {
				put(name, date.first());
				put(name + "Precision", date.precision().name().toLowerCase(Locale.ROOT));
				put(name + "Text", date.text());
			}
		}

		/** Names for search and matching: the name, aliases, native spellings and the words that stand for it. */
		void names(String name, List<String> aliases, Map<String, String> nativeNames, List<String> demonyms,
				List<String> metonyms) {
			put("aliases", aliases);
			nativeNames.forEach((language, value) -> put("name_" + language, value));
			Set<String> all = new LinkedHashSet<>();
			all.add(name);
			all.addAll(aliases);
			all.addAll(nativeNames.values());
			all.addAll(demonyms);
			all.addAll(metonyms);
			put("aliasText", String.join(" | ", all));
		}

		void cite(Citation citation) {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("locator", citation.locator());
			properties.put("note", citation.note());
			if (citation.evidence() != null) {
				properties.put("evidence", citation.evidence().sentence());
				properties.put("evidenceStart", citation.evidence().start());
				properties.put("evidenceEnd", citation.evidence().end());
			}
			link("CITES", citation.source(), String.valueOf(++citations), properties);
		}

		void link(String type, String to, Map<String, Object> properties) {
			link(type, to, null, properties);
		}

		void link(String type, String to, String qualifier, Map<String, Object> properties) {
			owned.add(relationship(type, id, to, to, qualifier, properties));
		}

		/** A relationship that points at this node but belongs to it, e.g. an actor's participation in this event. */
		void linkFrom(String type, String from, String qualifier, Map<String, Object> properties) {
			owned.add(relationship(type, from, id, from, qualifier, properties));
		}

		private RelationshipRow relationship(String type, String from, String to, String other, String qualifier,
				Map<String, Object> extra) {
			String relationshipId = id + ":" + type + ":" + other + (qualifier != null ? ":" + qualifier : "");
			Map<String, Object> all = new LinkedHashMap<>();
			all.put("id", relationshipId);
			all.put("owner", id);
			extra.forEach((name, value) -> {
				if (value != null) {
					all.put(name, value);
				}
			});
			all.putAll(provenance);
			return new RelationshipRow(relationshipId, type, from, to, id, all);
		}

		void finish() {
			String hash = ContentHash.of(labels, properties, owned);
			Map<String, Object> stored = new LinkedHashMap<>(properties);
			stored.put("hash", hash);
			Set<String> declared = NODE_PROPERTIES.get(labels.getFirst());
			if (declared != null && !declared.containsAll(stored.keySet())) {
				// New nodes of this kind are created with the properties GraphModel lists; anything else would be lost.
				throw new IllegalStateException("GraphModel does not list every property of " + labels + ": "
						+ stored.keySet());
			}
			nodes.add(new NodeRow(id, kind, labels, stored, hash));
			for (RelationshipRow row : owned) {
				if (!PROPERTIES.get(row.type()).containsAll(row.properties().keySet())) {
					// The queries set only the properties GraphModel lists; anything else would be lost.
					throw new IllegalStateException("GraphModel does not list every property of " + row.type() + ": "
							+ row.properties().keySet());
				}
				Map<String, Object> withHash = new LinkedHashMap<>(row.properties());
				withHash.put("hash", ContentHash.of(List.of(row.type(), row.from(), row.to()), row.properties(), List.of()));
				relationships.add(new RelationshipRow(row.id(), row.type(), row.from(), row.to(), row.owner(), withHash));
			}
		}

	}

}
