package org.jkgraph.embedded;

import java.util.Map;

import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Sets the password of the built-in {@code neo4j} user when the embedded database listens beyond loopback, so
 * that nobody on the network can reach the data without it.
 */
final class InitialPassword {

	private InitialPassword() {
	}

	static void set(GraphDatabaseService system, String password) {
		system.executeTransactionally("ALTER USER neo4j IF EXISTS SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
				Map.of("password", password));
	}

}
