package org.jkgraph.embedded;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

/**
 * A Neo4j database running inside this JVM, with its own Bolt server so that the application's Driver, Neo4j
 * Browser and cypher-shell all talk to it exactly as they would to a standalone server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final EmbeddedNeo4jProperties properties;

	private final DatabaseManagementService service;

	private final URI boltUri;

	private final URI browserUri;

	private EmbeddedNeo4j(EmbeddedNeo4jProperties properties, DatabaseManagementService service) {
		this.properties = properties;
		this.service = service;
		ConnectorPortRegister ports = ((GraphDatabaseAPI) database()).getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class);
		this.boltUri = URI.create("bolt://" + hostAndPort(ports.getLocalAddress(ConnectorType.BOLT)));
		HostnamePort http = properties.httpEnabled() ? ports.getLocalAddress(ConnectorType.HTTP) : null;
		this.browserUri = (http != null) ? URI.create("http://" + hostAndPort(http) + "/browser/") : null;
	}

	/**
	 * Starts the database on the configured store, failing with {@link EmbeddedNeo4jStartException} and one clear
	 * sentence when the store is locked by another process or a port is taken.
	 */
	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
		Path store = properties.absoluteStorePath();
		if (!properties.loopbackOnly() && (properties.password() == null || properties.password().isBlank())) {
			throw new EmbeddedNeo4jStartException("The embedded Neo4j is told to listen on " + properties.listenAddress()
					+ " but has no password: set jkgraph.embedded.password (JKGRAPH_EMBEDDED_PASSWORD) or listen on 127.0.0.1.");
		}
		try {
			Files.createDirectories(store);
		}
		catch (IOException ex) {
			throw new EmbeddedNeo4jStartException("Cannot create the Neo4j store directory " + store + ": " + ex.getMessage());
		}
		DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(store)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(properties.listenAddress(), properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(HttpConnector.enabled, properties.httpEnabled())
			.setConfig(HttpConnector.listen_address, new SocketAddress(properties.listenAddress(), properties.httpPort()))
			.setConfig(GraphDatabaseSettings.auth_enabled, !properties.loopbackOnly())
			.setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
			.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, properties.transactionMemory().toBytes())
			.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, properties.shutdownTimeout())
			// Bolt otherwise waits its default grace period for idle driver connections on every shutdown.
			.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, properties.shutdownTimeout())
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, properties.shutdownTimeout());
		DatabaseManagementService service;
		try {
			service = builder.build();
		}
		catch (RuntimeException ex) {
			throw EmbeddedNeo4jStartException.explain(ex, properties);
		}
		EmbeddedNeo4j neo4j = new EmbeddedNeo4j(properties, service);
		if (!properties.loopbackOnly()) {
			InitialPassword.set(neo4j.system(), properties.password());
		}
		return neo4j;
	}

	public GraphDatabaseService database() {
		return service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	private GraphDatabaseService system() {
		return service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
	}

	public URI boltUri() {
		return boltUri;
	}

	public Optional<URI> browserUri() {
		return Optional.ofNullable(browserUri);
	}

	public Path storePath() {
		return properties.absoluteStorePath();
	}

	public boolean authEnabled() {
		return !properties.loopbackOnly();
	}

	@Override
	public void close() {
		long started = System.nanoTime();
		service.shutdown();
		log.debug("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
		if (properties.deleteOnShutdown()) {
			deleteRecursively(storePath());
		}
	}

	private static String hostAndPort(HostnamePort address) {
		return address.getHost() + ":" + address.getPort();
	}

	private static void deleteRecursively(Path dir) {
		try {
			FileSystemUtils.deleteRecursively(dir);
		}
		catch (IOException ex) {
			log.warn("Could not delete the throw-away store {}: {}", dir, ex.getMessage());
		}
	}

}
