package org.jkgraph.facts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * Turns the fields of one fact into its record, with the kinds, roles and forms that seeds/README.md allows. Which
 * fields are required follows the README and schema/facts.schema.json.
 */
final class FactDecoder {

	private static final String CURATED = "curated";

	private static final Set<String> METHODS = Set.of(CURATED, "extracted");

	/** The README's default for curated facts; extracted facts must say how sure the extractor was. */
	private static final double CURATED_CONFIDENCE = 0.9;

	private static final Set<String> SOURCE_TYPES = Set.of("news", "analysis", "official", "record", "dataset",
			"reference");

	private static final Set<String> ACTOR_KINDS = Set.of("country", "person", "government_body", "party", "company",
			"international_organisation", "media", "research_body", "group");

	private static final Set<String> OFFICE_ROLES = Set.of("head_of_state", "president", "prime_minister",
			"foreign_minister", "defence_minister", "trade_minister", "chief_cabinet_secretary",
			"national_security_adviser", "ambassador", "party_leader", "floor_leader", "spokesperson", "chair", "judge",
			"official", "member", "researcher", "professor", "executive");

	private static final Set<String> PLACE_KINDS = Set.of("country", "city", "region", "islands", "sea", "strait",
			"site");

	private static final Set<String> MEASURE_KINDS = Set.of("export_control", "trade_status", "trade_dispute",
			"security_agreement", "diplomatic_channel", "compensation_scheme", "agreement", "sanction",
			"information_sharing", "listing");

	private static final Set<String> PARTICIPANT_ROLES = Set.of("initiator", "target", "host", "guest",
			"participant", "mediator", "plaintiff", "defendant", "court", "beneficiary", "speaker", "subject",
			"observer");

