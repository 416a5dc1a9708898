package org.jkgraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jkgraph.embedded.EmbeddedTransactionManager;
import org.jkgraph.system.NamedQueries;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the named read queries of {@code cypher/queries/} for the API, in a read-only transaction whose time limit is
 * the transaction manager's default timeout ({@code jkgraph.api.query-timeout}). A feature that asks several queries
 * for one answer marks its own method {@code @Transactional(readOnly = true)}, and they share one transaction.
 * <p>
 * On the embedded database the queries run in this JVM ({@link InProcessReadPath}, in the transaction of
 * {@link EmbeddedTransactionManager}); on an external Neo4j, or with {@code jkgraph.embedded.in-process-reads=false},
 * through Spring Data Neo4j's {@link Neo4jClient} over Bolt ({@link DriverReadPath}, in SDN's transaction manager: a
 * cluster routes it to a secondary, bookmarks chain reads after writes). Both hand the mappers the Driver's records.
 * Measured in BENCHMARKS.md.
 */
@Component
@Transactional(readOnly = true)
public class GraphReader {

	private static final Logger log = LoggerFactory.getLogger(GraphReader.class);

	private final ReadPath path;

	private final NamedQueries queries;

	public GraphReader(Neo4jClient client, NamedQueries queries,
			ObjectProvider<EmbeddedTransactionManager> inProcess) {
		EmbeddedTransactionManager embedded = inProcess.getIfAvailable();
		this.path = (embedded != null) ? new InProcessReadPath(embedded) : new DriverReadPath(client);
		this.queries = queries;
		log.debug("The API reads {}", path.name());
	}

	/** Fails at start-up when a feature names a query file that does not exist. */
	public void require(String... names) {
		for (String name : names) {
			queries.get(name);
		}
	}

	public <T> List<T> list(String query, Map<String, ?> parameters, Function<Record, T> mapper) {
		return run(queries.get(query), parameters, mapper);
	}

	/** A query's text, on the read path; for tests of the path itself. */
	<T> List<T> run(String text, Map<String, ?> parameters, Function<Record, T> mapper) {
		return path.list(text, new HashMap<>(parameters), mapper);
	}

	/** {@code in-process} or {@code bolt}. */
	String readPath() {
		return path.name();
	}

	/**
	 * A page of a list query, which answers with one row: {@code total} and the page's {@code items}, each mapped to
	 * {@code type}. Empty when the query answers with no row (a list of something that does not exist).
	 */
	public <T> Optional<Page<T>> page(String query, Map<String, ?> parameters, Paging paging, Class<T> type) {
		Map<String, Object> all = new HashMap<>(parameters);
		all.putAll(paging.parameters());
		return single(query, all, row -> new Page<>(row.get("items").asList(item -> RecordValues.as(item, type)), paging.page(),
				paging.size(), row.get("total").asLong()));
	}

	public <T> Optional<T> single(String query, Map<String, ?> parameters, Function<Record, T> mapper) {
		List<T> rows = list(query, parameters, mapper);
		return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
	}

}
