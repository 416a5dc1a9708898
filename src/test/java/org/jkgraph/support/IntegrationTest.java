package org.jkgraph.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * An integration test of the whole service on a real Neo4j: a Testcontainers Neo4j where a Docker engine exists,
 * otherwise the embedded database on a throw-away store with free ports (see {@link Neo4jTestBackend}). Every test
 * class with this annotation shares one application context, so the database starts once per run, with the curated
 * seed facts loaded.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "jkgraph.embedded.store-path=${java.io.tmpdir}/jk-graph-test-${random.uuid}",
				"jkgraph.embedded.bolt-port=0", "jkgraph.embedded.http-port=0",
				"jkgraph.embedded.delete-on-shutdown=true",
				// The tests ask questions of the curated dataset, whichever backend runs them.
				"jkgraph.load.seeds-on-startup=always",
				"jkgraph.security.api-keys=" + IntegrationTest.API_KEY,
				// The tests prove answers, not speed: on a machine busy with other builds, planning a large query
				// after a load has changed the statistics took over the service's 10 s and turned answers into 503s.
				// GraphReaderTests proves the limit itself, and that 10 s is what the service ships with.
				"jkgraph.api.query-timeout=" + IntegrationTest.QUERY_TIMEOUT_SECONDS + "s",
				// Testcontainers logs an error when it finds no Docker engine; Neo4jTestBackend says what it chose.
				"logging.level.org.testcontainers=off" })
@AutoConfigureRestTestClient
@Import({ Neo4jTestBackend.class, TestApi.class })
public @interface IntegrationTest {

	/** The API key that allows writes in integration tests. */
	String API_KEY = "integration-test-key";

	/** The query time limit of integration tests, in seconds. */
	int QUERY_TIMEOUT_SECONDS = 60;

}
