package org.jkgraph.queries;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jkgraph.support.IntegrationTest;
import org.jkgraph.system.CypherFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The named queries are meant to be pasted into Neo4j Browser as they are: each says in its header which
 * {@code :param} lines to run first, and with exactly those it runs on the curated data.
 */
@IntegrationTest
class QueryFilesTests {

	private static final Pattern PARAM = Pattern.compile("^// :param (\\w+) => (.+)$", Pattern.MULTILINE);

	private static final Pattern PARAMS = Pattern.compile("^// :params (\\{.*})$", Pattern.MULTILINE);

	@Autowired
	Driver driver;

	@TestFactory
	Stream<DynamicTest> everyQueryRunsWithTheParametersItsHeaderGives() {
		return CypherFiles.read("queries").entrySet().stream().map(file -> DynamicTest.dynamicTest(file.getKey(), () -> {
			String query = file.getValue();
			assertThat(query.lines().findFirst().orElse("")).as("a header comment says what it answers").startsWith("//");
			Map<String, Object> parameters = parameters(query);
			Matcher used = Pattern.compile("\\$(\\w+)").matcher(query.replaceAll("(?m)^//.*$", ""));
			while (used.find()) {
				assertThat(parameters).as("the header gives :param %s", used.group(1)).containsKey(used.group(1));
			}
			try (Session session = driver.session()) {
				List<?> rows = session.executeRead(tx -> tx.run(query, parameters).list());
				if (file.getKey().startsWith("start-here/")) {
					assertThat(rows).as("a start-here query shows something on the curated data").isNotEmpty();
				}
			}
		}));
	}

	/**
	 * Evaluates each {@code :param name => expression} and {@code :params {map}} line the way Browser does: as
	 * Cypher expressions. (The text comes from the repository's own query files.)
	 */
	private Map<String, Object> parameters(String query) {
		Map<String, Object> parameters = new HashMap<>();
		try (Session session = driver.session()) {
			Matcher single = PARAM.matcher(query);
			while (single.find()) {
				parameters.put(single.group(1), session.run("RETURN " + single.group(2).strip() + " AS v").single().get("v").asObject());
			}
			Matcher map = PARAMS.matcher(query);
			while (map.find()) {
				parameters.putAll(session.run("RETURN " + map.group(1) + " AS v").single().get("v").asMap());
			}
		}
		return parameters;
	}

}
