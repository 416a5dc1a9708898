package org.jkgraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/**
 * The fixed split of a corpus folder into parts (seeds/gold/corpus-dev/split.yaml: {@code test:} and {@code dev:}
 * lists of file names). Rules are tuned on the dev part only; the test part is measured, never tuned on.
 */
record CorpusSplit(Map<String, List<String>> parts) {

	static CorpusSplit read(Path file) {
		Object root;
		try {
			root = new Yaml().load(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the split " + file, ex);
		}
		Map<String, List<String>> parts = new LinkedHashMap<>();
		LexiconFiles.map(root).forEach((part, files) -> parts.put(part, LexiconFiles.strings(files)));
		if (parts.isEmpty()) {
			throw new IllegalArgumentException(file + ": no parts (expected lists such as dev: and test:)");
		}
		return new CorpusSplit(parts);
	}

	List<String> files(String part) {
		List<String> files = parts.get(part);
		if (files == null) {
			throw new IllegalArgumentException("The split has no part '" + part + "' (it has " + parts.keySet() + ")");
		}
		return files;
	}

}
