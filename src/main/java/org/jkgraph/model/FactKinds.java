package org.jkgraph.model;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.jkgraph.model.Field.any;
import static org.jkgraph.model.Field.count;
import static org.jkgraph.model.Field.date;
import static org.jkgraph.model.Field.names;
import static org.jkgraph.model.Field.number;
import static org.jkgraph.model.Field.object;
import static org.jkgraph.model.Field.objects;
import static org.jkgraph.model.Field.ref;
import static org.jkgraph.model.Field.refs;
import static org.jkgraph.model.Field.text;
import static org.jkgraph.model.Field.texts;
import static org.jkgraph.model.Relationship.in;
import static org.jkgraph.model.Relationship.out;

/**
 * Every kind of fact jk-graph knows, each declared once: its fields as fact files write them (in the order exports
 * write them), how each is checked, and what it becomes in the graph. A new field or relationship goes here, and
 * nowhere else: the reader, the loader, the export, the graph view, the JSON Schema and the format table follow.
 */
final class FactKinds {

	static final Vocabulary METHODS = Vocabulary.of("method", "curated", "extracted");

	static final Vocabulary RANKS = Vocabulary.of("rank", "preferred", "normal", "deprecated");

	/**
	 * Where a fact stands in review. Facts without a status (the curated ones) count as accepted; the extractor writes
	 * {@code candidate}, and a reviewer's decision turns it into {@code accepted}, {@code rejected} or {@code merged}.
	 */
	static final Vocabulary STATUSES = Vocabulary.of("review status", "candidate", "accepted", "rejected", "merged");

	/** What a claim does with the value (or link) it names: says it is so, or says it is not. */
	static final Vocabulary STANCES = Vocabulary.of("stance", "asserts", "disputes");

	static final Vocabulary SOURCE_TYPES = Vocabulary.of("source type", "news", "analysis", "official", "record",
			"dataset", "reference");

	static final Vocabulary ACTOR_KINDS = Vocabulary.of("actor kind", "country", "person", "government_body", "party",
			"company", "international_organisation", "media", "research_body", "group");

	static final Vocabulary OFFICE_ROLES = Vocabulary.of("office role", "head_of_state", "president",
			"prime_minister", "foreign_minister", "defence_minister", "trade_minister", "chief_cabinet_secretary",
			"national_security_adviser", "ambassador", "party_leader", "floor_leader", "spokesperson", "chair", "judge",
			"official", "member", "researcher", "professor", "executive");

	static final Vocabulary PLACE_KINDS = Vocabulary.of("place kind", "country", "city", "region", "islands", "sea",
			"strait", "site");

	static final Vocabulary MEASURE_KINDS = Vocabulary.of("measure kind", "export_control", "trade_status",
			"trade_dispute", "security_agreement", "diplomatic_channel", "compensation_scheme", "agreement", "sanction",
			"information_sharing", "listing");

	static final Vocabulary PARTICIPANT_ROLES = Vocabulary.of("participant role", "initiator", "target", "host",
			"guest", "participant", "mediator", "plaintiff", "defendant", "court", "beneficiary", "speaker", "subject",
			"observer");

	static final Vocabulary CHANGES = new Vocabulary.Closed("measure change",
			Arrays.stream(MeasureChangeKind.values()).map(MeasureChangeKind::id).toList());

