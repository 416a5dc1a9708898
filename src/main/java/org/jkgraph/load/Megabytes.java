package org.jkgraph.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Progress in megabytes of input read, for the loads that read their files as a stream (streamed and bulk). */
public final class Megabytes {

	private final LoadProgress progress;

	private long bytes;

	private int reported;

	public Megabytes(LoadProgress progress) {
		this.progress = progress;
	}

	/** The size of the input in whole megabytes, rounded up: the length of the progress step. */
	public int total(List<Path> files) {
		long total = 0;
		for (Path file : files) {
			try {
				total += Files.size(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the fact file " + file, ex);
			}
		}
		return (int) (total >> 20) + 1;
	}

	/** {@code read} more bytes were read: advances the progress by each megabyte completed. */
	public void add(long read) {
		bytes += read;
		int megabytes = (int) (bytes >> 20);
		if (megabytes > reported) {
			progress.advance(megabytes - reported);
			reported = megabytes;
		}
	}

}
