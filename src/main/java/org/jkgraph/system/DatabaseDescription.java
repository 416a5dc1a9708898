package org.jkgraph.system;

import java.net.URI;
import java.util.Optional;

import org.jkgraph.embedded.EmbeddedNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.stereotype.Component;

/** What the service is connected to: the embedded database or an external server, and which Neo4j it runs. */
@Component
public class DatabaseDescription {

	private final Driver driver;

	private final Optional<EmbeddedNeo4j> embedded;

	private final URI uri;

	private final String serverVersionQuery = CypherFiles.read("system").get("server_version");

	public DatabaseDescription(Driver driver, ObjectProvider<EmbeddedNeo4j> embedded,
			Neo4jConnectionDetails connectionDetails) {
		this.driver = driver;
		this.embedded = Optional.ofNullable(embedded.getIfAvailable());
		this.uri = connectionDetails.getUri();
	}

	public String mode() {
		return embedded.isPresent() ? "embedded" : "external";
	}

	public URI uri() {
		return uri;
	}

	public Optional<EmbeddedNeo4j> embedded() {
		return embedded;
	}

	/** Name, version and edition as the server reports them. */
	public ServerVersion serverVersion() {
		try (Session session = driver.session()) {
			Record record = session.executeRead(tx -> tx.run(serverVersionQuery)
				.single());
			return new ServerVersion(record.get("name").asString(), record.get("version").asString(),
					record.get("edition").asString());
		}
	}

	public record ServerVersion(String name, String version, String edition) {
	}

}
