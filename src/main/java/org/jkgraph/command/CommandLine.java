package org.jkgraph.command;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jkgraph.bench.BenchCommand;
import org.jkgraph.curation.StatsCommand;
import org.jkgraph.embedded.EmbeddedNeo4jStartException;
import org.jkgraph.synthetic.GenerateCommand;
import org.jkgraph.system.RunningService;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a {@link Command} in a non-web application context, on the database {@link RunningService} finds: the
 * jk-graph service already running on the configured port (instead of trying to open the store it holds), an
 * external Neo4j, or the store itself.
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
		RunningService.Attachment attachment;
		try {
			attachment = RunningService.attach(args);
		}
		catch (EmbeddedNeo4jStartException ex) {
			System.err.println(ex.getMessage());
			return 3;
		}
		System.err.println(attachment.description());
		List<String> settings = attachment.settings();
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
			// settings (--jkgraph.embedded.bolt-port=…) went to the application context, the rest is the command's
			return command.run(Arrays.stream(args).skip(1).filter(arg -> !RunningService.isSetting(arg)).toList());
		}
	}

}
