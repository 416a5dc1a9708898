package org.jkgraph.command;

import java.util.List;

/** A command-line task run with {@code java -jar jk-graph.jar <name> …} instead of the web service. */
public interface Command {

	String name();

	/** One line: the arguments and what the command does. */
	String usage();

	/** Runs the command and returns the process exit code. */
	int run(List<String> args);

}
