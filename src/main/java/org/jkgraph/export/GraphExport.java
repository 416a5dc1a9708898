package org.jkgraph.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jkgraph.model.FactModel;
import org.jkgraph.model.GraphReadBack;
import org.jkgraph.system.CypherFiles;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * Writes the graph back out as facts in the loader's format, with their provenance, so that what is in Neo4j can
 * always be saved, diffed and loaded again: export, wipe, load and export again gives the same facts. The model
 * turns each node and the relationships it owns back into its fact ({@link GraphReadBack}); facts stream out one
 * at a time in a read transaction, so the size of the graph does not matter.
 */
@Service
public class GraphExport {

	private final Driver driver;

	private final Map<String, String> queries;

	private final GraphReadBack readBack;

	public GraphExport(Driver driver, FactModel model) {
		this.driver = driver;
		this.queries = CypherFiles.read("export");
		this.readBack = new GraphReadBack(model);
	}

	/** Hands every fact of {@code dataset} (all datasets when null) to {@code sink}, in kind and id order. */
	public int export(String dataset, Consumer<Map<String, Object>> sink) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("dataset", dataset);
		try (Session session = driver.session()) {
			return session.executeRead(tx -> {
				Map<String, List<Map<String, Object>>> claims = new HashMap<>();
				tx.run(queries.get("claims"), parameters).forEachRemaining(r -> claims
					.computeIfAbsent(r.get("about").asString(), id -> new ArrayList<>())
					.add(readBack.claim(r.get("claim").asMap(), links(r.get("citations"), "source"))));
				int[] count = { 0 };
				tx.run(queries.get("facts"), parameters).forEachRemaining(r -> {
					Map<String, Object> node = r.get("fact").asMap();
					sink.accept(readBack.fact(node, links(r.get("owned"), "other"),
							claims.getOrDefault((String) node.get("id"), List.of())));
					count[0]++;
				});
				return count[0];
			});
		}
	}

	/** Rows of {@code {type, properties, <other>}} as the export queries return them. */
	@SuppressWarnings("unchecked")
	private static List<GraphReadBack.Link> links(Value rows, String other) {
		return rows.asList(Value::asMap).stream()
			.map(row -> new GraphReadBack.Link((String) row.getOrDefault("type", "CITES"),
					(row.get("properties") instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of(),
					(String) row.get(other)))
			.toList();
	}


}
