package org.jkgraph.embedded;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * A failure of the embedded database as the Driver would have raised it over Bolt: the same exception class for its
 * classification (transient, client, database) and the same status code, so that code handling the Driver's errors
 * (a query's time limit, say) handles the in-process ones too.
 */
public final class DriverExceptions {

	private DriverExceptions() {
	}

	public static RuntimeException translated(RuntimeException ex) {
		if (ex instanceof Neo4jException) {
			return ex;
		}
		Status status = Status.statusCodeOf(ex);
		if (status == null) {
			return ex;
		}
		String code = status.code().serialize();
		String message = (ex.getMessage() != null) ? ex.getMessage() : code;
		Neo4jException translated = switch (status.code().classification().name()) {
			case "TransientError" -> new TransientException(code, message);
			case "ClientError" -> new ClientException(code, message);
			default -> new DatabaseException(code, message);
		};
		translated.initCause(ex);
		return translated;
	}

}
