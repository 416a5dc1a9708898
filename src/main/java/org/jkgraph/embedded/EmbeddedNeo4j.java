package org.jkgraph.embedded;

import java.io.IOException;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

/**
 * A Neo4j database running inside this JVM, with its own Bolt server so that the application's Driver, Neo4j
 * Browser and cypher-shell all talk to it exactly as they would to a standalone server — with the password of
 * {@link Neo4jPassword}, which every one of them needs.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	/** Neo4j's {@code server.default_advertised_address}; see {@link #start}. */
	private static final String DEFAULT_ADVERTISED_HOST = "localhost";

	private final EmbeddedNeo4jProperties properties;

	private final DatabaseManagementService service;

	private final URI boltUri;

	private final URI browserUri;

	private final Neo4jPassword password;

	private EmbeddedNeo4j(EmbeddedNeo4jProperties properties, DatabaseManagementService service, Neo4jPassword password) {
		this.properties = properties;
		this.service = service;
		this.password = password;
		ConnectorPortRegister ports = ((GraphDatabaseAPI) database()).getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class);
		this.boltUri = URI.create("bolt://" + hostAndPort(ports.getLocalAddress(ConnectorType.BOLT)));
		HostnamePort http = properties.httpEnabled() ? ports.getLocalAddress(ConnectorType.HTTP) : null;
		this.browserUri = (http != null) ? URI.create("http://" + hostAndPort(http) + "/browser/") : null;
	}

	/**
	 * Starts the database on the configured store, failing with {@link EmbeddedNeo4jStartException} and one clear
	 * sentence when the store is locked by another process or a port is taken.
	 * <p>
	 * Authentication is always on, loopback included: any local process and any web page in the user's browser can
	 * reach 127.0.0.1. The password is set on the {@code neo4j} user at every start, so it is the one the service
	 * uses even on a store made by a version that ran without authentication, or copied from another machine.
	 */
	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
		Path store = properties.absoluteStorePath();
		Neo4jPassword password = Neo4jPassword.forService(properties);
		try {
			OwnerOnly.createDirectories(store);
		}
		catch (IOException ex) {
			throw new EmbeddedNeo4jStartException("Cannot create the Neo4j store directory " + store + ": " + ex.getMessage());
		}
		DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(store)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(properties.listenAddress(), properties.boltPort()))
			// The host Neo4j's default advertises, so the discovery document keeps the host the client asked for;
			// port 0 there means "the port actually bound", which is what Browser must be told.
			.setConfig(BoltConnector.advertised_address, new SocketAddress(DEFAULT_ADVERTISED_HOST, properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(HttpConnector.enabled, properties.httpEnabled())
			.setConfig(HttpConnector.listen_address, new SocketAddress(properties.listenAddress(), properties.httpPort()))
			// Neo4j grants every origin ("*") by default; name only its own, which no other web page has.
			.setConfig(ServerSettings.http_access_control_allow_origin,
					"http://" + hostForUri(properties.listenAddress()) + ":" + properties.httpPort())
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
		EmbeddedNeo4j neo4j;
		try {
			neo4j = new EmbeddedNeo4j(properties, service, password);
			InitialPassword.set(neo4j.system(), password);
			WebSocketOriginGuard.install(neo4j.database(), neo4j.browserOrigins());
		}
		catch (RuntimeException ex) {
			service.shutdown();
			throw ex;
		}
		if (!properties.loopbackOnly()) {
			log.warn("The embedded Neo4j listens on {}: Bolt and HTTP are not encrypted, so its password crosses the"
					+ " network in clear text; put a TLS proxy in front, or listen on 127.0.0.1", properties.listenAddress());
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

	/** The credential of the {@code neo4j} user, for the application's Driver and for tests. */
	public AuthToken authToken() {
		return password.authToken();
	}

	public Neo4jPassword password() {
		return password;
	}

	/**
	 * The origins of the pages Neo4j Browser is served from: the HTTP port on each loopback name and on the listen
	 * address (every local address when listening on all of them). Only these may open Bolt over WebSocket.
	 */
	Set<String> browserOrigins() {
		if (browserUri == null) {
			return Set.of();
		}
		int port = browserUri.getPort();
		Set<String> hosts = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", "[::1]"));
		String listen = properties.listenAddress();
		if ("0.0.0.0".equals(listen) || "::".equals(listen)) {
			hosts.addAll(localAddresses());
		}
		else {
			hosts.add(hostForUri(listen).toLowerCase(Locale.ROOT));
		}
		Set<String> origins = new LinkedHashSet<>();
		hosts.forEach(host -> origins.add("http://" + host + ":" + port));
		return Set.copyOf(origins);
	}

	private static List<String> localAddresses() {
		try {
			return NetworkInterface.networkInterfaces()
				.flatMap(NetworkInterface::inetAddresses)
				.map(address -> hostForUri(address.getHostAddress().replaceFirst("%.*$", "")).toLowerCase(Locale.ROOT))
				.toList();
		}
		catch (SocketException ex) {
			log.warn("Cannot list the local addresses ({}); Bolt over WebSocket is open to Browser on loopback only",
					ex.getMessage());
			return List.of();
		}
	}

	/** IPv6 literals need brackets in URIs and origins. */
	private static String hostForUri(String host) {
		return (host.contains(":") && !host.startsWith("[")) ? "[" + host + "]" : host;
	}

	@Override
	public void close() {
		long started = System.nanoTime();
		service.shutdown();
		log.debug("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
		if (properties.deleteOnShutdown()) {
			deleteRecursively(storePath());
			password.file().ifPresent(EmbeddedNeo4j::deleteRecursively);
		}
	}

	private static String hostAndPort(HostnamePort address) {
		return address.getHost() + ":" + address.getPort();
	}

	private static void deleteRecursively(Path path) {
		try {
			FileSystemUtils.deleteRecursively(path);
		}
		catch (IOException ex) {
			log.warn("Could not delete the throw-away store {}: {}", path, ex.getMessage());
		}
	}

}
