package org.jkgraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.jkgraph.command.ExitCode;
import org.jkgraph.command.InvalidInputException;
import org.jkgraph.command.ServiceContext;
import org.jkgraph.facts.EventFact;
import org.jkgraph.facts.FactFiles;
import org.jkgraph.facts.FactReader;
import org.jkgraph.facts.FactReading;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code evaluate [<texts folder|facts file>] [--gold=seeds/gold/corpus.yaml]}: precision, recall and F1 per event
 * type and overall. Given texts (by default ../shared/corpus, dated from its README table), it extracts them first,
 * on its own (no merging into the curated events, which would lend it their dates); given a fact file, it scores
 * that file's events.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Score extraction against gold events: precision, recall and F1 per event type and overall.")
public class EvaluateCommand implements Callable<Integer> {

	static final String DEFAULT_GOLD = "seeds/gold/corpus.yaml";

	static final String DEFAULT_CORPUS = "../shared/corpus";

	@Parameters(arity = "0..1", paramLabel = "<texts folder|facts file>", defaultValue = DEFAULT_CORPUS,
			description = "Texts to extract (dated from the corpus README table), or a fact file to score (default: ${DEFAULT-VALUE})")
	Path input;

	@Option(names = "--gold", paramLabel = "<file>", defaultValue = DEFAULT_GOLD,
			description = "The gold events (default: ${DEFAULT-VALUE})")
	Path gold;

	private final ServiceContext services;

	EvaluateCommand(ServiceContext services) {
		this.services = services;
	}

	@Override
	public Integer call() {
		if (!Files.exists(input) || !Files.isRegularFile(gold)) {
			throw new InvalidInputException("No such file or folder: " + (Files.exists(input) ? gold : input));
		}
		FactReading goldFacts = FactReader.read(FactFiles.of(List.of(gold)));
		if (goldFacts.hasProblems()) {
			throw new InvalidInputException("The gold file has problems:\n" + goldFacts.problems());
		}
		Extractor extractor = services.bean(Extractor.class);
		ExtractProperties properties = services.bean(ExtractProperties.class);
		List<EventFact> extracted;
		String name = input.toString();
		if (Files.isRegularFile(input) && (name.endsWith(".jsonl") || name.endsWith(".yaml") || name.endsWith(".yml"))) {
			FactReading reading = FactReader.read(FactFiles.of(List.of(input)));
			if (reading.hasProblems()) {
				throw new InvalidInputException(input + " has problems:\n" + reading.problems());
			}
			extracted = reading.facts().all(EventFact.class);
		}
		else {
			List<Document> documents = new ArrayList<>();
			try {
				for (Path file : DocumentFiles.list(List.of(input))) {
					documents.add(DocumentFiles.read(file, null, extractor, properties.maxSize().toBytes()));
				}
			}
			catch (UnreadableTextException ex) {
				throw new InvalidInputException(ex.getMessage());
			}
			extracted = Extractor.events(extractor.extract(documents, false, properties.minConfidence()));
		}
		EvaluationReport report = extractor.evaluate(extracted, goldFacts.facts().all(EventFact.class));
		System.out.print(report.table());
		System.out.println("missed (" + report.missed().size() + "):");
		report.missed().forEach(line -> System.out.println("  " + line));
		System.out.println("spurious (" + report.spurious().size() + "):");
		report.spurious().forEach(line -> System.out.println("  " + line));
		return ExitCode.OK;
	}

}
