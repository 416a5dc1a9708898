package org.jkgraph.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds the fact files of a folder: every {@code *.yaml}, {@code *.yml} and {@code *.jsonl} except those under
 * {@code vocabulary/}, {@code lexicon/}, {@code schema/} and {@code gold/} (the extractor's evaluation data), which
 * hold no facts to load. Files come sorted by name so that
 * facts and problems always come in the same order.
 */
public final class FactFiles {

	private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".jsonl");

	private static final Set<String> NOT_FACTS = Set.of("vocabulary", "lexicon", "schema", "gold");

	private FactFiles() {
	}

	/** The fact files under {@code folder}, named by their path as given ({@code seeds/events/2023.yaml}). */
	public static List<FactFile> under(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			return of(paths.filter(Files::isRegularFile)
				.filter(path -> isFactFile(folder.relativize(path).toString().replace('\\', '/')))
				.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the fact files under " + folder, ex);
		}
	}

	/**
	 * The paths of the fact files under {@code folder}, in the order {@link #under} reads them, for reading them
	 * one fact at a time ({@link FactStream}).
	 */
	public static List<Path> pathsUnder(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			return sortedByName(paths.filter(Files::isRegularFile)
				.filter(path -> isFactFile(folder.relativize(path).toString().replace('\\', '/')))
				.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the fact files under " + folder, ex);
		}
	}

	/** {@code paths} in the order facts are read: by name, as {@link #of} sorts them. */
	public static List<Path> sortedByName(List<Path> paths) {
		return paths.stream().sorted(Comparator.comparing(FactStream::nameOf)).toList();
	}

	/** The given files, whatever their folder or extension, sorted by name. */
	public static List<FactFile> of(List<Path> paths) {
		List<FactFile> files = new ArrayList<>();
		for (Path path : paths) {
			try {
				String name = path.toString().replace('\\', '/');
				files.add(new FactFile(name, NotUtf8Exception.decode(Files.readAllBytes(path), name)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the fact file " + path, ex);
			}
		}
		files.sort(Comparator.comparing(FactFile::name));
		return List.copyOf(files);
	}

	/**
	 * The fact files under {@code folder} on the classpath (the jar packages {@code seeds/}), named
	 * {@code folder/relative/path}.
	 */
	public static List<FactFile> fromClasspath(String folder) {
		String root = folder.endsWith("/") ? folder : folder + "/";
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		// A map by name: the folder may sit in more than one classpath root; the first one wins.
		Map<String, FactFile> files = new TreeMap<>();
		try {
			for (Resource base : resolver.getResources("classpath*:" + root)) {
				String baseUrl = base.getURL().toString();
				for (Resource resource : resolver.getResources(baseUrl + "**/*")) {
					String relative = resource.getURL().toString().substring(baseUrl.length());
					if (resource.isReadable() && isFactFile(relative)) {
						files.putIfAbsent(root + relative,
								new FactFile(root + relative, resource.getContentAsString(StandardCharsets.UTF_8)));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the fact files under classpath:" + root, ex);
		}
		return List.copyOf(files.values());
	}

	/** {@code relative} is a path below the fact folder with forward slashes. */
	private static boolean isFactFile(String relative) {
		int slash = relative.indexOf('/');
		boolean excluded = slash >= 0 && NOT_FACTS.contains(relative.substring(0, slash));
		return !excluded && EXTENSIONS.stream().anyMatch(relative::endsWith);
	}

}
