package org.jkgraph.load;

import java.io.PrintStream;

/**
 * A progress bar on standard error: redrawn in place on a terminal, one line per step otherwise (CI logs), so
 * output stays readable either way.
 */
final class ConsoleProgress implements LoadProgress {

	private static final int WIDTH = 30;

	private final PrintStream out;

	private final boolean terminal;

	private String step = "";

	private int total;

	private int done;

	ConsoleProgress(PrintStream out, boolean terminal) {
		this.out = out;
		this.terminal = terminal;
	}

	static ConsoleProgress onStandardError() {
		return new ConsoleProgress(System.err, System.console() != null);
	}

	@Override
	public void step(String name, int total) {
		endLine();
		this.step = name;
		this.total = total;
		this.done = 0;
		if (!terminal) {
			out.println(name + (total > 0 ? " (" + total + ")" : "") + " …");
		}
		draw();
	}

	@Override
	public void advance(int units) {
		done = Math.min(total, done + units);
		draw();
	}

	@Override
	public void finish() {
		endLine();
	}

	private void draw() {
		if (!terminal) {
			return;
		}
		int filled = (total == 0) ? WIDTH : (int) ((long) WIDTH * done / total);
		int percent = (total == 0) ? 100 : (int) (100L * done / total);
		out.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] %3d%% %s %d/%d".formatted(percent, step, done, total));
		out.flush();
	}

	private void endLine() {
		if (terminal && !step.isEmpty()) {
			out.println();
			step = "";
		}
	}

}
