package org.jkgraph.load.bulk;

import java.nio.file.Path;
import java.util.Optional;

import org.jkgraph.command.ServiceContext;
import org.jkgraph.embedded.EmbeddedNeo4jProperties;
import org.jkgraph.system.CypherFiles;
import org.jkgraph.system.RunningService;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.storageengine.api.StorageEngineFactory;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Whether the store a command works on can take a bulk import: only an embedded store that no process has open and
 * that holds no data (never started, or started and given nothing but its schema). The importer writes store files
 * directly, so a remote Neo4j, a store the running service holds, or one with facts in it are all refused.
 *
 * @param store   the store directory, when it can take the import
 * @param refusal why it cannot, in one sentence
 */
record BulkTarget(Optional<Path> store, Optional<String> refusal) {

	private static final String EMPTY_QUERY = "store_is_empty";

	static BulkTarget of(ServiceContext services) {
		if (!Object.class.getModule().isOpen("java.nio", BulkTarget.class.getModule())) {
			// The importer's off-heap arrays need it; java -jar sets it from the jar's manifest.
			return refused("Neo4j's offline importer needs Java started with --add-opens=java.base/java.nio=ALL-UNNAMED");
		}
		if (services.started()) {
			return refused("the store is open in this process (the service is running)");
		}
		String[] settings = services.settings();
		ConfigurableEnvironment environment = RunningService.environment(settings);
		String uri = environment.getProperty("spring.neo4j.uri");
		if (uri != null && !uri.isBlank()) {
			return refused("spring.neo4j.uri names a remote Neo4j (" + uri + "); the offline importer writes an embedded"
					+ " store's files");
		}
		EmbeddedNeo4jProperties properties = Binder.get(environment)
			.bindOrCreate("jkgraph.embedded", EmbeddedNeo4jProperties.class);
		if (!properties.enabled()) {
			return refused("the embedded database is switched off (jkgraph.embedded.enabled=false)");
		}
		Path store = properties.absoluteStorePath();
		if (RunningService.attach(settings).settings().stream().anyMatch(s -> s.startsWith("--spring.neo4j.uri="))) {
			return refused("the jk-graph service running on port " + properties.boltPort() + " holds the store " + store
					+ "; stop it first");
		}
		if (holdsData(store)) {
			return refused("the store " + store + " is not empty");
		}
		return new BulkTarget(Optional.of(store), Optional.empty());
	}

	private static BulkTarget refused(String reason) {
		return new BulkTarget(Optional.empty(), Optional.of(reason));
	}

	/**
	 * Whether the store's default database exists and holds anything but the schema; opened briefly, without
	 * connectors, when its files exist.
	 */
	private static boolean holdsData(Path store) {
		if (StorageEngineFactory.selectStorageEngine(new DefaultFileSystemAbstraction(), OfflineImporter.layout(store))
			.isEmpty()) {
			return false;
		}
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(store)
			.setConfig(BoltConnector.enabled, false)
			.setConfig(HttpConnector.enabled, false)
			.build();
		try {
			GraphDatabaseService database = dbms.database(org.neo4j.configuration.GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			return !database.executeTransactionally(CypherFiles.read("system").get(EMPTY_QUERY), java.util.Map.of(),
					result -> (Boolean) result.next().get("empty"));
		}
		finally {
			dbms.shutdown();
		}
	}

}
