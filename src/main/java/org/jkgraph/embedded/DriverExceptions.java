package org.jkgraph.embedded;

import java.util.Map;

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

	private static final String UNKNOWN_GQL_STATUS = "50N42";

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
		// The constructors with a cause need a GQL status: the kernel's is not at hand, so it is the one the Driver
		// gives a legacy code (50N42, unknown). The two-argument ones set the cause to null, after which initCause
		// fails — that turned every translated failure (a time limit met at commit, say) into a 500.
		String description = "error: general processing exception - unexpected error. " + message;
		return switch (status.code().classification().name()) {
			case "TransientError" -> new TransientException(UNKNOWN_GQL_STATUS, description, code, message, Map.of(), ex);
			case "ClientError" -> new ClientException(UNKNOWN_GQL_STATUS, description, code, message, Map.of(), ex);
			default -> new DatabaseException(UNKNOWN_GQL_STATUS, description, code, message, Map.of(), ex);
		};
	}

}
