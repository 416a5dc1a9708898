package org.jkgraph.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jkgraph.system.NamedQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans every named query once when the service is ready, so that the first requests do not spend their time limit
 * on planning: the big queries (an actor's relations, the paths) took seconds to plan on a busy machine, and the
 * first of them ran into the 10 s limit. Each query is planned ({@code EXPLAIN}, nothing runs) with the parameters its
 * header gives for Neo4j Browser, whose types match what the API passes. A query that cannot be planned is logged and
 * skipped: the warm-up never stops the service.
 */
@Component
class QueryWarmUp {

	private static final Logger log = LoggerFactory.getLogger(QueryWarmUp.class);

	private static final Pattern PARAM = Pattern.compile("^// :param (\\w+) => (.+)$", Pattern.MULTILINE);

	private static final Pattern PARAMS = Pattern.compile("^// :params (\\{.*})$", Pattern.MULTILINE);

	private final NamedQueries queries;

	private final Neo4jClient client;

	private final TransactionTemplate read;

	QueryWarmUp(NamedQueries queries, Neo4jClient client, PlatformTransactionManager transactions) {
		this.queries = queries;
		this.client = client;
		this.read = new TransactionTemplate(transactions);
		this.read.setReadOnly(true);
	}

	/** In the background, so that start-up and its report are not held up; requests meanwhile plan for themselves. */
	@EventListener
	void onReady(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext) {
			Thread.ofVirtual().name("query-warm-up").start(this::warmUp);
		}
	}

	/** Plans every named query; answers how many could be planned. */
	int warmUp() {
		long started = System.nanoTime();
		List<String> failed = new ArrayList<>();
		int planned = 0;
		for (String name : queries.names()) {
			String text = queries.get(name);
			try {
				Map<String, Object> parameters = parameters(text);
				read.executeWithoutResult(status -> client.query("EXPLAIN " + text).bindAll(parameters).run());
				planned++;
			}
			catch (RuntimeException ex) {
				failed.add(name);
			}
		}
		log.info("Planned {} named queries in {} ms{}", planned, (System.nanoTime() - started) / 1_000_000,
				failed.isEmpty() ? "" : "; could not plan " + failed);
		return planned;
	}

	/** The header's {@code :param} and {@code :params} values, evaluated by the database as Browser would. */
	private Map<String, Object> parameters(String text) {
		Map<String, String> expressions = new HashMap<>();
		Matcher single = PARAM.matcher(text);
		while (single.find()) {
			expressions.put(single.group(1), single.group(2).strip());
		}
		Map<String, Object> parameters = new HashMap<>();
		read.executeWithoutResult(status -> {
			// The expressions are the repository's own query headers, not input.
			expressions.forEach((name, expression) -> parameters.put(name,
					client.query("RETURN " + expression + " AS v").fetchAs(Object.class).one().orElse(null)));
			Matcher map = PARAMS.matcher(text);
			if (map.find()) {
				client.query("RETURN " + map.group(1) + " AS v").fetch().one()
					.ifPresent(row -> parameters.putAll(castMap(row.get("v"))));
			}
		});
		return parameters;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> castMap(Object value) {
		return (Map<String, Object>) value;
	}

}
