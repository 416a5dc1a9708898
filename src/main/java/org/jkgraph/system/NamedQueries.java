package org.jkgraph.system;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.QueryRunner;

import org.springframework.stereotype.Component;

/**
 * The read queries of the service, loaded once from {@code cypher/queries/}. The same files work as they are in
 * Neo4j Browser (with {@code :param}), so Browser users and the API share one source of truth.
 */
@Component
public class NamedQueries {

	private static final Pattern PARAM = Pattern.compile("^//\\s*:param\\s+(\\w+)\\s*=>\\s*(.+?)\\s*$");

	private static final Pattern PARAMS = Pattern.compile("^//\\s*:params\\s+(\\{.*})\\s*$");

	private final Map<String, String> queries;

	public NamedQueries() {
		this.queries = Map.copyOf(CypherFiles.read("queries"));
	}

	/**
	 * The text of the query {@code name} (its path below {@code cypher/queries/} without {@code .cypher}, e.g.
	 * {@code events/by_id}). Features call this in their constructors, so a missing file stops start-up.
	 */
	public String get(String name) {
		String query = queries.get(name);
		if (query == null) {
			throw new IllegalStateException("Missing named query cypher/queries/" + name + ".cypher");
		}
		return query;
	}

	public Set<String> names() {
		return queries.keySet();
	}

	/**
	 * The example parameters of a query file's header (its {@code :param} and {@code :params} lines for Neo4j
	 * Browser), each expression evaluated by Neo4j through {@code runner}. The expressions come from our own query
	 * files, never from a request.
	 */
	public static Map<String, Object> exampleParameters(QueryRunner runner, String text) {
		Map<String, Object> parameters = new HashMap<>();
		for (String line : text.lines().map(String::strip).takeWhile(l -> l.isEmpty() || l.startsWith("//")).toList()) {
			Matcher one = PARAM.matcher(line);
			Matcher all = PARAMS.matcher(line);
			if (one.matches()) {
				parameters.put(one.group(1), runner.run("RETURN " + one.group(2) + " AS value").single().get("value").asObject());
			}
			else if (all.matches()) {
				parameters.putAll(runner.run("RETURN " + all.group(1) + " AS value").single().get("value").asMap());
			}
		}
		return parameters;
	}

}
