package org.jkgraph.command;

/**
 * The input a command was given cannot be used: a missing file, unreadable text, facts with problems. The message
 * says what is wrong and, where it helps, what to do; the command exits with {@link ExitCode#INVALID_INPUT}.
 */
public class InvalidInputException extends RuntimeException {

	public InvalidInputException(String message) {
		super(message);
	}

}
