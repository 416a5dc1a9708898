package org.jkgraph.support;

import java.time.Duration;

import org.jkgraph.load.MeasurePeriods;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Tests that write facts do so in datasets named {@code test-…}; removing them afterwards returns the shared
 * database to the curated seeds that every other test expects.
 */
public final class TestDatasets {

	private TestDatasets() {
	}

	public static void remove(Driver driver) {
		try (Session session = driver.session()) {
			session.run("MATCH (n:Fact) WHERE n.dataset STARTS WITH 'test-' DETACH DELETE n").consume();
			session.run("MATCH (l:Load) WHERE l.dataset STARTS WITH 'test-' DELETE l").consume();
		}
		// The measures' status periods follow what the facts removed changed, as they follow a load.
		new MeasurePeriods(driver, Duration.ofMinutes(1)).refresh();
	}

}
