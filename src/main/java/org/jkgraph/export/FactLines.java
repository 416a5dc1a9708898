package org.jkgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.json.JsonMapper;

/** Facts as JSON Lines, the loader's machine format: one fact per line, in the order they come. */
final class FactLines implements Consumer<Map<String, Object>> {

	private final JsonMapper json;

	private final OutputStream out;

	FactLines(JsonMapper json, OutputStream out) {
		this.json = json;
		this.out = out;
	}

	@Override
	public void accept(Map<String, Object> fact) {
		try {
			out.write(json.writeValueAsBytes(fact));
			out.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
