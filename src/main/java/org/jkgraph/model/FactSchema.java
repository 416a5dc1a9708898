package org.jkgraph.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema (draft 2020-12) of fact files, generated from the model: what the reader accepts, as far as a
 * schema can say it. Editors check YAML files with it as they are typed ({@code seeds/schema/facts.schema.json});
 * {@code FactSchemaTests} fails when the checked-in file is not what this generates, and checks that schema and
 * reader accept and reject the same files. References to ids that do not exist, duplicates and claims are the
 * validator's to report: no schema can see across facts.
 */
public final class FactSchema {

	/** Dates as fact files write them, impossible days (2019-02-30, 2023-02-29) excluded. */
	static final String DATE_PATTERN = "^([0-9]{4}(-(0[1-9]|1[0-2]))?"
			+ "|[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])"
			+ "|[0-9]{4}-(0[13-9]|1[0-2])-(29|30)"
			+ "|[0-9]{4}-(0[13578]|1[02])-31"
			+ "|([0-9]{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)-02-29)$";

	static final String ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final FactModel model;

	public FactSchema(FactModel model) {
		this.model = model;
	}

	/** The schema as the text of {@code seeds/schema/facts.schema.json}. */
	public String json() {
		return JSON.writeValueAsString(schema()) + "\n";
	}

	Map<String, Object> schema() {
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		schema.put("$id", "https://jk-graph.org/schema/facts.schema.json");
		schema.put("title", "jk-graph fact file");
		schema.put("description", "A YAML fact file (a mapping of lists) or one JSON Lines fact (its kind in 'fact'); see "
				+ "seeds/README.md. Generated from the graph model (org.jkgraph.model.FactKinds): edit the model, not this file.");
		schema.put("oneOf", List.of(ref("factFile"), ref("jsonLine")));
		Map<String, Object> defs = new LinkedHashMap<>();
		defs.put("factFile", factFile());
		defs.put("jsonLine", jsonLine());
		defs.put("id", ordered("type", "string", "pattern", ID_PATTERN, "maxLength", 120));
		defs.put("date", ordered("description", "YYYY, YYYY-MM or YYYY-MM-DD; the form gives the precision", "anyOf",
				List.of(ordered("type", "string", "pattern", DATE_PATTERN),
						ordered("type", "integer", "minimum", 1000, "maximum", 9999))));
		defs.put("text", Map.of("type", List.of("string", "number", "boolean")));
		for (FactKind kind : model.kinds()) {
			defs.put(kind.id(), kind(kind));
		}
		schema.put("$defs", defs);
		return schema;
	}

	private Map<String, Object> factFile() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("defaults", ordered("type", "object", "additionalProperties", false, "properties",
				ordered("method", value(model.common("method")), "confidence", value(model.common("confidence")))));
		for (FactKind kind : model.kinds()) {
			properties.put(kind.list(), ordered("type", "array", "items", ref(kind.id())));
		}
		return ordered("type", "object", "additionalProperties", false, "properties", properties);
	}

	private Map<String, Object> jsonLine() {
		List<Object> kinds = new ArrayList<>();
		List<Object> cases = new ArrayList<>();
		for (FactKind kind : model.kinds()) {
			kinds.add(kind.id());
			cases.add(ordered("if", ordered("required", List.of("fact"), "properties",
					Map.of("fact", Map.of("const", kind.id()))), "then", ref(kind.id())));
		}
		return ordered("type", "object", "required", List.of("fact"), "properties", Map.of("fact", Map.of("enum", kinds)),
				"allOf", cases);
	}

	private Map<String, Object> kind(FactKind kind) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("fact", Map.of("const", kind.id()));
		properties.put("id", ref("id"));
		List<String> required = new ArrayList<>(List.of("id"));
		for (Field field : kind.fields()) {
			properties.put(field.name(), field(field));
			if (field.isRequired()) {
				required.add(field.name());
			}
		}
		for (Field field : model.commonFields()) {
			properties.put(field.name(), field(field));
		}
		if (kind.citesSources()) {
			// every fact but a source cites one at least
			properties.put("sources", ordered("type", "array", "minItems", 1, "items", object(model.common("sources"))));
			required.add("sources");
		}
		return ordered("type", "object", "required", required, "additionalProperties", false, "properties", properties);
	}

	/** A field: its value, or null where it may be left out (the reader takes null for absent). */
	private Map<String, Object> field(Field field) {
		Map<String, Object> value = value(field);
		Map<String, Object> schema = field.isRequired() ? value : ordered("anyOf", List.of(value, Map.of("type", "null")));
		if (!field.description().isEmpty()) {
			Map<String, Object> described = new LinkedHashMap<>();
			described.put("description", field.description());
			described.putAll(schema);
			return described;
		}
		return schema;
	}

	private Map<String, Object> value(Field field) {
		return switch (field.type()) {
			case TEXT -> text(field);
			case DATE -> ref("date");
			case NUMBER -> number(field);
			case COUNT -> ordered("type", "integer", "minimum", 0);
			case TEXTS -> list(field, ref("text"));
			case NAMES -> ordered("type", "object", "propertyNames", Map.of("pattern", anchored(field)),
					"additionalProperties", ref("text"));
			case REF -> ref("id");
			case REFS -> list(field, ref("id"));
			case OBJECT -> object(field);
			case OBJECTS -> list(field, object(field));
			case ANY -> Map.of();
		};
	}

	private Map<String, Object> text(Field field) {
		Vocabulary words = field.oneOf().or(field::listedIn).orElse(null);
		if (words != null) {
			return Map.of("enum", words.words());
		}
		if (field.pattern().isPresent()) {
			return ordered("type", "string", "pattern", anchored(field));
		}
		return field.isRequired() ? Map.of("anyOf", List.of(ordered("type", "string", "pattern", "\\S"),
				Map.of("type", List.of("number", "boolean")))) : ref("text");
	}

	private static Map<String, Object> number(Field field) {
		Map<String, Object> number = new LinkedHashMap<>();
		number.put("type", "number");
		if (field.min() != Double.NEGATIVE_INFINITY) {
			number.put("minimum", whole(field.min()));
		}
		if (field.max() != Double.POSITIVE_INFINITY) {
			number.put("maximum", whole(field.max()));
		}
		return number;
	}

	private static Object whole(double number) {
		return (number == Math.rint(number)) ? (Object) (long) number : number;
	}

	private static Map<String, Object> list(Field field, Map<String, Object> items) {
		return field.isRequired() ? ordered("type", "array", "minItems", 1, "items", items)
				: ordered("type", "array", "items", items);
	}

	private Map<String, Object> object(Field field) {
		Map<String, Object> properties = new LinkedHashMap<>();
		List<String> required = new ArrayList<>();
		for (Field nested : field.fields()) {
			properties.put(nested.name(), field(nested));
			if (nested.isRequired()) {
				required.add(nested.name());
			}
		}
		return ordered("type", "object", "required", required, "additionalProperties", false, "properties", properties);
	}

	private static String anchored(Field field) {
		return "^" + field.pattern().orElseThrow().pattern() + "$";
	}

	private static Map<String, Object> ref(String name) {
		return Map.of("$ref", "#/$defs/" + name);
	}

	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
