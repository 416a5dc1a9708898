package org.jkgraph.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The labels and relationship types the loader writes (see "Graph model" in README.md). The loader's queries name
 * them literally, one query file per label set and relationship type under {@code cypher/load/}, because Cypher
 * plans a fixed label or type far better than a dynamic one ({@code $(row.type)} scans every relationship of the
 * type to merge one). {@code LoadQueryFilesTests} keeps those files in step with this list.
 */
final class GraphModel {

	/** The labels that say what kind of fact a node is; every node also has {@code :Fact}. */
	/**
	 * Events lasting longer than this many days carry {@code longSpan: true}; the period queries of
	 * cypher/queries rely on the number (366) to bound their index range.
	 */
	static final int LONG_SPAN_DAYS = 366;

	static final List<String> KIND_LABELS = List.of("Source", "Actor", "Place", "Topic", "Measure", "Event",
			"Observation", "Claim");

	/** The second label of an actor, from its kind ({@code government_body} → {@code GovernmentBody}). */
	static final List<String> ACTOR_LABELS = List.of("Country", "Person", "GovernmentBody", "Party", "Company",
			"InternationalOrganisation", "Media", "ResearchBody", "Group");

	static final List<String> RELATIONSHIP_TYPES = List.of("PARTICIPATED_IN", "AT", "ABOUT", "CHANGED", "CAUSED",
			"RESPONDS_TO", "FOLLOWS_UP", "PART_OF", "HELD_OFFICE", "FROM_COUNTRY", "MEMBER_OF", "IMPOSED_BY", "TARGETS",
			"HAS_PARTY", "IN_COUNTRY", "CLAIMED_BY", "WITHIN", "BROADER", "SUBJECT", "COUNTERPART", "REPORTED_IN",
			"CITES", "HAS_CLAIM");

	/** The properties every relationship carries: its id, its owner and the owner's provenance. */
	static final List<String> RELATIONSHIP_PROPERTIES = List.of("id", "owner", "sources", "method", "confidence",
			"dataset", "hash");

	/** The properties some relationship types carry besides those every one carries. */
	private static final Map<String, List<String>> OWN_PROPERTIES = Map.of("PARTICIPATED_IN", List.of("role"),
			"HELD_OFFICE", List.of("role", "title", "start", "startPrecision", "end", "endPrecision"), "CHANGED",
			List.of("change", "status", "effective", "effectivePrecision"), "CITES",
			List.of("locator", "note", "evidence", "evidenceStart", "evidenceEnd"), "HAS_CLAIM",
			List.of("field", "rank"));

	/** The properties every fact node carries (claims have no notes or file). */
	static final List<String> NODE_PROPERTIES = List.of("id", "fact", "sources", "method", "confidence", "dataset",
			"notes", "file", "hash");

	/**
	 * The properties nodes of each kind carry besides those every one carries. Actors and places are missing: their
	 * native names become properties named after the language ({@code name_ko}), so their keys are open.
	 */
	private static final Map<String, List<String>> OWN_NODE_PROPERTIES = Map.of("Source",
			List.of("title", "name", "publisher", "author", "published", "publishedPrecision", "publishedText", "url",
					"language", "type", "corpusFile"),
			"Topic", List.of("name", "aliases", "aliasText", "description"), "Measure",
			List.of("kind", "name", "summary", "aliasText"), "Event",
			List.of("type", "title", "name", "summary", "aliasText", "date", "datePrecision", "dateText", "dateEnd",
					"endDate", "endDatePrecision", "endDateText", "longSpan", "year", "plover", "mode", "cameo", "quadClass",
					"goldstein"),
			"Observation", List.of("indicator", "value", "unit", "period", "periodPrecision", "periodText", "periodEnd",
					"question", "name"),
			"Claim", List.of("field", "value", "rank", "note", "about", "name"));

	private GraphModel() {
	}

	/**
	 * Every property a node with these labels can have, when that is a closed list: new nodes of such kinds are
	 * created with their properties named one by one. Empty for actors and places.
	 */
	static java.util.Optional<List<String>> nodeProperties(List<String> labels) {
		List<String> own = OWN_NODE_PROPERTIES.get(labels.getFirst());
		if (own == null) {
			return java.util.Optional.empty();
		}
		List<String> all = new ArrayList<>(NODE_PROPERTIES);
		all.addAll(own);
		return java.util.Optional.of(all);
	}

	/**
	 * Every property a relationship of {@code type} can have (timestamps and load id aside). The queries name them
	 * one by one: a map set as a whole ({@code SET r = row.properties}) makes Cypher buffer every row first.
	 */
	static List<String> relationshipProperties(String type) {
		List<String> all = new ArrayList<>(RELATIONSHIP_PROPERTIES);
		all.addAll(OWN_PROPERTIES.getOrDefault(type, List.of()));
		return all;
	}

	/** Every label set a fact node can have besides {@code :Fact}: {@code [Event]}, {@code [Actor, Person]}, … */
	static List<List<String>> labelSets() {
		List<List<String>> sets = new ArrayList<>();
		for (String label : KIND_LABELS) {
			if (label.equals("Actor")) {
				ACTOR_LABELS.forEach(actor -> sets.add(List.of(label, actor)));
			}
			else {
				sets.add(List.of(label));
			}
		}
		return sets;
	}

	/** The name of the query file for nodes with {@code labels}: {@code Event}, {@code Actor_Person}. */
	static String fileName(List<String> labels) {
		return String.join("_", labels);
	}

	/** Every label of the model, kinds and actor kinds. */
	static List<String> allLabels() {
		List<String> all = new ArrayList<>(KIND_LABELS);
		all.addAll(ACTOR_LABELS);
		return all;
	}

}
