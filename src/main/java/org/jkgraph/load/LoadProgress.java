package org.jkgraph.load;

/** Where a long load reports how far it got. */
public interface LoadProgress {

	LoadProgress SILENT = new LoadProgress() {
	};

	/** A progress bar on standard error, one line per step when that is not a terminal. */
	static LoadProgress onStandardError() {
		return ConsoleProgress.onStandardError();
	}

	/** A new step starts, with {@code total} units of work (0 when unknown). */
	default void step(String name, int total) {
	}

	default void advance(int done) {
	}

	default void finish() {
	}

}
