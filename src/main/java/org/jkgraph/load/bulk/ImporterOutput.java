package org.jkgraph.load.bulk;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The importer's own progress, kept quiet: its stage headers and results as they come, its rows of dots (one per 5%
 * of a stage, twenty a stage) at most one every few seconds, blank lines and memory estimates left out.
 */
final class ImporterOutput extends OutputStream {

	/** {@code .......... ..........  35% ∆0ms [1s 896ms]}: a row of progress dots. */
	private static final Pattern DOTS = Pattern.compile("^[-.\\s]+\\d+% .*");

	private static final long DOTS_EVERY_NANOS = 5_000_000_000L;

	private final PrintStream out;

	private final ByteArrayOutputStream line = new ByteArrayOutputStream();

	private long lastDots = System.nanoTime();

	private ImporterOutput(PrintStream out) {
		this.out = out;
	}

	static PrintStream to(PrintStream out) {
		return new PrintStream(new ImporterOutput(out), true, StandardCharsets.UTF_8);
	}

	@Override
	public synchronized void write(int b) {
		if (b == '\n') {
			emit(line.toString(StandardCharsets.UTF_8));
			line.reset();
		}
		else {
			line.write(b);
		}
	}

	private void emit(String text) {
		String trimmed = text.strip();
		if (trimmed.isEmpty() || trimmed.startsWith("Estimated") || trimmed.startsWith("Peak memory")) {
			return;
		}
		if (DOTS.matcher(trimmed).matches()) {
			long now = System.nanoTime();
			if (now - lastDots < DOTS_EVERY_NANOS) {
				return;
			}
			lastDots = now;
			out.println("  " + trimmed.replaceAll("^[-.\\s]+", ""));
			return;
		}
		out.println(text);
	}

	@Override
	public synchronized void flush() {
		out.flush();
	}

}
