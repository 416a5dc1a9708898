package org.jkgraph.api;

import java.util.List;
import java.util.Map;

import org.jkgraph.embedded.EmbeddedTransactionManager;
import org.jkgraph.support.IntegrationTest;
import org.jkgraph.system.NamedQueries;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The in-process read path answers every named query of the API exactly as Bolt does: the same rows, columns and
 * values (lists for property arrays, nodes, relationships and paths with their element ids), asked with the example
 * parameters of each query's header on the seeds.
 */
@IntegrationTest
class ReadPathsTests {

	@Autowired
	GraphReader reader;

	@Autowired
	Driver driver;

	@Autowired
	NamedQueries queries;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void everyQueryOfTheApiAnswersInProcessAsItDoesOverBolt() {
		assumeTrue(transactions instanceof EmbeddedTransactionManager, "the in-process path exists on the embedded database only");
		List<String> names = queries.names().stream().filter(name -> !name.startsWith("start-here/")).sorted().toList();
		assertThat(names).hasSizeGreaterThan(20);
		int answered = 0;
		for (String name : names) {
			String text = queries.get(name);
			Map<String, Object> parameters = parameters(text);
			List<Map<String, Object>> inProcess = reader.run(text, parameters, Record::asMap);
			List<Map<String, Object>> overBolt;
			try (Session session = driver.session()) {
				overBolt = session.executeRead(tx -> tx.run(text, parameters).list(Record::asMap));
			}
			assertThat(inProcess).as(name).isEqualTo(overBolt);
			answered += inProcess.isEmpty() ? 0 : 1;
		}
		// Most examples name facts of the seeds: the comparison is of real answers, not of empty ones.
		assertThat(answered).isGreaterThan(names.size() / 2);
	}

	/** The example parameters of a query's header (its {@code :param} lines for Neo4j Browser), evaluated by Neo4j. */
	private Map<String, Object> parameters(String text) {
		try (Session session = driver.session()) {
			return NamedQueries.exampleParameters(session, text);
		}
	}

}
