package org.jkgraph.load;

import java.time.Duration;
import java.util.Map;

import org.jkgraph.system.CypherFiles;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each measure's status periods in step with the changes that make them ({@code cypher/load/measure_periods
 * .cypher}), after every load and review decision, so that "what was in force on a day" reads periods instead of
 * every measure's history. Only the measures whose periods differ are rewritten; a run that finds none writes nothing.
 * <p>
 * It runs in a transaction of its own after the load's: a load stays one transaction (or one per chunk) of facts,
 * and should a run fail, the next load or the migration that introduced the periods puts them right.
 */
public class MeasurePeriods {

	private static final Logger log = LoggerFactory.getLogger(MeasurePeriods.class);

	private static final String QUERY = "measure_periods";

	private final Driver driver;

	private final String query;

	private final TransactionConfig config;

	public MeasurePeriods(Driver driver, Duration timeout) {
		this.driver = driver;
		this.query = CypherFiles.read("load").get(QUERY);
		if (this.query == null) {
			throw new IllegalStateException("Missing cypher/load/" + QUERY + ".cypher");
		}
		this.config = TransactionConfig.builder()
			.withTimeout(timeout)
			.withMetadata(Map.of("app", "jk-graph-measure-periods"))
			.build();
	}

	/** Rewrites the periods of the measures whose changes no longer match them; returns how many measures. */
	public int refresh() {
		long started = System.nanoTime();
		try (Session session = driver.session()) {
			int refreshed = session.executeWrite(tx -> tx.run(query).single().get("refreshed").asInt(), config);
			if (refreshed > 0) {
				log.debug("Status periods of {} measure(s) rewritten in {} ms", refreshed,
						(System.nanoTime() - started) / 1_000_000);
			}
			return refreshed;
		}
	}

}
