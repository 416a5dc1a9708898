package org.jkgraph.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Where the loader's statements run: over the Driver ({@link DriverLoadDatabase}, an external Neo4j or the embedded
 * one's Bolt port), or in this JVM's embedded database itself ({@link EmbeddedLoadDatabase}: no Bolt round trips and
 * no PackStream on either side). Both run the same Cypher with the same parameters, so they write the same graph;
 * rows come back as plain Java values (strings, longs, lists, maps), and failures as the Driver's exceptions.
 * A unit of work may run more than once: a transient failure (a deadlock with a concurrent load) is retried.
 */
interface LoadDatabase {

	/** The metadata of the loader's transactions, which {@code SHOW TRANSACTIONS} lists. */
	Map<String, Object> METADATA = Map.of("app", "jk-graph-load");

	/** {@code work} in a write transaction that commits when it returns and rolls back when it throws. */
	<T> T write(Function<Statements, T> work);

	/** {@code work} in a read transaction. */
	<T> T read(Function<Statements, T> work);

	/** {@code bolt} or {@code in-process}, for the log. */
	String name();

	/** The statements of one transaction. */
	interface Statements {

		/** Runs {@code query}, handing each row to {@code rows} as column name to value. */
		void run(String query, Map<String, ?> parameters, Consumer<Map<String, Object>> rows);

		/** Runs {@code query}, which answers with exactly one row. */
		default Map<String, Object> single(String query, Map<String, ?> parameters) {
			List<Map<String, Object>> rows = new ArrayList<>(1);
			run(query, parameters, rows::add);
			if (rows.size() != 1) {
				throw new IllegalStateException(rows.size() + " rows from a loader query that answers with one");
			}
			return rows.getFirst();
		}

		/** Runs {@code query} for its effect. */
		default void execute(String query, Map<String, ?> parameters) {
			run(query, parameters, row -> {
			});
		}

	}

}
