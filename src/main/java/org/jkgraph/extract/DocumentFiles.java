package org.jkgraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jkgraph.facts.FactDate;
import org.jkgraph.facts.SourceFact;

/**
 * Turns text files into {@link Document}s. A file the curated sources list as a corpus file cites that source; any
 * other gets a source id from its name. What describes it — publication date, publisher, title, URL — comes from the
 * options given, else the folder's README table (as in ../shared/corpus and ../shared/corpus-dev), else the curated
 * source.
 */
public final class DocumentFiles {

	/** What the caller says about a document (command options, API parameters); any of it may be null. */
	public record Given(FactDate published, String publisher, String title, String url) {

		public static final Given NOTHING = new Given(null, null, null, null);

	}

	private DocumentFiles() {
	}

	/** The {@code .txt} files of a folder (sorted), or the given files. */
	public static List<Path> list(List<Path> paths) {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> found = Files.list(path)) {
					found.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot list " + path, ex);
				}
			}
			else {
				files.add(path);
			}
		}
		return files;
	}

	/**
	 * @throws IllegalArgumentException when the folder's README table has a date that cannot be read
	 */
	public static Document read(Path file, Given given, Extractor extractor, long maxBytes) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		String name = file.getFileName().toString();
		String text = TextInput.decode(bytes, file.toString(), maxBytes);
		Path folder = file.toAbsolutePath().getParent();
		CorpusTable.Entry row = CorpusTable.read(folder).getOrDefault(name, new CorpusTable.Entry(null, null, null, null));
		SourceFact known = extractor.sourceOfCorpusFile(name).orElse(null);
		FactDate date = first(given.published(), row.published(), known != null ? known.published() : null);
		if (known != null) {
			return new Document(known.id(), text, date, known.title(), known.publisher(), known.url(), name, known.type(),
					true);
		}
		return new Document(sourceId(name), text, date, first(given.title(), row.title()),
				first(given.publisher(), row.publisher()), first(given.url(), row.url()), null, "news", false);
	}

	@SafeVarargs
	private static <T> T first(T... values) {
		for (T value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	/** {@code 000_37f8f6f3.txt} → {@code doc-000-37f8f6f3}. */
	static String sourceId(String fileName) {
		String base = fileName.replaceFirst("\\.[A-Za-z0-9]+$", "").toLowerCase(Locale.ROOT);
		return "doc-" + base.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

}