	static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z]{2,4})?");

	static final Pattern WORD = Pattern.compile("[a-z_]+");

	private FactKinds() {
	}

	static List<FactKind> all(Vocabulary eventTypes) {
		return List.of(source(), actor(), place(), topic(), measure(), event(eventTypes), observation(),
				mention(eventTypes));
	}

	/** Fields every kind has after its own. */
	static List<Field> common() {
		return List.of(citations("sources").describe("citations: where the fact is written, with a locator into each"),
				text("method").oneOf(METHODS).property().describe("curated (the default in seeds/) or extracted"),
				number("confidence").range(0, 1).property().describe("how sure we are, 0..1; 0.9 for curated facts"),
				text("status").oneOf(STATUSES).property()
					.describe("review: the extractor's facts are candidates until accepted; none (curated facts) counts as accepted"),
				objects("claims", text("field").required().property(), any("value").required().property(),
						text("rank").required().oneOf(RANKS).property(),
						text("stance").oneOf(STANCES).property()
							.describe("asserts (the default) or disputes the value; on a link field, the link"),
						refs("by", "actor").relationship(out(FactModel.ATTRIBUTED_TO)).describe("who makes the claim"),
						citations("sources").required(), text("note").property())
					.describe("disagreeing values of one field, each attributed and ranked; on a link field (causes, "
							+ "respondsTo, followsUp) the value names one linked event, and the claims say who asserts and "
							+ "who disputes that link"),
				text("notes").property().describe("editor's note, in our own words"));
	}

	/** A list of citations: each becomes a numbered {@code CITES} relationship to its source. */
	static Field citations(String name) {
		return objects(name, ref("source", "source").required(), text("locator").property(), text("note").property(),
				object("evidence", text("sentence").required().property("evidence"),
						count("start").required().property("evidenceStart"),
						count("end").required().property("evidenceEnd"),
						text("trigger").property("evidenceTrigger").describe("the words that made the extractor read it"),
						count("triggerStart").property("evidenceTriggerStart"),
						count("triggerEnd").property("evidenceTriggerEnd")))
			.relationship(out(FactModel.CITES).to("source").numbered());
	}

	static FactKind source() {
		return FactKind.of("source", "sources", "Source")
			.citesNoSources()
			.field(text("publisher").required().property())
			.field(text("author").property())
			.field(text("title").required().property())
			.field(date("published").property())
			.field(text("url").property())
			.field(text("language").pattern(LANGUAGE, "a language code").property())
			.field(text("type").oneOf(SOURCE_TYPES).property())
			.field(text("corpusFile").property().describe("the file in ../shared/corpus/, if it is there"))
			.derive("name", source -> source.text("title"));
	}

	static FactKind actor() {
		return FactKind.of("actor", "actors", "Actor")
			.subtypeLabels("kind")
			.field(text("kind").required().oneOf(ACTOR_KINDS).property())
			.field(text("name").required().property())
			.field(texts("aliases").property().describe("other spellings, abbreviations, titles"))
			.field(names("names", LANGUAGE_TAG).describe("native spellings by language code"))
			.field(ref("country", "actor").ofSubtype("country")
				.property()
				.relationship(out("FROM_COUNTRY").exceptSelf())
				.describe("the country it belongs to (a country omits it or names itself)"))
			.field(refs("memberOf", "actor").relationship(out("MEMBER_OF")).describe("parties, alliances, organisations"))
			.field(objects("offices", text("role").required().oneOf(OFFICE_ROLES).property(),
					ref("of", "actor").required(), text("title").property(), date("start").required().property(),
					date("end").notBefore("start").property())
				.relationship(out("HELD_OFFICE").to("of").qualifiedBy(FactKinds::officeQualifier))
				.describe("positions held, with dates (no end: still held)"))
			.field(texts("demonyms").property().describe("countries: words for its people or government"))
			.field(texts("metonyms").property().describe("words that stand for it in news text"))
			.field(text("description").property())
			.derive("aliasText", searchText("name", "aliases", "names", "demonyms", "metonyms"));
	}

	static FactKind place() {
		return FactKind.of("place", "places", "Place")
			.field(text("kind").required().oneOf(PLACE_KINDS).property())
			.field(text("name").required().property())
			.field(names("names", LANGUAGE_TAG).describe("each side's name by language code"))
			.field(texts("aliases").property())
			.field(ref("country", "actor").ofSubtype("country").relationship(out("IN_COUNTRY"))
				.describe("where it lies, who administers it"))
			.field(refs("claimants", "actor").relationship(out("CLAIMED_BY")).describe("disputed places: every claimant"))
			.field(ref("within", "place").relationship(out("WITHIN")).describe("the enclosing place"))
			.field(number("lat").range(-90, 90).property("latitude"))
			.field(number("lon").range(-180, 180).property("longitude"))
			.field(text("description").property())
			.derive("aliasText", searchText("name", "aliases", "names"));
	}

	static FactKind topic() {
		return FactKind.of("topic", "topics", "Topic")
			.field(text("name").required().property())
			.field(texts("aliases").property())
			.field(ref("broader", "topic").relationship(out("BROADER")).describe("the parent topic"))
			.field(text("description").property())
			.derive("aliasText", searchText("name", "aliases"));
	}

	static FactKind measure() {
		return FactKind.of("measure", "measures", "Measure")
			.field(text("kind").required().oneOf(MEASURE_KINDS).property())
			.field(text("name").required().property())
			.field(text("summary").property())
			.field(refs("imposedBy", "actor").relationship(out("IMPOSED_BY")))
			.field(refs("targets", "actor").relationship(out("TARGETS")))
			.field(refs("parties", "actor").relationship(out("HAS_PARTY")).describe("agreements: every party"))
			.field(refs("topics", "topic").relationship(out("ABOUT")))
			.derive("aliasText", searchText("name"));
	}

	static FactKind event(Vocabulary eventTypes) {
		return FactKind.of("event", "events", "Event")
			.field(text("type").required()
				.pattern(WORD, "an event type")
				.listedIn(eventTypes, "add it to vocabulary/event-types.yaml first")
				.property()
				.describe("from vocabulary/event-types.yaml (each maps to PLOVER, CAMEO, Goldstein)"))
			.field(date("date").required().property().describe("start; precision from its form"))
			.field(date("endDate").notBefore("date").property().describe("for events that last"))
			.field(text("title").required().property())
			.field(text("summary").property())
			.field(objects("participants", ref("actor", "actor").required(),
					text("role").required().oneOf(PARTICIPANT_ROLES).property())
				.required()
				.relationship(in("PARTICIPATED_IN").to("actor").qualifiedBy(participant -> participant.text("role")))
				.describe("who took part, in which role (an actor may have several)"))
			.field(ref("place", "place").relationship(out("AT")))
			.field(refs("topics", "topic").relationship(out("ABOUT")))
			.field(objects("measures", ref("measure", "measure").required(),
					text("change").required().oneOf(CHANGES).property(), date("effective").property().orOwners("date"))
				.relationship(out("CHANGED").to("measure")
					.qualifiedBy(change -> change.text("change"))
					.derive("status", change -> MeasureChangeKind.byId(change.text("change")).orElseThrow().status().id()))
				.describe("what the event did to measures; a change takes effect on the event's date unless effective says"))
			.field(refs("respondsTo", "event").relationship(out("RESPONDS_TO")))
			.field(refs("followsUp", "event").relationship(out("FOLLOWS_UP")).describe("continues or implements an earlier event"))
			.field(refs("causes", "event").relationship(out("CAUSED")).describe("events this one caused"))
			.field(ref("partOf", "event").relationship(out("PART_OF")).describe("an enclosing event"))
			.field(text("mode").property().orFromVocabulary("type", eventTypes, "mode")
				.describe("overrides the type's PLOVER mode"))
			.derive("name", event -> event.text("title"))
			.derive("aliasText", event -> event.text("title"))
			.derive("dateEnd", event -> end(event).last())
			// Period queries find events by a bounded range of start dates (cypher/queries/events/list.cypher): those
			// lasting at most a year start no earlier than a year before the period; longer ones are flagged.
			.derive("longSpan", event -> end(event).last().isAfter(event.date("date").first().plusDays(FactModel.LONG_SPAN_DAYS))
					? Boolean.TRUE : null)
			.derive("year", event -> event.date("date").first().getYear())
			.derive("plover", typeAttribute(eventTypes, "plover"))
			.derive("cameo", typeAttribute(eventTypes, "cameo"))
			.derive("quadClass", typeAttribute(eventTypes, "quadClass"))
			.derive("goldstein", typeAttribute(eventTypes, "goldstein"));
	}

	static FactKind observation() {
		return FactKind.of("observation", "observations", "Observation")
			.field(text("indicator").required().pattern(WORD, "an indicator name").property()
				.describe("exports, imports, gdp, poll_share, …"))
			.field(ref("subject", "actor").required().relationship(out("SUBJECT")).describe("the actor the number is about"))
			.field(ref("counterpart", "actor").relationship(out("COUNTERPART")).describe("the other side, for flows"))
			.field(number("value").required().property())
			.field(text("unit").required().property())
			.field(date("period").required().property())
			.field(text("question").property().describe("polls: what was asked, in our words"))
			.field(ref("event", "event").relationship(out("REPORTED_IN")).describe("the event that reported it"))
			.derive("periodEnd", observation -> observation.date("period").last())
			.derive("name", observation -> observation.text("indicator") + " of " + observation.text("subject")
					+ (observation.has("counterpart") ? " with " + observation.text("counterpart") : "") + ", "
					+ observation.date("period").text());
	}

	/**
	 * A sentence that reports an event the graph already holds: evidence for that event, kept apart from it so that
	 * extraction never rewrites a curated fact. Its one citation is the sentence (document, locator, offsets, the
	 * words that triggered it); {@code type} and {@code date} are what the extractor read there.
	 */
	static FactKind mention(Vocabulary eventTypes) {
		return FactKind.of("mention", "mentions", "Mention")
			.field(ref("event", "event").required().property().relationship(out("SUPPORTS"))
				.describe("the event the sentence reports"))
			.field(text("type").pattern(WORD, "an event type")
				.listedIn(eventTypes, "add it to vocabulary/event-types.yaml first")
				.property()
				.describe("the event type read in the sentence, which may be narrower or wider than the event's"))
			.field(date("date").property().describe("the date read in the sentence"))
			.derive("name", mention -> "Mention of " + mention.text("event") + " in "
					+ mention.objects("sources").stream().map(citation -> citation.text("source")).findFirst().orElse("?"));
	}

	/** Two terms in the same office are told apart by their start. */
	private static String officeQualifier(FactValues office) {
		DateValue start = office.date("start");
		return office.text("role") + ((start != null) ? "@" + start.text() : "");
	}

	private static DateValue end(FactValues event) {
		return (event.date("endDate") != null) ? event.date("endDate") : event.date("date");
	}

	private static Function<FactValues, Object> typeAttribute(Vocabulary eventTypes, String attribute) {
		return event -> eventTypes.attributes(event.text("type")).get(attribute);
	}

	/** The names search and matching use: the name, aliases, native spellings and the words that stand for it. */
	private static Function<FactValues, Object> searchText(String... fields) {
		return fact -> {
			Set<String> all = new LinkedHashSet<>();
			for (String field : fields) {
				Object value = fact.get(field);
				if (value instanceof String text) {
					all.add(text);
				}
				else if (value instanceof List<?> list) {
					list.forEach(item -> all.add(String.valueOf(item)));
				}
				else if (value instanceof Map<?, ?> map) {
					map.values().forEach(item -> all.add(String.valueOf(item)));
				}
			}
			return all.isEmpty() ? null : String.join(" | ", all);
		};
	}


}
