package org.jkgraph.load;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

/**
 * The loader's transactions through the Driver, in managed transactions (the Driver retries transient failures):
 * the path on an external Neo4j ({@code spring.neo4j.uri}), and for a {@code load} command talking to a running
 * service.
 */
final class DriverLoadDatabase implements LoadDatabase {

	private final Driver driver;

	private final TransactionConfig config;

	DriverLoadDatabase(Driver driver, Duration timeout) {
		this.driver = driver;
		this.config = TransactionConfig.builder().withTimeout(timeout).withMetadata(LoadDatabase.METADATA).build();
	}

	@Override
	public <T> T write(Function<Statements, T> work) {
		try (Session session = driver.session()) {
			return session.executeWrite(tx -> work.apply((query, parameters, rows) -> tx.run(query, parameters(parameters))
				.forEachRemaining(record -> rows.accept(record.asMap()))), config);
		}
	}

	@Override
	public <T> T read(Function<Statements, T> work) {
		try (Session session = driver.session()) {
			return session.executeRead(tx -> work.apply((query, parameters, rows) -> tx.run(query, parameters(parameters))
				.forEachRemaining(record -> rows.accept(record.asMap()))), config);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parameters(Map<String, ?> parameters) {
		return (Map<String, Object>) parameters; // only read
	}

	@Override
	public String name() {
		return "bolt";
	}

}
