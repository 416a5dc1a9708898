package org.jkgraph.command;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jkgraph.bench.BenchCommand;
import org.jkgraph.curation.StatsCommand;
import org.jkgraph.synthetic.GenerateCommand;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a {@link Command} in a non-web application context. When no external Neo4j is configured and a jk-graph
 * is already serving Bolt on the default port, the command talks to that database instead of trying to open the
 * store it holds.
 */
public final class CommandLine {

	private static final Set<String> NAMES = Set.of("load", "export", "extract", "evaluate", "generate", "bench",
			"stats", "help");

	/** Commands that need no database run without an application context. */
	private static final Map<String, Supplier<Command>> STANDALONE = Map.of("generate", GenerateCommand::new, "bench",
			BenchCommand::new, "stats", StatsCommand::new);

	private CommandLine() {
	}

	public static boolean isCommand(String[] args) {
		return args.length > 0 && NAMES.contains(args[0]);
	}

	public static int run(Class<?> application, String[] args) {
		Supplier<Command> standalone = STANDALONE.get(args[0]);
		if (standalone != null) {
			return standalone.get().run(List.of(Arrays.copyOfRange(args, 1, args.length)));
		}
		Map<String, Object> properties = new HashMap<>();
		properties.put("jkgraph.load.seeds-on-startup", "never");
		properties.put("spring.main.log-startup-info", "false");
		// Commands print their own summary on stderr and data on stdout; log lines would get in the way.
		properties.put("logging.level.org.jkgraph", "warn");
		List<String> settings = new java.util.ArrayList<>();
		runningServer().ifPresent(uri -> {
			System.err.println("Using the jk-graph database already running at " + uri);
			// as a command-line setting, so it outranks the empty default in application.yml
			settings.add("--spring.neo4j.uri=" + uri);
		});
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties(properties)
			.run(settings.toArray(String[]::new))) {
			Map<String, Command> commands = new HashMap<>();
			context.getBeansOfType(Command.class).values().forEach(c -> commands.put(c.name(), c));
			Command command = commands.get(args[0]);
			if (command == null) {
				commands.values().forEach(c -> System.out.println("  " + c.name() + " " + c.usage()));
				STANDALONE.values().stream().map(Supplier::get)
					.forEach(c -> System.out.println("  " + c.name() + " " + c.usage()));
				return "help".equals(args[0]) ? 0 : 2;
			}
			return command.run(List.of(Arrays.copyOfRange(args, 1, args.length)));
		}
	}

	private static java.util.Optional<String> runningServer() {
		if (configured("spring.neo4j.uri", "NEO4J_URI", "SPRING_NEO4J_URI")) {
			return java.util.Optional.empty();
		}
		String port = System.getenv().getOrDefault("JKGRAPH_EMBEDDED_BOLT_PORT", "7687");
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", Integer.parseInt(port)), 300);
			return java.util.Optional.of("bolt://127.0.0.1:" + port);
		}
		catch (IOException | NumberFormatException ex) {
			return java.util.Optional.empty();
		}
	}

	private static boolean configured(String property, String... variables) {
		if (System.getProperty(property) != null) {
			return true;
		}
		return Arrays.stream(variables).map(System::getenv).anyMatch(v -> v != null && !v.isBlank());
	}

}
