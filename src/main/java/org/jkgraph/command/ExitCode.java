package org.jkgraph.command;

/** The exit codes of jk-graph's commands (README, "Commands and exit codes"). */
public final class ExitCode {

	public static final int OK = 0;

	/** The input is wrong: facts with problems, a missing or unreadable file. Nothing was written. */
	public static final int INVALID_INPUT = 1;

	/** Unknown command or option, a missing or malformed argument. */
	public static final int USAGE = 2;

	/** The database could not be reached or opened (not running, wrong address, store held by another process). */
	public static final int DATABASE_UNREACHABLE = 3;

	/** The database refused or failed the work (a transaction failed, timed out or ran out of memory). */
	public static final int DATABASE_FAILED = 4;

	/** Anything else: a bug. {@code --verbose} shows the stack trace to report. */
	public static final int FAILED = 5;

	private ExitCode() {
	}

}
