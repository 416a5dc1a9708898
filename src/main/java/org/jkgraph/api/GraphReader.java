package org.jkgraph.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jkgraph.system.NamedQueries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the named read queries of {@code cypher/queries/} for the API: always in a read transaction (so a cluster
 * can route them to secondaries) and always with a timeout.
 */
@Component
public class GraphReader {

	private final Driver driver;

	private final NamedQueries queries;

	private final TransactionConfig config;

	public GraphReader(Driver driver, NamedQueries queries,
			@Value("${jkgraph.api.query-timeout:10s}") Duration timeout) {
		this.driver = driver;
		this.queries = queries;
		this.config = TransactionConfig.builder().withTimeout(timeout).build();
	}

	/** Fails at start-up when a feature names a query file that does not exist. */
	public void require(String... names) {
		for (String name : names) {
			queries.get(name);
		}
	}

	public <T> List<T> list(String query, Map<String, ?> parameters, Function<Record, T> mapper) {
		String text = queries.get(query);
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run(text, new java.util.HashMap<String, Object>(parameters)).list(mapper::apply), config);
		}
	}

	public <T> Optional<T> single(String query, Map<String, ?> parameters, Function<Record, T> mapper) {
		List<T> rows = list(query, parameters, mapper);
		return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
	}

}
