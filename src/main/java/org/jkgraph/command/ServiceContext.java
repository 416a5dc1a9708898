package org.jkgraph.command;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service's beans for a command that needs them, started (without the web server) the first time the command
 * asks, so that {@code --help}, usage errors and commands that need no database start nothing. When no external
 * Neo4j is configured and a jk-graph is already serving Bolt on the default port, commands talk to that database
 * instead of trying to open the store it holds.
 */
public final class ServiceContext implements AutoCloseable {

	private final Class<?> application;

	private final boolean verbose;

	private ApplicationContext context;

	private boolean owned;

	private ServiceContext(Class<?> application, boolean verbose, ApplicationContext context) {
		this.application = application;
		this.verbose = verbose;
		this.context = context;
	}

	/** Starts {@code application}'s context on first use; {@code verbose} keeps the service's own logging. */
	public static ServiceContext starting(Class<?> application, boolean verbose) {
		return new ServiceContext(application, verbose, null);
	}

	/** Uses a context that is already running (tests, or a command run inside the service). */
	public static ServiceContext of(ApplicationContext context) {
		return new ServiceContext(null, true, context);
	}

	public <T> T bean(Class<T> type) {
		return context().getBean(type);
	}

	private synchronized ApplicationContext context() {
		if (context == null) {
			context = start();
			owned = true;
		}
		return context;
	}

	private ConfigurableApplicationContext start() {
		Map<String, Object> properties = new HashMap<>();
		properties.put("jkgraph.load.seeds-on-startup", "never");
		properties.put("spring.main.log-startup-info", "false");
		properties.put("spring.main.banner-mode", "off");
		if (!verbose) {
			// Commands print their own summary on stderr and data on stdout; log lines would get in the way, and a
			// failure to start is reported in one line by the command line, not as Boot's report and stack trace.
			properties.put("logging.level.org.jkgraph", "warn");
			properties.put("logging.level.org.springframework.boot.SpringApplication", "off");
			properties.put("logging.level.org.springframework.boot.diagnostics", "off");
		}
		List<String> settings = new ArrayList<>();
		runningServer().ifPresent(uri -> {
			System.err.println("Using the jk-graph database already running at " + uri);
			// as a command-line setting, so it outranks the empty default in application.yml
			settings.add("--spring.neo4j.uri=" + uri);
		});
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.properties(properties)
			.run(settings.toArray(String[]::new));
	}

	private static Optional<String> runningServer() {
		if (configured("spring.neo4j.uri", "NEO4J_URI", "SPRING_NEO4J_URI")) {
			return Optional.empty();
		}
		String port = System.getenv().getOrDefault("JKGRAPH_EMBEDDED_BOLT_PORT", "7687");
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", Integer.parseInt(port)), 300);
			return Optional.of("bolt://127.0.0.1:" + port);
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean configured(String property, String... variables) {
		if (System.getProperty(property) != null) {
			return true;
		}
		return Arrays.stream(variables).map(System::getenv).anyMatch(v -> v != null && !v.isBlank());
	}

	@Override
	public void close() {
		if (owned && context instanceof ConfigurableApplicationContext configurable) {
			configurable.close();
		}
	}

}
