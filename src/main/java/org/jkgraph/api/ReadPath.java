package org.jkgraph.api;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;

/**
 * How {@link GraphReader} asks the database: over Bolt through the Driver (any Neo4j), or in this JVM against the
 * embedded database. Either way in the transaction {@code GraphReader}'s {@code @Transactional} opened, and with
 * the rows handed to the mapper as the Driver's records.
 */
interface ReadPath {

	<T> List<T> list(String query, Map<String, Object> parameters, Function<Record, T> mapper);

	/** For the start-up log: {@code in-process} or {@code bolt}. */
	String name();

}
