package org.jkgraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jkgraph.embedded.DriverExceptions;
import org.jkgraph.embedded.EmbeddedTransactionManager;
import org.neo4j.driver.Record;
import org.neo4j.graphdb.Result;

/**
 * Reads the embedded database in this JVM, in the transaction {@link EmbeddedTransactionManager} bound to the
 * thread: no Bolt round trips, no PackStream on either side, no hand-off between the request's thread and the
 * database's. Failures become the Driver's exceptions with Neo4j's status codes, so that one error handler
 * ({@link ApiProblems}) answers for both read paths.
 */
final class InProcessReadPath implements ReadPath {

	private final EmbeddedTransactionManager transactions;

	InProcessReadPath(EmbeddedTransactionManager transactions) {
		this.transactions = transactions;
	}

	@Override
	public <T> List<T> list(String query, Map<String, Object> parameters, Function<Record, T> mapper) {
		try (Result result = transactions.currentTransaction().execute(query, parameters)) {
			List<String> columns = result.columns();
			List<T> rows = new ArrayList<>();
			while (result.hasNext()) {
				rows.add(mapper.apply(DriverRecords.record(columns, result.next())));
			}
			return rows;
		}
		catch (RuntimeException ex) {
			throw DriverExceptions.translated(ex);
		}
	}

	@Override
	public String name() {
		return "in-process";
	}

}
