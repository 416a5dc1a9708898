package org.jkgraph.command;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import org.jkgraph.embedded.EmbeddedNeo4jStartException;
import org.jkgraph.system.RunningService;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The command line: {@code java -jar jk-graph.jar <command> …} runs a task and exits instead of serving. Commands
 * are picocli {@link Command}s anywhere under {@code org.jkgraph} (found on the class path, so that the tools
 * source set adds its own without the service knowing them); those that need the service's beans get a
 * {@link ServiceContext}. Failures print one line saying what failed and what to do, and exit with a code that
 * says which kind of failure it was ({@link ExitCode}); {@code --verbose} adds the stack trace.
 */
public final class CommandLine {

	private CommandLine() {
	}

	/** The top command: only help, version and the options every command inherits. */
	@Command(name = "jk-graph", mixinStandardHelpOptions = true, versionProvider = Version.class,
			subcommands = picocli.CommandLine.HelpCommand.class,
			description = "A knowledge graph of Japan-South Korea relations. Without a command, "
					+ "java -jar jk-graph.jar runs the service.",
			exitCodeListHeading = "%nExit codes:%n",
			exitCodeList = { "0:done", "1:invalid input: facts with problems, a missing or unreadable file (nothing written)",
					"2:usage: unknown command or option, a missing or malformed argument",
					"3:database unreachable: not running, wrong address, or its store held by another process",
					"4:database failure: a transaction failed or timed out (rolled back)",
					"5:unexpected failure: run again with --verbose and report the output" })
	static final class Top implements Runnable {

		@Option(names = "--verbose", scope = ScopeType.INHERIT,
				description = "Log what the service does and show stack traces of failures.")
		boolean verbose;

		@picocli.CommandLine.Spec
		picocli.CommandLine.Model.CommandSpec spec;

		@Override
		public void run() {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a command.");
		}

	}

	static final class Version implements picocli.CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = CommandLine.class.getPackage().getImplementationVersion();
			return new String[] { "jk-graph " + ((version != null) ? version : "(development build)") };
		}

	}

	/** Whether {@code args} name a command rather than settings for the service ({@code --server.port=…}). */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && !args[0].startsWith("-");
	}

	/** Runs the command {@code args} name and returns its exit code; the service starts only if it needs it. */
	public static int run(Class<?> application, String[] args) {
		boolean verbose = List.of(args).contains("--verbose");
		// Settings (--jkgraph.embedded.bolt-port=…) configure the service the command works on, as they would
		// configure the service itself; the rest is the command's.
		String[] settings = Arrays.stream(args).filter(RunningService::isSetting).toArray(String[]::new);
		String[] own = Arrays.stream(args).filter(arg -> !RunningService.isSetting(arg)).toArray(String[]::new);
		try (ServiceContext services = ServiceContext.starting(application, verbose, settings)) {
			return commandLine(services).execute(own);
		}
		catch (RuntimeException ex) {
			// closing the service failed: the command's own outcome has been reported already
			return ExitCode.FAILED;
		}
	}

	/** Runs a command against a context that is already running (tests). */
	public static int run(ApplicationContext context, String... args) {
		return commandLine(ServiceContext.of(context)).execute(args);
	}

	static picocli.CommandLine commandLine(ServiceContext services) {
		IFactory factory = new Factory(services);
		picocli.CommandLine cli = new picocli.CommandLine(new Top(), factory);
		for (Class<?> command : commands()) {
			try {
				cli.addSubcommand(factory.create(command));
			}
			catch (Exception ex) {
				throw new IllegalStateException("Cannot create the command " + command.getName(), ex);
			}
		}
		cli.setExecutionExceptionHandler(new Failures());
		cli.setCaseInsensitiveEnumValuesAllowed(true);
		return cli;
	}

	/** Every top-level command class under org.jkgraph, by name. */
	static List<Class<?>> commands() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Command.class));
		ClassLoader loader = CommandLine.class.getClassLoader();
		List<Class<?>> candidates = scanner.findCandidateComponents("org.jkgraph")
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.<Class<?>>map(name -> ClassUtils.resolveClassName(name, loader))
			.toList();
		return candidates.stream()
			// nested command classes are subcommands of the command around them
			.filter(type -> type.getEnclosingClass() == null)
			.filter(type -> Callable.class.isAssignableFrom(type) || Runnable.class.isAssignableFrom(type))
			.filter(type -> !isSubcommand(type, candidates))
			.sorted(Comparator.comparing(type -> type.getAnnotation(Command.class).name()))
			.toList();
	}

	/** A command another command lists as its subcommand ({@code bench read}) is not one of jk-graph's own. */
	private static boolean isSubcommand(Class<?> type, List<Class<?>> commands) {
		return commands.stream().anyMatch(command -> List.of(command.getAnnotation(Command.class).subcommands()).contains(type));
	}

	/** Creates commands, handing a {@link ServiceContext} to those whose constructor takes one. */
	private record Factory(ServiceContext services) implements IFactory {

		@Override
		public <K> K create(Class<K> type) throws Exception {
			for (Constructor<?> constructor : type.getDeclaredConstructors()) {
				if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == ServiceContext.class) {
					constructor.setAccessible(true);
					return type.cast(constructor.newInstance(services));
				}
			}
			return picocli.CommandLine.defaultFactory().create(type);
		}

	}

	/** One line for each kind of failure, and its exit code. */
	static final class Failures implements IExecutionExceptionHandler {

		@Override
		public int handleExecutionException(Exception ex, picocli.CommandLine command, ParseResult parsed) {
			PrintWriter err = command.getErr();
			boolean verbose = parsed.originalArgs().contains("--verbose");
			Failure failure = classify(ex);
			err.println(failure.message());
			if (verbose) {
				ex.printStackTrace(err);
			}
			else if (failure.code() == ExitCode.FAILED) {
				err.println("Run it again with --verbose to see where it failed, and report it with that output.");
			}
			err.flush();
			return failure.code();
		}

		record Failure(int code, String message) {
		}

		static Failure classify(Throwable ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof InvalidInputException) {
					return new Failure(ExitCode.INVALID_INPUT, cause.getMessage());
				}
				if (cause instanceof java.io.UncheckedIOException || cause instanceof java.io.IOException) {
					return new Failure(ExitCode.INVALID_INPUT, firstLine(cause) + ". Check the path and its permissions.");
				}
				if (cause instanceof EmbeddedNeo4jStartException) {
					return new Failure(ExitCode.DATABASE_UNREACHABLE, "Cannot open the database: " + cause.getMessage());
				}
				if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException) {
					return new Failure(ExitCode.DATABASE_UNREACHABLE, "Cannot reach the database (" + firstLine(cause)
							+ "). Start jk-graph, or point spring.neo4j.uri at a running Neo4j, and run the command again.");
				}
				if (cause instanceof Neo4jException) {
					return new Failure(ExitCode.DATABASE_FAILED, "The database failed the work (" + firstLine(cause)
							+ "); what the failed transaction wrote was rolled back. Run the command again; if it fails"
							+ " the same way, run it with --verbose.");
				}
			}
			return new Failure(ExitCode.FAILED, "Failed: " + firstLine(ex));
		}

		private static String firstLine(Throwable ex) {
			String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
			int cut = message.indexOf('\n');
			return (cut > 0) ? message.substring(0, cut) : message;
		}

	}

}
