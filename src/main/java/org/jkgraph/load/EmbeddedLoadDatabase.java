package org.jkgraph.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.jkgraph.embedded.DriverExceptions;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.internal.kernel.api.security.StaticAccessMode;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * The loader's transactions in the embedded database of this JVM: the same Cypher as over the Driver, without Bolt
 * (PackStream on both sides, Netty, the hand-off to Bolt's worker thread), which was a tenth of a load's CPU time
 * (BENCHMARKS.md, "Loading"). As the Driver's managed transactions do, a transient failure is retried with a growing
 * pause for up to {@link #RETRY_FOR}, and every failure reaches the caller as the Driver's exception with Neo4j's
 * status code.
 */
final class EmbeddedLoadDatabase implements LoadDatabase {

	/** How long transient failures are retried: the Driver's default. */
	static final Duration RETRY_FOR = Duration.ofSeconds(30);

	private final GraphDatabaseAPI database;

	private final Duration timeout;

	private final LoginContext readOnly;

	EmbeddedLoadDatabase(GraphDatabaseService database, Duration timeout) {
		this.database = (GraphDatabaseAPI) database;
		this.timeout = timeout;
		this.readOnly = SecurityContext.authDisabled(StaticAccessMode.READ, ClientConnectionInfo.EMBEDDED_CONNECTION,
				database.databaseName());
	}

	@Override
	public <T> T write(Function<Statements, T> work) {
		return retried(work, LoginContext.AUTH_DISABLED);
	}

	@Override
	public <T> T read(Function<Statements, T> work) {
		return retried(work, readOnly);
	}

	@Override
	public String name() {
		return "in-process";
	}

	private <T> T retried(Function<Statements, T> work, LoginContext login) {
		long giveUp = System.nanoTime() + RETRY_FOR.toNanos();
		long pause = 1_000;
		while (true) {
			try {
				return once(work, login);
			}
			catch (TransientException ex) {
				long jittered = pause + ThreadLocalRandom.current().nextLong(pause / 5 + 1);
				if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(jittered) > giveUp) {
					throw ex;
				}
				try {
					Thread.sleep(jittered);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					ex.addSuppressed(interrupted);
					throw ex;
				}
				pause *= 2;
			}
		}
	}

	private <T> T once(Function<Statements, T> work, LoginContext login) {
		try (InternalTransaction tx = database.beginTransaction(KernelTransaction.Type.EXPLICIT, login,
				ClientConnectionInfo.EMBEDDED_CONNECTION, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			tx.setMetaData(METADATA);
			T result = work.apply((query, parameters, rows) -> {
				try (Result answer = tx.execute(query, bolted(parameters(parameters)))) {
					while (answer.hasNext()) {
						rows.accept(answer.next());
					}
				}
			});
			tx.commit();
			return result;
		}
		catch (RuntimeException ex) {
			throw DriverExceptions.translated(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parameters(Map<String, ?> parameters) {
		return (Map<String, Object>) parameters; // only read
	}

	/**
	 * Parameters as Bolt delivers them to the database: integers as 64-bit, floating point numbers as doubles. Java's
	 * {@code Integer} would otherwise be stored as a 32-bit property, and the graph would differ from the one a load
	 * over the Driver writes.
	 */
	@SuppressWarnings("unchecked")
	static <V> V bolted(V value) {
		Object converted = switch (value) {
			case Integer number -> number.longValue();
			case Short number -> number.longValue();
			case Byte number -> number.longValue();
			case Float number -> number.doubleValue();
			case Character character -> character.toString();
			case Map<?, ?> map -> {
				Map<Object, Object> copy = HashMap.newHashMap(map.size());
				map.forEach((key, each) -> copy.put(key, bolted(each)));
				yield copy;
			}
			case List<?> list -> {
				List<Object> copy = new ArrayList<>(list.size());
				list.forEach(each -> copy.add(bolted(each)));
				yield copy;
			}
			case null, default -> value;
		};
		return (V) converted;
	}

}
