package org.jkgraph.embedded;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database on its own, as a newcomer meets it: a real server on disk, reachable over Bolt and HTTP with
 * the password kept beside the store.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedNeo4jTest {

	@TempDir
	Path root;

	/** In a folder of the test's own: the password file goes beside it. */
	Path store;

	@BeforeEach
	void storeInTheTemporaryFolder() {
		store = root.resolve("neo4j");
	}

	@Test
	void servesBoltToAnyDriverAndNeo4jBrowserOverHttp() throws Exception {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties(store, 0));
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
			try (Session session = driver.session()) {
				assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
			}
			URI browser = neo4j.browserUri().orElseThrow();
			HttpResponse<String> page = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(browser).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Neo4j Browser");
		}
	}

	@Test
	void refusesASecondInstanceOnTheSameStoreWithOneClearSentence() {
		try (EmbeddedNeo4j first = EmbeddedNeo4j.start(properties(store, 0))) {
			assertThatThrownBy(() -> EmbeddedNeo4j.start(properties(store, 0)))
				.isInstanceOf(EmbeddedNeo4jStartException.class)
				.hasMessageContaining("is already in use by another process")
				.hasMessageContaining(store.toAbsolutePath().normalize().toString())
				.hasMessageNotContaining("\n");
		}
	}

	@Test
	void refusesATakenBoltPortWithOneClearSentence(@TempDir Path otherRoot) {
		Path otherStore = otherRoot.resolve("neo4j");
		try (EmbeddedNeo4j first = EmbeddedNeo4j.start(properties(store, 0))) {
			int taken = first.boltUri().getPort();
			assertThatThrownBy(() -> EmbeddedNeo4j.start(properties(otherStore, taken)))
				.isInstanceOf(EmbeddedNeo4jStartException.class)
				.hasMessageContaining("is already taken")
				.hasMessageNotContaining("\n");
		}
	}

	@Test
	void keepsItsDataAndItsPasswordAcrossARestartAndNeverLogsThePassword(CapturedOutput output) throws Exception {
		String first;
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties(store, 0));
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken());
				Session session = driver.session()) {
			session.run("CREATE (:Note {text: 'written before the restart'})").consume();
			first = neo4j.password().value();
			assertThat(neo4j.password().origin()).isEqualTo("in " + Neo4jPassword.fileFor(store));
			assertThat(neo4j.password().toString()).doesNotContain(first);
		}
		assertThat(Files.readString(Neo4jPassword.fileFor(store)).strip()).isEqualTo(first);
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties(store, 0));
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", first));
				Session session = driver.session()) {
			assertThat(neo4j.password().value()).isEqualTo(first);
			assertThat(session.run("MATCH (n:Note) RETURN n.text AS text").single().get("text").asString())
				.isEqualTo("written before the restart");
		}
		assertThat(output.getAll()).doesNotContain(first);
	}

	@Test
	void aConfiguredPasswordWinsAndNoFileIsWritten() {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(withPassword(properties(store, 0), "chosen-by-the-operator"));
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "chosen-by-the-operator"));
				Session session = driver.session()) {
			assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
			assertThat(neo4j.password().origin()).isEqualTo("from jkgraph.embedded.password");
		}
		assertThat(Neo4jPassword.fileFor(store)).doesNotExist();
	}

	@Test
	void theConfiguredPasswordReplacesTheOneOfAnEarlierStart() {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties(store, 0))) {
			assertThat(neo4j.password().file()).isPresent();
		}
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(withPassword(properties(store, 0), "chosen-by-the-operator"));
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "chosen-by-the-operator"));
				Session session = driver.session()) {
			assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
		}
	}

	@Test
	void aStoreMadeWithoutAuthenticationGetsThePasswordOnUpgrade() throws Exception {
		// what earlier versions of jk-graph left: a world-readable store whose neo4j user still has Neo4j's initial
		// password, because authentication was off on loopback
		Files.createDirectories(store, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		DatabaseManagementService older = new DatabaseManagementServiceBuilder(store.toAbsolutePath())
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(BoltConnector.enabled, false)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, DataSize.ofMegabytes(16).toBytes())
			.build();
		older.database("neo4j").executeTransactionally("CREATE (:Note {text: 'written before the upgrade'})");
		older.shutdown();

		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties(store, 0))) {
			try (Driver anonymous = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
					Session session = anonymous.session()) {
				assertThatThrownBy(() -> session.run("RETURN 1").consume()).isInstanceOf(AuthenticationException.class);
			}
			try (Driver initial = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "neo4j"));
					Session session = initial.session()) {
				assertThatThrownBy(() -> session.run("RETURN 1").consume()).isInstanceOf(AuthenticationException.class);
			}
			try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken());
					Session session = driver.session()) {
				assertThat(session.run("MATCH (n:Note) RETURN n.text AS text").single().get("text").asString())
					.isEqualTo("written before the upgrade");
			}
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store))).isEqualTo("rwx------");
		}
	}

	@Test
	void refusesATooShortConfiguredPasswordWithOneSentence() {
		assertThatThrownBy(() -> EmbeddedNeo4j.start(withPassword(properties(store, 0), "short")))
			.isInstanceOf(EmbeddedNeo4jStartException.class)
			.hasMessageContaining("shorter than 8 characters")
			.hasMessageNotContaining("\n");
		assertThat(store).doesNotExist();
	}

	@Test
	void refusesAnEmptiedPasswordFileWithOneSentence() throws Exception {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties(store, 0))) {
			// started once, so the file exists
		}
		Files.writeString(Neo4jPassword.fileFor(store), "\n");
		assertThatThrownBy(() -> EmbeddedNeo4j.start(properties(store, 0)))
			.isInstanceOf(EmbeddedNeo4jStartException.class)
			.hasMessageContaining(Neo4jPassword.fileFor(store).toString())
			.hasMessageContaining("delete it to have a new password generated");
	}

	static EmbeddedNeo4jProperties withPassword(EmbeddedNeo4jProperties p, String password) {
		return new EmbeddedNeo4jProperties(p.enabled(), p.storePath(), p.listenAddress(), p.boltPort(), p.httpPort(),
				p.httpEnabled(), password, p.pageCache(), p.transactionMemory(), p.shutdownTimeout(), p.deleteOnShutdown());
	}

	static EmbeddedNeo4jProperties properties(Path store, int boltPort) {
		return new EmbeddedNeo4jProperties(true, store, "127.0.0.1", boltPort, 0, true, null, DataSize.ofMegabytes(16),
				DataSize.ofMegabytes(256), java.time.Duration.ofSeconds(1), false);
	}

}
