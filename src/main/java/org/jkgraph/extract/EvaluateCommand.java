package org.jkgraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jkgraph.command.Command;
import org.jkgraph.facts.EventFact;
import org.jkgraph.facts.FactFiles;
import org.jkgraph.facts.FactReader;
import org.jkgraph.facts.FactReading;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code evaluate [<texts folder|facts file>] [--gold=seeds/gold/corpus.yaml]}: precision, recall and F1 per event
 * type and overall. Given texts (by default ../shared/corpus, dated from its README table), it extracts them first,
 * on its own (no merging into the curated events, which would lend it their dates); given a fact file, it scores
 * that file's events.
 */
@Component
class EvaluateCommand implements Command {

	static final String DEFAULT_GOLD = "seeds/gold/corpus.yaml";

	static final String DEFAULT_CORPUS = "../shared/corpus";

	/** Built on first use: the service may never extract anything. */
	private final ObjectProvider<Extractor> extractor;

	private final ExtractProperties properties;

	EvaluateCommand(ObjectProvider<Extractor> extractor, ExtractProperties properties) {
		this.extractor = extractor;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "evaluate";
	}

	@Override
	public String usage() {
		return "[<texts folder|facts file>] [--gold=" + DEFAULT_GOLD + "]   score extraction against gold events (default "
				+ DEFAULT_CORPUS + ")";
	}

	@Override
	public int run(List<String> args) {
		Path input = Path.of(DEFAULT_CORPUS);
		Path gold = Path.of(DEFAULT_GOLD);
		for (String arg : args) {
			if (arg.startsWith("--gold=")) {
				gold = Path.of(arg.substring("--gold=".length()));
			}
			else if (arg.startsWith("--")) {
				System.err.println("Unknown option " + arg + "\nusage: evaluate " + usage());
				return 2;
			}
			else {
				input = Path.of(arg);
			}
		}
		if (!Files.exists(input) || !Files.isRegularFile(gold)) {
			System.err.println("No such file or folder: " + (Files.exists(input) ? gold : input));
			return 2;
		}
		FactReading goldFacts = FactReader.read(FactFiles.of(List.of(gold)));
		if (goldFacts.hasProblems()) {
			System.err.println("The gold file has problems:\n" + goldFacts.problems());
			return 1;
		}
		List<EventFact> extracted;
		String name = input.toString();
		if (Files.isRegularFile(input) && (name.endsWith(".jsonl") || name.endsWith(".yaml") || name.endsWith(".yml"))) {
			FactReading reading = FactReader.read(FactFiles.of(List.of(input)));
			if (reading.hasProblems()) {
				System.err.println(input + " has problems:\n" + reading.problems());
				return 1;
			}
			extracted = reading.facts().all(EventFact.class);
		}
		else {
			List<Document> documents = new ArrayList<>();
			try {
				for (Path file : DocumentFiles.list(List.of(input))) {
					documents.add(DocumentFiles.read(file, null, extractor.getObject(), properties.maxSize().toBytes()));
				}
			}
			catch (UnreadableTextException ex) {
				System.err.println(ex.getMessage());
				return 1;
			}
			extracted = Extractor.events(extractor.getObject().extract(documents, false, properties.minConfidence()));
		}
		EvaluationReport report = extractor.getObject().evaluate(extracted, goldFacts.facts().all(EventFact.class));
		System.out.print(report.table());
		System.out.println("missed (" + report.missed().size() + "):");
		report.missed().forEach(line -> System.out.println("  " + line));
		System.out.println("spurious (" + report.spurious().size() + "):");
		report.spurious().forEach(line -> System.out.println("  " + line));
		return 0;
	}

}
