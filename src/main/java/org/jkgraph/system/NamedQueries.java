package org.jkgraph.system;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The read queries of the service, loaded once from {@code cypher/queries/}. The same files work as they are in
 * Neo4j Browser (with {@code :param}), so Browser users and the API share one source of truth.
 */
@Component
public class NamedQueries {

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

}
