package org.jkgraph.export;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jkgraph.model.FactModel;
import org.jkgraph.model.GraphReadBack;
import org.jkgraph.system.CypherFiles;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Writes the graph back out as facts in the loader's format, with their provenance, so that what is in Neo4j can
 * always be saved, diffed and loaded again: export, wipe, load and export again gives the same bytes. The model
 * turns each node and the relationships it owns back into its fact ({@link GraphReadBack}).
 * <p>
 * Facts are read in pages of {@code jkgraph.export.page-size}, in id order (keyset paging), each page in a read
 * transaction of its own that is finished before any of its facts is handed on. A page the driver retries is thus
 * never written twice, an export holds the transaction memory of one page whatever the size of the graph, and the
 * same graph always gives the same bytes. Pages are separate transactions: an export taken while a load writes may
 * see some pages before it and some after, each fact whole.
 */
@Service
public class GraphExport {

	private final Driver driver;

	private final String query;

	private final GraphReadBack readBack;

	private final ExportProperties properties;

	@Autowired
	public GraphExport(Driver driver, FactModel model, ExportProperties properties) {
		this.driver = driver;
		this.query = CypherFiles.read("export").get("facts");
		this.readBack = new GraphReadBack(model);
		this.properties = properties;
	}

	public GraphExport(Driver driver, FactModel model) {
		this(driver, model, ExportProperties.DEFAULTS);
	}

	/**
	 * Hands every fact of {@code dataset} (all datasets when null) to {@code sink}, in id order, and returns how many.
	 *
	 * @throws ExportIncompleteException when the export ran over its time limit or the database failed after some
	 *                                   facts were handed on: the sink has not received them all
	 */
	public int export(String dataset, Consumer<Map<String, Object>> sink) {
		long deadline = System.nanoTime() + properties.timeout().toNanos();
		TransactionConfig config = TransactionConfig.builder()
			.withTimeout(Duration.ofSeconds(Math.max(1, properties.timeout().toSeconds())))
			.withMetadata(Map.of("app", "jk-graph-export"))
			.build();
		String after = "";
		int count = 0;
		try (Session session = driver.session()) {
			while (true) {
				if (System.nanoTime() - deadline > 0) {
					throw new ExportIncompleteException("The export stopped after " + count + " facts: it ran over "
							+ "jkgraph.export.timeout (" + properties.timeout() + ")", null);
				}
				Map<String, Object> parameters = new java.util.HashMap<>();
				parameters.put("dataset", dataset);
				parameters.put("after", after);
				parameters.put("size", properties.pageSize());
				List<Map<String, Object>> page;
				try {
					page = session.executeRead(tx -> tx.run(query, parameters).list(r -> fact(r.get("fact"), r.get("owned"),
							r.get("claims"))), config);
				}
				catch (Neo4jException ex) {
					if (count == 0) {
						throw ex;
					}
					throw new ExportIncompleteException("The export stopped after " + count + " facts: "
							+ ex.getMessage(), ex);
				}
				page.forEach(sink);
				count += page.size();
				if (page.size() < properties.pageSize()) {
					return count;
				}
				after = (String) page.getLast().get("id");
			}
		}
	}

	private Map<String, Object> fact(Value fact, Value owned, Value claims) {
		List<Map<String, Object>> readClaims = new ArrayList<>();
		for (Value claim : claims.values()) {
			if (!claim.get("claim").isNull()) {
				readClaims.add(readBack.claim(claim.get("claim").asMap(), links(claim.get("citations"), "source")));
			}
		}
		return readBack.fact(fact.asMap(), links(owned, "other"), readClaims);
	}

	/** Rows of {@code {type, properties, <other>}} as the export query returns them. */
	@SuppressWarnings("unchecked")
	private static List<GraphReadBack.Link> links(Value rows, String other) {
		return rows.asList(Value::asMap).stream()
			.map(row -> new GraphReadBack.Link((String) row.getOrDefault("type", "CITES"),
					(row.get("properties") instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of(),
					(String) row.get(other)))
			.toList();
	}

}
