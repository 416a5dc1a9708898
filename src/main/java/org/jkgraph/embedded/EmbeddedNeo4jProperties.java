package org.jkgraph.embedded;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the embedded Neo4j that runs when no {@code spring.neo4j.uri} is configured. The defaults give a
 * newcomer a persistent database on loopback with Bolt on 7687 and Neo4j Browser on 7474, both behind a password.
 *
 * @param enabled          start the embedded database when no external one is configured
 * @param storePath        directory of the database files (created when missing)
 * @param listenAddress    interface the Bolt and HTTP connectors bind to (unencrypted: beyond loopback, put a TLS
 *                         proxy in front)
 * @param boltPort         Bolt port; 0 picks a free one (tests)
 * @param httpPort         HTTP port of Neo4j Browser; 0 picks a free one
 * @param httpEnabled      serve Neo4j Browser and the HTTP API
 * @param password         password of the {@code neo4j} user; unset, a generated one is kept in a file beside the
 *                         store (see {@link Neo4jPassword})
 * @param pageCache        page cache size
 * @param transactionMemory upper bound of memory all transactions may hold
 * @param shutdownTimeout  how long shutdown waits for running transactions
 * @param deleteOnShutdown remove the store when the application stops (throw-away stores in tests)
 */
@ConfigurationProperties("jkgraph.embedded")
public record EmbeddedNeo4jProperties(
		@DefaultValue("true") boolean enabled,
		@DefaultValue("data/neo4j") Path storePath,
		@DefaultValue("127.0.0.1") String listenAddress,
		@DefaultValue("7687") int boltPort,
		@DefaultValue("7474") int httpPort,
		@DefaultValue("true") boolean httpEnabled,
		String password,
		@DefaultValue("256MB") DataSize pageCache,
		@DefaultValue("1GB") DataSize transactionMemory,
		@DefaultValue("2s") Duration shutdownTimeout,
		@DefaultValue("false") boolean deleteOnShutdown) {

	/** The store directory as Neo4j wants it: absolute and normalised (a relative path is rejected). */
	public Path absoluteStorePath() {
		return storePath.toAbsolutePath().normalize();
	}

	public boolean loopbackOnly() {
		return "127.0.0.1".equals(listenAddress) || "localhost".equals(listenAddress) || "::1".equals(listenAddress);
	}

}
