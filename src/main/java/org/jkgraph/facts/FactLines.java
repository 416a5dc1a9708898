package org.jkgraph.facts;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one writer of JSON Lines, the loader's machine format: one fact per line, fields in the order given, written
 * by Jackson. The export, the extractor and the synthetic generator all write through it.
 */
public final class FactLines implements Consumer<Map<String, Object>>, Flushable, Closeable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final OutputStream out;

	public FactLines(OutputStream out) {
		this.out = out;
	}

	/** {@code facts} as JSON Lines text. */
	public static String of(List<Map<String, Object>> facts) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		FactLines lines = new FactLines(bytes);
		facts.forEach(lines);
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@Override
	public void accept(Map<String, Object> fact) {
		try {
			out.write(JSON.writeValueAsBytes(fact));
			out.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void flush() throws IOException {
		out.flush();
	}

	/** Flushes; the stream underneath stays open (its owner closes it). */
	@Override
	public void close() throws IOException {
		out.flush();
	}

}
