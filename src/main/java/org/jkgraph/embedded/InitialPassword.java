package org.jkgraph.embedded;

import java.util.Map;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * Gives the built-in {@code neo4j} user the service's password at every start. A store made by a version that ran
 * without authentication still has Neo4j's initial password ({@code neo4j}, to be changed on first login); one
 * copied from elsewhere has another. Both end up with the password of {@link Neo4jPassword}.
 */
final class InitialPassword {

	private InitialPassword() {
	}

	static void set(GraphDatabaseService system, Neo4jPassword password) {
		Map<String, Object> parameters = Map.of("user", Neo4jPassword.USER, "password", password.value());
		system.executeTransactionally(
				"CREATE USER $user IF NOT EXISTS SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", parameters);
		try {
			system.executeTransactionally("ALTER USER $user SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
					parameters);
		}
		catch (QueryExecutionException ex) {
			// Neo4j refuses to "change" a password to the one it already has, which is the usual case from the
			// second start on: that refusal is the confirmation we wanted.
			if (!ex.getMessage().contains("Old password and new password cannot be the same")) {
				throw new EmbeddedNeo4jStartException("Cannot set the password of the embedded Neo4j's user "
						+ Neo4jPassword.USER + ": " + ex.getMessage(), ex);
			}
		}
	}

}