	private static final Set<String> RANKS = Arrays.stream(Rank.values()).map(Rank::id).collect(Collectors.toSet());

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z]{2,4})?");

	private static final Pattern WORD = Pattern.compile("[a-z_]+");

	private FactDecoder() {
	}

	/** The file's {@code defaults} block: the method (curated unless it says otherwise) and a confidence. */
	record Defaults(String method, Double confidence) {

		static final Defaults NONE = new Defaults(CURATED, null);

		static Defaults read(FieldReader fields) {
			return new Defaults(Objects.requireNonNullElse(fields.oneOf("method", METHODS), CURATED),
					fields.number("confidence", 0, 1));
		}

	}

	static Fact decode(FactKind kind, FieldReader fields, Defaults defaults) {
		Common common = common(fields, defaults, kind != FactKind.SOURCE);
		Fact fact = switch (kind) {
			case SOURCE -> source(fields, common);
			case ACTOR -> actor(fields, common);
			case PLACE -> place(fields, common);
			case TOPIC -> topic(fields, common);
			case MEASURE -> measure(fields, common);
			case EVENT -> event(fields, common);
			case OBSERVATION -> observation(fields, common);
		};
		fields.reportUnknownFields();
		return fact;
	}

	/** The fields every kind shares. */
	private record Common(String id, String method, double confidence, List<Citation> sources, List<Claim> claims,
			String notes) {
	}

	private static Common common(FieldReader fields, Defaults defaults, boolean citesSources) {
		fields.require("id");
		if (citesSources) {
			fields.require("sources");
		}
		String method = Objects.requireNonNullElse(fields.oneOf("method", METHODS), defaults.method());
		Double confidence = fields.number("confidence");
		if (confidence == null) {
			confidence = defaults.confidence();
		}
		if (confidence == null && CURATED.equals(method)) {
			confidence = CURATED_CONFIDENCE;
		}
		if (confidence == null) {
			fields.problem("confidence", "missing required field: " + method
					+ " facts have no default confidence (give one on the fact or in the file's defaults)");
			confidence = 0.0;
		}
		return new Common(fields.id(), method, confidence, fields.list("sources", FactDecoder::citation),
				fields.list("claims", FactDecoder::claim), fields.string("notes"));
	}

	private static SourceFact source(FieldReader fields, Common common) {
		fields.require("publisher", "title");
		return new SourceFact(common.id(), fields.string("publisher"), fields.string("author"),
				fields.string("title"), fields.date("published"), fields.string("url"),
				fields.string("language", LANGUAGE, "a language code"), fields.oneOf("type", SOURCE_TYPES),
				fields.string("corpusFile"), common.method(), common.confidence(), common.sources(), common.claims(),
				common.notes(), fields.origin());
	}

	private static ActorFact actor(FieldReader fields, Common common) {
		fields.require("kind", "name");
		return new ActorFact(common.id(), fields.oneOf("kind", ACTOR_KINDS), fields.string("name"),
				fields.strings("aliases"), names(fields), fields.ref("country"), fields.refs("memberOf"),
				fields.list("offices", FactDecoder::office), fields.strings("demonyms"), fields.strings("metonyms"),
				fields.string("description"), common.method(), common.confidence(), common.sources(),
				common.claims(), common.notes(), fields.origin());
	}

	private static Office office(FieldReader fields) {
		fields.require("role", "of", "start");
		return new Office(fields.oneOf("role", OFFICE_ROLES), fields.ref("of"), fields.string("title"),
				fields.date("start"), fields.date("end"));
	}

	private static PlaceFact place(FieldReader fields, Common common) {
		fields.require("kind", "name");
		return new PlaceFact(common.id(), fields.oneOf("kind", PLACE_KINDS), fields.string("name"), names(fields),
				fields.strings("aliases"), fields.ref("country"), fields.refs("claimants"), fields.ref("within"),
				fields.number("lat", -90, 90), fields.number("lon", -180, 180), fields.string("description"),
				common.method(), common.confidence(), common.sources(), common.claims(), common.notes(),
				fields.origin());
	}

	private static TopicFact topic(FieldReader fields, Common common) {
		fields.require("name");
		return new TopicFact(common.id(), fields.string("name"), fields.strings("aliases"), fields.ref("broader"),
				fields.string("description"), common.method(), common.confidence(), common.sources(),
				common.claims(), common.notes(), fields.origin());
	}

	private static MeasureFact measure(FieldReader fields, Common common) {
		fields.require("kind", "name");
		return new MeasureFact(common.id(), fields.oneOf("kind", MEASURE_KINDS), fields.string("name"),
				fields.string("summary"), fields.refs("imposedBy"), fields.refs("targets"), fields.refs("parties"),
				fields.refs("topics"), common.method(), common.confidence(), common.sources(), common.claims(),
				common.notes(), fields.origin());
	}

	private static EventFact event(FieldReader fields, Common common) {
		fields.require("type", "date", "title", "participants");
		return new EventFact(common.id(), fields.string("type", WORD, "an event type"), fields.date("date"),
				fields.date("endDate"), fields.string("title"), fields.string("summary"),
				fields.list("participants", FactDecoder::participant), fields.ref("place"), fields.refs("topics"),
				fields.list("measures", FactDecoder::measureChange), fields.refs("respondsTo"),
				fields.refs("followsUp"), fields.refs("causes"), fields.ref("partOf"), fields.string("mode"),
				common.method(), common.confidence(), common.sources(), common.claims(), common.notes(),
				fields.origin());
	}

	private static Participant participant(FieldReader fields) {
		fields.require("actor", "role");
		return new Participant(fields.ref("actor"), fields.oneOf("role", PARTICIPANT_ROLES));
	}

	private static MeasureChange measureChange(FieldReader fields) {
		fields.require("measure", "change");
		return new MeasureChange(fields.ref("measure"), fields.oneOf("change", MeasureChangeKind.ids()),
				fields.date("effective"));
	}

	private static ObservationFact observation(FieldReader fields, Common common) {
		fields.require("indicator", "subject", "value", "unit", "period");
		return new ObservationFact(common.id(), fields.string("indicator", WORD, "an indicator name"),
				fields.ref("subject"), fields.ref("counterpart"), fields.number("value"), fields.string("unit"),
				fields.date("period"), fields.string("question"), fields.ref("event"), common.method(),
				common.confidence(), common.sources(), common.claims(), common.notes(), fields.origin());
	}

	private static Map<String, String> names(FieldReader fields) {
		return fields.stringMap("names", LANGUAGE_TAG, "a language code");
	}

	private static Citation citation(FieldReader fields) {
		fields.require("source");
		return new Citation(fields.ref("source"), fields.string("locator"), fields.string("note"),
				fields.object("evidence", FactDecoder::evidence));
	}

	private static Evidence evidence(FieldReader fields) {
		fields.require("sentence", "start", "end");
		return new Evidence(fields.string("sentence"), fields.count("start"), fields.count("end"));
	}

	private static Claim claim(FieldReader fields) {
		fields.require("field", "value", "rank", "sources");
		String rank = fields.oneOf("rank", RANKS);
		return new Claim(fields.string("field"), fields.value("value"),
				(rank != null) ? Rank.valueOf(rank.toUpperCase(Locale.ROOT)) : null,
				fields.list("sources", FactDecoder::citation), fields.string("note"));
	}

}
