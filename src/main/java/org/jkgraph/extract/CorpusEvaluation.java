package org.jkgraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One part of a corpus measured end to end: its files are extracted together (and only they: a test page never
 * lends anything to a dev page), with merging into the curated events as in real use, and scored against the part's
 * gold file. The parts the project knows: {@code corpus} (the five articles of ../shared/corpus), {@code dev} and
 * {@code test} (../shared/corpus-dev, split by seeds/gold/corpus-dev/split.yaml), and the dev part's two fixed halves
 * {@code dev-odd} and {@code dev-even} (its pages with odd and even numbers, scored on the gold events citing them): a
 * change written while reading one half is judged by the other (docs/extraction.md).
 */
record CorpusEvaluation(String name, Path folder, List<String> files, Path gold) {

	static final Path CORPUS = Path.of("..", "shared", "corpus");

	static final Path CORPUS_DEV = Path.of("..", "shared", "corpus-dev");

	static final Path SPLIT = Path.of("seeds", "gold", "corpus-dev", "split.yaml");

	private static final Pattern NUMBERED = Pattern.compile("(\\d+)_.*");

	/** A known part by name, when its texts and its gold are there; empty otherwise (the part is not annotated yet). */
	static Optional<CorpusEvaluation> part(String name) {
		return switch (name) {
			case "corpus" -> Files.isDirectory(CORPUS)
					? Optional.of(new CorpusEvaluation(name, CORPUS, null, Path.of("seeds", "gold", "corpus.yaml")))
					: Optional.empty();
			case "dev", "test", "dev-odd", "dev-even" -> {
				String part = name.startsWith("dev") ? "dev" : name;
				Path gold = Path.of("seeds", "gold", "corpus-dev", part + ".yaml");
				if (!Files.isDirectory(CORPUS_DEV) || !Files.isRegularFile(gold) || !Files.isRegularFile(SPLIT)) {
					yield Optional.empty();
				}
				List<String> files = CorpusSplit.read(SPLIT).files(part);
				if (!name.equals(part)) {
					int parity = name.equals("dev-odd") ? 1 : 0;
					files = files.stream().filter(file -> number(file) % 2 == parity).toList();
				}
				yield Optional.of(new CorpusEvaluation(name, CORPUS_DEV, files, gold));
			}
			default -> throw new IllegalArgumentException("Unknown part '" + name
					+ "' (corpus, dev, dev-odd, dev-even or test)");
		};
	}

	/** The number a corpus-dev file name starts with ("07_2017-02-17_….txt" is 7), or -1. */
	private static int number(String file) {
		Matcher numbered = NUMBERED.matcher(file);
		return numbered.matches() ? Integer.parseInt(numbered.group(1)) : -1;
	}

	/** The part's documents, dated (and titled) from the folder's README table. */
	List<Path> paths() {
		if (files == null) {
			return DocumentFiles.list(List.of(folder));
		}
		return files.stream().map(folder::resolve).toList();
	}

	EvaluationReport run(Extractor extractor, double minConfidence, long maxBytes) {
		List<Document> documents = new ArrayList<>();
		Map<String, String> pageOfSource = new HashMap<>();
		Map<String, String> pageOfNumber = new HashMap<>();
		for (Path file : paths()) {
			Document document = DocumentFiles.read(file, DocumentFiles.Given.NOTHING, extractor, maxBytes);
			documents.add(document);
			String fileName = file.getFileName().toString();
			pageOfSource.put(document.sourceId(), fileName);
			Matcher numbered = NUMBERED.matcher(fileName);
			if (numbered.matches()) {
				pageOfNumber.put(String.valueOf(Integer.parseInt(numbered.group(1))), fileName);
			}
		}
		GoldStandard standard = GoldStandard.read(gold, extractor.eventTypes(), extractor::knows, extractor::knows);
		if (name.startsWith("dev-")) {
			// a half of a part is scored on the gold events that cite one of its pages
			String prefix = folder.getFileName().toString() + "-";
			List<GoldStandard.GoldEvent> cited = standard.events().stream()
				.filter(event -> event.sources().stream().anyMatch(source -> source.startsWith(prefix)
						&& source.substring(prefix.length()).matches("\\d+")
						&& pageOfNumber.containsKey(String.valueOf(Integer.parseInt(source.substring(prefix.length()))))))
				.toList();
			standard = new GoldStandard(standard.file(), cited);
		}
		Extraction extraction = extractor.extract(documents, true, minConfidence);
		// gold cites a corpus-dev page as corpus-dev-NN, the extractor as the document's source id
		String prefix = folder.getFileName().toString() + "-";
		return extractor.evaluate(name, extraction, standard, source -> {
			String page = pageOfSource.get(source);
			if (page == null && source.startsWith(prefix) && source.substring(prefix.length()).matches("\\d+")) {
				page = pageOfNumber.get(String.valueOf(Integer.parseInt(source.substring(prefix.length()))));
			}
			return page;
		});
	}

}
