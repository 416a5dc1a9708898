package org.jkgraph.embedded;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded database on its own, as a newcomer meets it: a real server on disk, reachable over Bolt and HTTP. */
class EmbeddedNeo4jTests {

	@TempDir
	Path store;

	@Test
	void servesBoltToAnyDriverAndNeo4jBrowserOverHttp() throws Exception {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties(store, 0));
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
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
	void keepsItsDataAcrossARestart() {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties(store, 0));
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
				Session session = driver.session()) {
			session.run("CREATE (:Note {text: 'written before the restart'})").consume();
		}
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties(store, 0));
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
				Session session = driver.session()) {
			assertThat(session.run("MATCH (n:Note) RETURN n.text AS text").single().get("text").asString())
				.isEqualTo("written before the restart");
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
	void refusesATakenBoltPortWithOneClearSentence(@TempDir Path otherStore) {
		try (EmbeddedNeo4j first = EmbeddedNeo4j.start(properties(store, 0))) {
			int taken = first.boltUri().getPort();
			assertThatThrownBy(() -> EmbeddedNeo4j.start(properties(otherStore, taken)))
				.isInstanceOf(EmbeddedNeo4jStartException.class)
				.hasMessageContaining("is already taken")
				.hasMessageNotContaining("\n");
		}
	}

	@Test
	void refusesToListenBeyondLoopbackWithoutAPassword() {
		EmbeddedNeo4jProperties open = new EmbeddedNeo4jProperties(true, store, "0.0.0.0", 0, 0, false, null,
				DataSize.ofMegabytes(16), DataSize.ofMegabytes(256), java.time.Duration.ofSeconds(1), false);
		assertThatThrownBy(() -> EmbeddedNeo4j.start(open)).isInstanceOf(EmbeddedNeo4jStartException.class)
			.hasMessageContaining("has no password");
	}

	static EmbeddedNeo4jProperties properties(Path store, int boltPort) {
		return new EmbeddedNeo4jProperties(true, store, "127.0.0.1", boltPort, 0, true, null, DataSize.ofMegabytes(16),
				DataSize.ofMegabytes(256), java.time.Duration.ofSeconds(1), false);
	}

}
