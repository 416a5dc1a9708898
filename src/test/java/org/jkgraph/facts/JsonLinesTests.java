package org.jkgraph.facts;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON Lines are parsed by Jackson into the nodes SnakeYAML composes from the same text, so one field reader reads
 * both formats alike; what is not JSON is a syntax error, never read some other way.
 */
class JsonLinesTests {

	@Test
	void composesEveryFixtureLineAsSnakeYamlDoes() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/test/resources/facts"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
				for (String line : Files.readAllLines(file)) {
					if (!line.isBlank() && isJson(line)) {
						sameAsSnakeYaml(line);
					}
				}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"a\":1,\"b\":-2.5e3,\"c\":[true,false,null],\"d\":{}}", "{ \"a\" : [ ] , \"b\" : \"x y\" }",
			"{\"n\":0,\"m\":-0,\"f\":1.0,\"e\":1E5,\"g\":12345678901234567890}", "{\"k\":\"ünïcödé 독도 竹島 🎌\"}",
			"{\"k\":\"2019-07-01\",\"v\":\"yes\",\"w\":\"~\",\"x\":\"#no comment\"}", "{\"same\":1,\"same\":2}",
			"{\"a\":{\"b\":{\"c\":[{\"d\":[1,[2,[3]]]}]}}}", "{\"a\":\"esc\\\"aped \\\\ \\u00e9 \\n\"}" })
	void composesJsonAsSnakeYamlDoes(String line) {
		sameAsSnakeYaml(line);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"a\":1}trailing", "{\"a\":1} {\"b\":2}", "{a: 1}", "{\"a\":01}", "{\"a\":1.}",
			"{\"a\":.5}", "{\"a\":tru}", "{\"a\":1,}", "{\"a\":1", "{\"a\":NaN}", "{\"a\":0x1F}" })
	void refusesWhatIsNotJson(String line) {
		assertThat(isJson(line)).as(line).isFalse();
	}

	@Test
	void aSyntaxErrorSaysWhereOnTheLine() {
		List<Problem> problems = new java.util.ArrayList<>();
		FactReader.readJsonLine(DefaultModel.get(), "bad.jsonl", 4, "{\"fact\":\"topic\",\"id\" \"x\"}", fact -> {
		}, problems);
		assertThat(problems).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isEqualTo(5);
			assertThat(problem.message()).startsWith("syntax error: Unexpected character").endsWith("(column 22)");
		});
	}

	private static boolean isJson(String line) {
		try {
			JsonLines.parse(line);
			return true;
		}
		catch (JacksonException | JsonLines.TrailingContent ex) {
			return false;
		}
	}

	private static void sameAsSnakeYaml(String line) {
		Node json = JsonLines.parse(line);
		Node yaml = new Yaml().compose(new StringReader(line));
		assertThat(describe(json)).as(line).isEqualTo(describe(yaml));
	}

	/** Structure, tags, values and lines: everything FieldReader looks at. */
	private static String describe(Node node) {
		String line = "@" + node.getStartMark().getLine();
		return switch (node) {
			case MappingNode mapping -> "{" + line + " " + String.join(", ", mapping.getValue()
				.stream()
				.map((NodeTuple tuple) -> describe(tuple.getKeyNode()) + ": " + describe(tuple.getValueNode()))
				.toList()) + "}";
			case SequenceNode sequence -> "[" + line + " "
					+ String.join(", ", sequence.getValue().stream().map(JsonLinesTests::describe).toList()) + "]";
			case ScalarNode scalar -> scalar.getTag() + ":" + scalar.getValue() + line;
			default -> List.of(node).toString();
		};
	}

}
