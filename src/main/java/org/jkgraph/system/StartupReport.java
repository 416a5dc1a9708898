package org.jkgraph.system;

import org.jkgraph.embedded.Neo4jPassword;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Logs, once the service is ready, where everything is: the store, Bolt, Neo4j Browser and the REST API. */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger("org.jkgraph");

	private final DatabaseDescription database;

	StartupReport(DatabaseDescription database) {
		this.database = database;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
			return;
		}
		int port = web.getWebServer().getPort();
		database.embedded().ifPresentOrElse(neo4j -> {
			log.info("Neo4j (embedded) store: {}", neo4j.storePath());
			log.info("Neo4j Bolt:    {}  (cypher-shell -a {} -u {}, password {})", neo4j.boltUri(), neo4j.boltUri(),
					Neo4jPassword.USER, neo4j.password().origin());
			neo4j.browserUri().ifPresent(uri -> log.info("Neo4j Browser: {}  (connect URL {}, user {})", uri,
					neo4j.boltUri(), Neo4jPassword.USER));
		}, () -> log.info("Neo4j (external): {}", database.uri()));
		log.info("REST API:      http://localhost:{}/api  (OpenAPI: http://localhost:{}/swagger-ui.html, health: /actuator/health)",
				port, port);
		log.info("jk-graph is ready in {} ms", event.getTimeTaken().toMillis());
	}

}
