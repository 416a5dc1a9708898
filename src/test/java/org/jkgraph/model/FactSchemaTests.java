package org.jkgraph.model;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import org.jkgraph.facts.DefaultModel;
import org.jkgraph.facts.FactFile;
import org.jkgraph.facts.FactFiles;
import org.jkgraph.facts.FactReader;
import org.jkgraph.facts.FactReading;
import org.jkgraph.facts.FactValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schema editors check fact files with is generated from the model, and says what the reader says: the
 * checked-in file is the generated one, and schema and reader accept and reject the same files (checked with
 * networknt's validator). References across facts, duplicates, dates in order and claims need the whole set of facts;
 * they are the validator's alone and not tried here.
 */
class FactSchemaTests {

	private static final Path SCHEMA = Path.of("seeds/schema/facts.schema.json");

	private static final FactModel MODEL = DefaultModel.get();

	private static final Schema VALIDATOR = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
		.getSchema(new FactSchema(MODEL).json());

	private static final String EVENT = """
			events:
			  - id: 2023-03-16-tokyo-summit
			    type: summit
			    date: 2023-03-16
			    endDate: "2023-03-17"
			    title: Yoon and Kishida meet in Tokyo
			    participants:
			      - {actor: yoon-suk-yeol, role: guest}
			    measures: [{measure: japan-export-controls-2019, change: lift, effective: 2023-03-23}]
			    sources: [{source: mofa, locator: para 1, evidence: {sentence: They met., start: 0, end: 9}}]
			""";

	@Test
	void theCheckedInSchemaIsTheOneTheModelGenerates() throws IOException {
		String generated = new FactSchema(MODEL).json();
		if (Boolean.getBoolean("jkgraph.regenerate")) {
			Files.writeString(SCHEMA, generated);
		}
		assertThat(Files.readString(SCHEMA)).as("seeds/schema/facts.schema.json is generated from the model: run"
				+ " ./mvnw test -Dtest=FactSchemaTests -Djkgraph.regenerate=true").isEqualTo(generated);
	}

	@Test
	void everySeedFileIsValidForBoth() {
		for (FactFile file : FactFiles.under(Path.of("seeds"))) {
			assertThat(schemaAccepts(file)).as(file.name()).isTrue();
			assertThat(readerAccepts(file)).as(file.name()).isTrue();
		}
	}

	@Test
	void aWellFormedFactIsValidForBoth() {
		FactFile file = new FactFile("good.yaml", EVENT);
		assertThat(schemaAccepts(file)).isTrue();
		assertThat(readerAccepts(file)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "type: summit|type: sumit", "date: 2023-03-16|date: 2023-02-30", "date: 2023-03-16|date: 2023-02-29",
			"date: 2023-03-16|date: 2023-13", "date: 2023-03-16|date: 16 March 2023", "role: guest|role: visitor",
			"change: lift|change: lifted", "effective: 2023-03-23|effective: 2023-04-31", "title: Yoon and Kishida meet in Tokyo|title: \" \"",
			"title: Yoon and Kishida meet in Tokyo|headline: A", "id: 2023-03-16-tokyo-summit|id: 2023_03_16_Tokyo",
			"    sources: [{source: mofa, locator: para 1, |    confidence: 1.5\n    sources: [{source: mofa, locator: para 1, ",
			"start: 0|start: -1", "start: 0|start: zero", "actor: yoon-suk-yeol|actor: Yoon",
			"      - {actor: yoon-suk-yeol, role: guest}|      - {role: guest}", "    participants:|    participants: []\n    x:" })
	void aMistakeIsRejectedByBoth(String change) {
		String[] parts = change.split("\\|", 2);
		assertThat(EVENT).contains(parts[0]);
		FactFile file = new FactFile("bad.yaml", EVENT.replace(parts[0], parts[1]));
		assertThat(readerAccepts(file)).as("reader on " + parts[1]).isFalse();
		assertThat(schemaAccepts(file)).as("schema on " + parts[1]).isFalse();
	}

	@Test
	void jsonLinesAgreeLineByLine() {
		List<String> good = List.of(
				"{\"fact\":\"actor\",\"id\":\"lg\",\"kind\":\"company\",\"name\":\"LG\",\"country\":\"south-korea\",\"sources\":[{\"source\":\"s\"}]}",
				"{\"fact\":\"source\",\"id\":\"s\",\"publisher\":\"Reuters\",\"title\":\"T\",\"published\":\"2023-03\",\"author\":null}");
		List<String> bad = List.of("{\"fact\":\"rumour\",\"id\":\"x\"}",
				"{\"fact\":\"actor\",\"id\":\"lg\",\"kind\":\"firm\",\"name\":\"LG\",\"sources\":[{\"source\":\"s\"}]}",
				"{\"fact\":\"source\",\"id\":\"s\",\"publisher\":\"Reuters\",\"title\":\"T\",\"published\":\"2023-02-30\"}",
				"{\"fact\":\"observation\",\"id\":\"o\",\"indicator\":\"gdp\",\"subject\":\"japan\",\"value\":\"many\",\"unit\":\"x\","
						+ "\"period\":\"2020\",\"sources\":[{\"source\":\"s\"}]}",
				"{\"fact\":\"topic\",\"id\":\"t\",\"name\":\"T\",\"sources\":[]}");
		good.forEach(line -> {
			assertThat(schemaAccepts(new FactFile("good.jsonl", line))).as(line).isTrue();
			assertThat(readerAccepts(new FactFile("good.jsonl", line))).as(line).isTrue();
		});
		bad.forEach(line -> {
			assertThat(schemaAccepts(new FactFile("bad.jsonl", line))).as(line).isFalse();
			assertThat(readerAccepts(new FactFile("bad.jsonl", line))).as(line).isFalse();
		});
	}

	@Test
	void theSchemaListsTheEventTypesOfTheVocabulary() {
		assertThat(new FactSchema(MODEL).json()).contains("\"summit\"", "\"agreement\"")
			.contains(FactSchema.DATE_PATTERN.replace("\\", "\\\\"));
	}

	/** The reader, and the validator's checks of single facts (references are taken as existing). */
	private static boolean readerAccepts(FactFile file) {
		FactReading reading = FactReader.read(MODEL, List.of(file));
		return !reading.hasProblems() && FactValidator.validate(MODEL, reading.facts(), id -> true).isEmpty();
	}

	private static boolean schemaAccepts(FactFile file) {
		List<JsonNode> documents = new ArrayList<>();
		if (file.name().endsWith(".jsonl")) {
			JsonMapper json = JsonMapper.builder().build();
			file.content().lines().filter(line -> !line.isBlank()).forEach(line -> documents.add(json.readTree(line)));
		}
		else {
			Node root = new Yaml().compose(new StringReader(file.content()));
			documents.add((root != null) ? json(root) : JsonNodeFactory.instance.objectNode());
		}
		return documents.stream().allMatch(document -> VALIDATOR.validate(document).isEmpty());
	}

	/** YAML as an editor's YAML 1.2 reading gives it: unquoted dates are text. */
	private static JsonNode json(Node node) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		if (node instanceof MappingNode mapping) {
			ObjectNode object = nodes.objectNode();
			for (NodeTuple tuple : mapping.getValue()) {
				object.set(((ScalarNode) tuple.getKeyNode()).getValue(), json(tuple.getValueNode()));
			}
			return object;
		}
		if (node instanceof SequenceNode sequence) {
			ArrayNode array = nodes.arrayNode();
			sequence.getValue().forEach(item -> array.add(json(item)));
			return array;
		}
		ScalarNode scalar = (ScalarNode) node;
		Tag tag = scalar.getTag();
		if (tag.equals(Tag.NULL)) {
			return nodes.nullNode();
		}
		if (tag.equals(Tag.BOOL)) {
			return nodes.booleanNode(Boolean.parseBoolean(scalar.getValue()));
		}
		if (tag.equals(Tag.INT)) {
			return nodes.numberNode(Long.parseLong(scalar.getValue()));
		}
		if (tag.equals(Tag.FLOAT)) {
			return nodes.numberNode(Double.parseDouble(scalar.getValue()));
		}
		return nodes.stringNode(scalar.getValue());
	}


}
