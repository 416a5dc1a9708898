package org.jkgraph.api;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Reads through Spring Data Neo4j's {@link Neo4jClient}, in the read-only transaction of SDN's transaction manager:
 * a cluster routes it to a secondary, bookmarks come from the framework. The read path for an external Neo4j.
 */
final class DriverReadPath implements ReadPath {

	private final Neo4jClient client;

	DriverReadPath(Neo4jClient client) {
		this.client = client;
	}

	@Override
	public <T> List<T> list(String query, Map<String, Object> parameters, Function<Record, T> mapper) {
		// The client's fetchAs wants a class, and a generic T has none at run time; the mapper gives the type.
		@SuppressWarnings("unchecked")
		Class<T> type = (Class<T>) (Class<?>) Object.class;
		return List.copyOf(client.query(query)
			.bindAll(parameters)
			.fetchAs(type)
			.mappedBy((types, record) -> mapper.apply(record))
			.all());
	}

	@Override
	public String name() {
		return "bolt";
	}

}
