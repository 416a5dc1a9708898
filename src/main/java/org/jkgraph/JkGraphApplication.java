package org.jkgraph;

import org.jkgraph.command.CommandLine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * jk-graph: the REST service by default; {@code java -jar jk-graph.jar load seeds/} and the other commands of
 * {@link CommandLine} run a task and exit.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JkGraphApplication {

	public static void main(String[] args) {
		if (CommandLine.isCommand(args)) {
			System.exit(CommandLine.run(JkGraphApplication.class, args));
		}
		SpringApplication.run(JkGraphApplication.class, args);
	}

}
