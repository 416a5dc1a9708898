package org.jkgraph.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jkgraph.embedded.EmbeddedNeo4jProperties;
import org.jkgraph.embedded.EmbeddedNeo4jStartException;
import org.jkgraph.embedded.Neo4jPassword;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Finds the database a command ({@code load}, {@code export}, {@code extract --load}, …) should work on, from the
 * same configuration the service reads — {@code application.yml} and {@code config/application.yml}, system
 * properties, environment variables, {@code --name.with.dots=value} arguments: an external Neo4j when
 * {@code spring.neo4j.uri} is set; otherwise the jk-graph service running on the configured Bolt port, logged in
 * with the password of its store and checked to be serving that store; otherwise the store itself, opened by the
 * command.
 */
public final class RunningService {

	private static final int PROBE_MILLIS = 300;

	private RunningService() {
	}

	/**
	 * Where the command will work, in words, and the settings that take its application context there.
	 *
	 * @param description one line for the user: which database, and why that one
	 * @param settings    command-line style settings for the command's application context (they outrank the
	 *                    configuration files there): the settings among the command's arguments, and how to reach
	 *                    the running service when there is one
	 */
	public record Attachment(String description, List<String> settings) {

		@Override
		public String toString() {
			return description; // the settings hold the password
		}

	}

	/**
	 * Decides where a command run with {@code args} works.
	 *
	 * @throws EmbeddedNeo4jStartException when a database answers on the service's port but refuses the store's
	 *                                     password or serves another store: the command can neither use it nor
	 *                                     open the store (which the other process may hold)
	 */
	public static Attachment attach(String... args) {
		ConfigurableEnvironment environment = environment(args);
		List<String> given = Arrays.stream(args).filter(RunningService::isSetting).toList();
		String external = environment.getProperty("spring.neo4j.uri");
		if (external != null && !external.isBlank()) {
			return new Attachment("Using the Neo4j at " + external + " (spring.neo4j.uri)", given);
		}
		EmbeddedNeo4jProperties properties = Binder.get(environment)
			.bindOrCreate("jkgraph.embedded", EmbeddedNeo4jProperties.class);
		Path store = properties.absoluteStorePath();
		String host = clientHost(properties.listenAddress());
		URI bolt = URI.create("bolt://" + host + ":" + properties.boltPort());
		if (properties.boltPort() == 0 || !answers(host, properties.boltPort())) {
			return new Attachment("Opening the store " + store + " (no jk-graph service answers on " + bolt + ")",
					given);
		}
		Neo4jPassword password = Neo4jPassword.forClient(properties)
			.orElseThrow(() -> new EmbeddedNeo4jStartException("A database answers on " + bolt + " but there is no"
					+ " password file " + Neo4jPassword.fileFor(store) + " to log in with: it is not the jk-graph service"
					+ " of that store. Set jkgraph.embedded.bolt-port and jkgraph.embedded.store-path to the service's,"
					+ " or jkgraph.embedded.password to its password."));
		Path served = servedStore(bolt, password);
		if (!sameFile(served, store)) {
			throw new EmbeddedNeo4jStartException("The database on " + bolt + " serves the store " + served
					+ ", not the configured " + store + "; set jkgraph.embedded.bolt-port and jkgraph.embedded.store-path"
					+ " to those of the service you mean.");
		}
		List<String> settings = new ArrayList<>(
				given.stream().filter(setting -> !setting.startsWith("--spring.neo4j.")).toList());
		settings.addAll(List.of("--spring.neo4j.uri=" + bolt,
				"--spring.neo4j.authentication.username=" + Neo4jPassword.USER,
				"--spring.neo4j.authentication.password=" + password.value()));
		return new Attachment("Using the jk-graph service at " + bolt + " (store " + store + ", password "
				+ password.origin() + ")", List.copyOf(settings));
	}

	/**
	 * Whether a command-line argument is a setting ({@code --jkgraph.embedded.bolt-port=17687}) rather than one of
	 * the command's own: settings have dots in their names, the commands' options ({@code --dataset=news}) none.
	 */
	public static boolean isSetting(String arg) {
		int equals = arg.indexOf('=');
		return arg.startsWith("--") && equals > 2 && arg.substring(2, equals).contains(".");
	}

	/** The configuration a Spring Boot application started with {@code args} would see. */
	public static ConfigurableEnvironment environment(String... args) {
		StandardEnvironment environment = new StandardEnvironment();
		String[] settings = Arrays.stream(args).filter(RunningService::isSetting).toArray(String[]::new);
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(settings));
		ConfigDataEnvironmentPostProcessor.applyTo(environment);
		return environment;
	}

	/** A service listening on every interface is reached on loopback. */
	private static String clientHost(String listenAddress) {
		return switch (listenAddress) {
			case "0.0.0.0", "::", "[::]" -> "127.0.0.1";
			default -> listenAddress.contains(":") && !listenAddress.startsWith("[") ? "[" + listenAddress + "]"
					: listenAddress;
		};
	}

	private static boolean answers(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host.replace("[", "").replace("]", ""), port), PROBE_MILLIS);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** The store directory of the database on {@code bolt}: the parent of its data directory. */
	private static Path servedStore(URI bolt, Neo4jPassword password) {
		// Logging is not set up yet when a command starts: the driver would print its INFO lines on the console.
		Config config = Config.builder()
			.withLogging(Logging.none())
			.withConnectionTimeout(5, TimeUnit.SECONDS)
			.withMaxTransactionRetryTime(0, TimeUnit.SECONDS)
			.build();
		String query = CypherFiles.read("system").get("data_directory");
		try (Driver driver = GraphDatabase.driver(bolt, password.authToken(), config); Session session = driver.session()) {
			String directory = session.executeRead(tx -> tx.run(query).single().get("directory").asString());
			return Path.of(directory).toAbsolutePath().normalize().getParent();
		}
		catch (AuthenticationException ex) {
			throw new EmbeddedNeo4jStartException("The database on " + bolt + " refuses the password " + password.origin()
					+ ": it is not the jk-graph service of this store, or it runs with another jkgraph.embedded.password"
					+ " (give this command the same one).", ex);
		}
		catch (Neo4jException | IllegalStateException ex) {
			throw new EmbeddedNeo4jStartException("Something answers on " + bolt + " but not as a Neo4j this command can"
					+ " use (" + ex.getMessage() + "); stop it or set jkgraph.embedded.bolt-port.", ex);
		}
	}

	private static boolean sameFile(Path a, Path b) {
		try {
			return Files.isSameFile(a, b);
		}
		catch (IOException ex) {
			return a.equals(b);
		}
	}

}
