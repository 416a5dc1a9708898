package org.jkgraph.command;

import java.util.HashMap;
import java.util.Map;

import org.jkgraph.system.RunningService;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service's beans for a command that needs them, started (without the web server) the first time the command
 * asks, so that {@code --help}, usage errors and commands that need no database start nothing. It works on the
 * database {@link RunningService} finds from the service's own configuration: the jk-graph service already running
 * on the configured port (instead of trying to open the store it holds), an external Neo4j, or the store itself.
 */
public final class ServiceContext implements AutoCloseable {

	private final Class<?> application;

	private final boolean verbose;

	private final String[] settings;

	private ApplicationContext context;

	private boolean owned;

	private ServiceContext(Class<?> application, boolean verbose, String[] settings, ApplicationContext context) {
		this.application = application;
		this.verbose = verbose;
		this.settings = settings;
		this.context = context;
	}

	/**
	 * Starts {@code application}'s context on first use, with {@code settings} ({@code --name.with.dots=value});
	 * {@code verbose} keeps the service's own logging.
	 */
	public static ServiceContext starting(Class<?> application, boolean verbose, String... settings) {
		return new ServiceContext(application, verbose, settings, null);
	}

	/** Uses a context that is already running (tests, or a command run inside the service). */
	public static ServiceContext of(ApplicationContext context) {
		return new ServiceContext(null, true, new String[0], context);
	}

	/** The settings ({@code --name.with.dots=value}) the command was given for the service. */
	public String[] settings() {
		return settings.clone();
	}

	/**
	 * Whether the service's beans are running already (a command run inside the service or a test): then the store
	 * is open, and work that needs it closed (a bulk import) cannot be done.
	 */
	public synchronized boolean started() {
		return context != null;
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
		// standard output is the command's data (an export to stdout); every log line, verbose or not, goes to stderr
		properties.put("jkgraph.log.target", "System.err");
		if (!verbose) {
			// Commands print their own summary on stderr and data on stdout; log lines would get in the way, and a
			// failure to start is reported in one line by the command line, not as Boot's report and stack trace.
			properties.put("logging.level.org.jkgraph", "warn");
			properties.put("logging.level.org.springframework.boot.SpringApplication", "off");
			properties.put("logging.level.org.springframework.boot.diagnostics", "off");
		}
		// throws EmbeddedNeo4jStartException (exit code 3) when a database on the service's port is not its own
		RunningService.Attachment attachment = RunningService.attach(settings);
		System.err.println(attachment.description());
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.properties(properties)
			.run(attachment.settings().toArray(String[]::new));
	}

	@Override
	public void close() {
		if (owned && context instanceof ConfigurableApplicationContext configurable) {
			configurable.close();
		}
	}

}
