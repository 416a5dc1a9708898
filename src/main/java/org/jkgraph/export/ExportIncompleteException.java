package org.jkgraph.export;

/**
 * An export that stopped before its last fact (its time limit, or the database failing between two pages). Whoever
 * receives the facts must learn that they are not all: the command exits with a database failure, the HTTP response
 * is cut off without the end of its chunked body.
 */
public class ExportIncompleteException extends RuntimeException {

	public ExportIncompleteException(String message, Throwable cause) {
		super(message, cause);
	}

}
