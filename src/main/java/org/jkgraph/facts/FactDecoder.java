package org.jkgraph.facts;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jkgraph.model.FactKind;
import org.jkgraph.model.FactModel;
import org.jkgraph.model.FactValues;
import org.jkgraph.model.Field;

/**
 * Turns the fields of one fact into its values, field by field as the model declares them: required fields,
 * types, closed vocabularies, forms and ranges are checked here, each mistake reported on its line; what needs the
 * whole set of facts (references, vocabularies kept as data, dates in order, claims) is {@link FactValidator}'s.
 */
final class FactDecoder {

	private static final String CURATED = "curated";

	private static final Set<String> METHODS = Set.of(CURATED, "extracted");

	/** The README's default for curated facts; extracted facts must say how sure the extractor was. */
	private static final double CURATED_CONFIDENCE = 0.9;

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

	static Fact decode(FactModel model, FactKind kind, FieldReader fields, Defaults defaults) {
		fields.require("id");
		if (kind.citesSources()) {
			fields.require("sources");
		}
		FactValues values = new FactValues();
		values.put("id", fields.id());
		read(kind.fields(), fields, values);
		String method = Objects.requireNonNullElse(fields.oneOf("method", METHODS), defaults.method());
		// No range here: the validator reports a confidence outside 0..1 once, whatever the file's defaults.
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
		values.put("sources", fields.list("sources", citation -> object(model.common("sources"), citation)));
		values.put("method", method);
		values.put("confidence", confidence);
		values.put("claims", fields.list("claims", claim -> object(model.claims(), claim)));
		for (Field field : model.commonFields()) {
			if (!FactModel.PROVENANCE_FIELDS.contains(field.name())) {
				values.put(field.name(), read(field, fields));
			}
		}
		fields.reportUnknownFields();
		return Fact.of(kind, values, fields.origin());
	}

	private static void read(List<Field> declared, FieldReader fields, FactValues values) {
		for (Field field : declared) {
			if (field.isRequired()) {
				fields.require(field.name());
			}
		}
		for (Field field : declared) {
			values.put(field.name(), read(field, fields));
		}
	}

	private static Object read(Field field, FieldReader fields) {
		String name = field.name();
		return switch (field.type()) {
			case TEXT -> {
				if (field.oneOf().isPresent()) {
					yield fields.oneOf(name, field.oneOfWords());
				}
				yield field.pattern().isPresent() ? fields.string(name, field.pattern().get(), field.patternMeaning())
						: fields.string(name);
			}
			case DATE -> fields.date(name);
			case NUMBER -> fields.number(name, field.min(), field.max());
			case COUNT -> fields.count(name);
			case TEXTS -> fields.strings(name);
			case NAMES -> fields.stringMap(name, field.pattern().orElseThrow(), field.patternMeaning());
			case REF -> fields.ref(name);
			case REFS -> fields.refs(name);
			case OBJECT -> fields.object(name, nested -> object(field, nested));
			case OBJECTS -> fields.list(name, nested -> object(field, nested));
			case ANY -> fields.value(name);
		};
	}

	private static FactValues object(Field field, FieldReader fields) {
		FactValues values = new FactValues();
		read(field.fields(), fields, values);
		return values;
	}

}
