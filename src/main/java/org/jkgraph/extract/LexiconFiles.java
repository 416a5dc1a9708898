package org.jkgraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the extractor's data files ({@code lexicon/*.yaml} under the seeds folder, or the copy in the jar). They are
 * part of the project, not input: a mistake in them fails fast with the file named.
 */
final class LexiconFiles {

	private LexiconFiles() {
	}

	/** @param seeds the seeds folder, or {@code null} for the copy on the classpath */
	static Map<String, Object> read(Path seeds, String name) {
		String path = "lexicon/" + name;
		String text;
		try {
			text = (seeds != null) ? Files.readString(seeds.resolve(path))
					: new ClassPathResource("seeds/" + path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the extractor's lexicon file " + path, ex);
		}
		try {
			Object root = new Yaml().load(text);
			if (!(root instanceof Map<?, ?> map)) {
				throw new IllegalArgumentException("seeds/" + path + " must be a mapping");
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> fields = (Map<String, Object>) map;
			return fields;
		}
		catch (YAMLException ex) {
			throw new IllegalArgumentException("Cannot parse seeds/" + path + ": " + ex.getMessage(), ex);
		}
	}

	@SuppressWarnings("unchecked")
	static List<String> strings(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of(String.valueOf(value));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

	/** A phrase as lower-case tokens, the way text is looked up. */
	static List<String> words(String phrase) {
		return Tokenizer.tokenize(phrase).stream().map(Token::lower).toList();
	}

}
