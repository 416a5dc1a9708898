package org.jkgraph.embedded;

import org.neo4j.configuration.helpers.PortBindException;
import org.neo4j.io.locker.FileLockException;

/**
 * The embedded database could not start. The message is one sentence a newcomer can act on; the cause keeps the
 * details for the log at debug level.
 */
public class EmbeddedNeo4jStartException extends RuntimeException {

	public EmbeddedNeo4jStartException(String message) {
		super(message);
	}

	public EmbeddedNeo4jStartException(String message, Throwable cause) {
		super(message, cause);
	}

	static EmbeddedNeo4jStartException explain(Throwable failure, EmbeddedNeo4jProperties properties) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof FileLockException) {
				return new EmbeddedNeo4jStartException("The Neo4j store at " + properties.absoluteStorePath()
						+ " is already in use by another process (is jk-graph already running?); stop it or set"
						+ " jkgraph.embedded.store-path to another directory.", failure);
			}
			if (t instanceof PortBindException || t instanceof java.net.BindException) {
				return new EmbeddedNeo4jStartException("Port " + properties.boltPort() + " (Bolt) or " + properties.httpPort()
						+ " (HTTP) on " + properties.listenAddress() + " is already taken (is another Neo4j or jk-graph running?);"
						+ " stop it or set jkgraph.embedded.bolt-port / jkgraph.embedded.http-port.", failure);
			}
		}
		return new EmbeddedNeo4jStartException("The embedded Neo4j at " + properties.absoluteStorePath()
				+ " failed to start: " + rootMessage(failure), failure);
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}
