package org.jkgraph.system;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.jkgraph.JkGraphApplication;
import org.jkgraph.command.CommandLine;
import org.jkgraph.embedded.EmbeddedNeo4j;
import org.jkgraph.embedded.EmbeddedNeo4jProperties;
import org.jkgraph.embedded.EmbeddedNeo4jStartException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Commands find the running service from the configuration the service reads — here a port and a store given as
 * settings, a config file, and system properties — log in with its store's password, and say where they work;
 * a database on the port that serves another store is refused rather than written to.
 */
class RunningServiceTests {

	@TempDir
	static Path root;

	static EmbeddedNeo4j service;

	static Path store;

	static int port;

	@BeforeAll
	static void startTheService() {
		store = root.resolve("service/neo4j");
		service = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(true, store, "127.0.0.1", 0, 0, false, null,
				DataSize.ofMegabytes(16), DataSize.ofMegabytes(256), Duration.ofSeconds(1), false));
		port = service.boltUri().getPort();
	}

	@AfterAll
	static void stopTheService() {
		service.close();
	}

	@Test
	void findsTheServiceOnThePortAndStoreGivenAsSettings() {
		RunningService.Attachment attachment = RunningService.attach("export", "--jkgraph.embedded.bolt-port=" + port,
				"--jkgraph.embedded.store-path=" + store, "--dataset=news");
		assertThat(attachment.description()).isEqualTo("Using the jk-graph service at bolt://127.0.0.1:" + port
				+ " (store " + store.toAbsolutePath() + ", password in " + root.resolve("service/neo4j.password") + ")");
		assertThat(attachment.settings()).contains("--spring.neo4j.uri=bolt://127.0.0.1:" + port,
				"--spring.neo4j.authentication.password=" + service.password().value(),
				"--jkgraph.embedded.bolt-port=" + port)
			.doesNotContain("--dataset=news");
		assertThat(attachment.toString()).doesNotContain(service.password().value());
	}

	@Test
	void findsTheServiceFromAConfigFile() throws Exception {
		Path config = root.resolve("application.yml");
		Files.writeString(config, """
				jkgraph:
				  embedded:
				    bolt-port: %d
				    store-path: %s
				""".formatted(port, store));
		RunningService.Attachment attachment = RunningService.attach("load",
				"--spring.config.additional-location=file:" + config);
		assertThat(attachment.description()).startsWith("Using the jk-graph service at bolt://127.0.0.1:" + port);
	}

	@Test
	void opensTheStoreItselfWhenNothingAnswersOnThePort() {
		RunningService.Attachment attachment = RunningService.attach("load", "--jkgraph.embedded.bolt-port=1",
				"--jkgraph.embedded.store-path=" + root.resolve("elsewhere"));
		assertThat(attachment.description()).isEqualTo("Opening the store " + root.resolve("elsewhere")
				+ " (no jk-graph service answers on bolt://127.0.0.1:1)");
		assertThat(attachment.settings()).noneMatch(setting -> setting.startsWith("--spring.neo4j"));
	}

	@Test
	void usesAnExternalNeo4jWhenOneIsConfigured() {
		assertThat(RunningService.attach("load", "--spring.neo4j.uri=neo4j+s://graph.example.org").description())
			.isEqualTo("Using the Neo4j at neo4j+s://graph.example.org (spring.neo4j.uri)");
	}

	@Test
	void refusesTheServiceOfAnotherStoreOnTheConfiguredPort() throws Exception {
		// another store whose password file happens to hold the service's password: only the store check stops it
		Path other = root.resolve("other/neo4j");
		Files.createDirectories(other.getParent());
		Files.writeString(root.resolve("other/neo4j.password"), service.password().value());
		assertThatThrownBy(() -> RunningService.attach("load", "--jkgraph.embedded.bolt-port=" + port,
				"--jkgraph.embedded.store-path=" + other))
			.isInstanceOf(EmbeddedNeo4jStartException.class)
			.hasMessageContaining("serves the store " + store.toAbsolutePath())
			.hasMessageContaining("not the configured " + other);
	}

	@Test
	void refusesADatabaseThatDoesNotTakeTheStoresPassword() throws Exception {
		Path other = root.resolve("stranger/neo4j");
		Files.createDirectories(other.getParent());
		Files.writeString(root.resolve("stranger/neo4j.password"), "not-the-service-password");
		assertThatThrownBy(() -> RunningService.attach("load", "--jkgraph.embedded.bolt-port=" + port,
				"--jkgraph.embedded.store-path=" + other))
			.isInstanceOf(EmbeddedNeo4jStartException.class)
			.hasMessageContaining("refuses the password in " + root.resolve("stranger/neo4j.password"));
	}

	@Test
	void aLoadCommandConfiguredBySystemPropertiesWritesIntoTheRunningService() {
		System.setProperty("jkgraph.embedded.bolt-port", String.valueOf(port));
		System.setProperty("jkgraph.embedded.store-path", store.toString());
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		int exit;
		try {
			System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
			exit = CommandLine.run(JkGraphApplication.class,
					new String[] { "load", "src/test/resources/running-service/facts.yaml", "--dataset=test-cli" });
		}
		finally {
			System.setErr(err);
			System.clearProperty("jkgraph.embedded.bolt-port");
			System.clearProperty("jkgraph.embedded.store-path");
		}
		assertThat(exit).as(captured.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(captured.toString(StandardCharsets.UTF_8))
			.startsWith("Using the jk-graph service at bolt://127.0.0.1:" + port);
		// the service holds the store: had the command not attached, it could not have opened it
		try (Driver driver = GraphDatabase.driver(service.boltUri(), service.authToken());
				Session session = driver.session()) {
			assertThat(session.run("MATCH (t:Topic {id: 'test-running-service-topic'}) RETURN t.dataset AS d")
				.single().get("d").asString()).isEqualTo("test-cli");
		}
	}

}
