package org.jkgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jkgraph.command.Command;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code evaluate [--part=corpus|dev|test]…}: the extractor measured on parts of the corpora against their gold
 * (docs/extraction.md): by default the five corpus articles and the dev part of corpus-dev, side by side, then each
 * part's tables and the events missed, spurious or misdated. The test part is measured only when asked for by name:
 * it is never tuned on.
 */
@Component
class EvaluateCommand implements Command {

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
		return "[--part=corpus|dev|test]…   score extraction against the gold events (default: corpus and dev)";
	}

	@Override
	public int run(List<String> args) {
		Set<String> names = new LinkedHashSet<>();
		for (String arg : args) {
			if (arg.startsWith("--part=")) {
				names.add(arg.substring("--part=".length()));
			}
			else {
				System.err.println("Unknown argument " + arg + "\nusage: evaluate " + usage());
				return 2;
			}
		}
		if (names.isEmpty()) {
			names.addAll(List.of("corpus", "dev"));
		}
		List<EvaluationReport> reports = new ArrayList<>();
		for (String name : names) {
			Optional<CorpusEvaluation> part;
			try {
				part = CorpusEvaluation.part(name);
			}
			catch (IllegalArgumentException ex) {
				System.err.println(ex.getMessage());
				return 2;
			}
			if (part.isEmpty()) {
				System.err.println("Part '" + name + "' is not there (its texts or its gold file are missing); skipped");
				continue;
			}
			try {
				reports.add(part.get().run(extractor.getObject(), properties.minConfidence(), properties.maxSize().toBytes()));
			}
			catch (IllegalArgumentException | UnreadableTextException ex) {
				System.err.println(ex.getMessage());
				return 1;
			}
		}
		if (reports.isEmpty()) {
			return 1;
		}
		System.out.print(EvaluationReport.sideBySide(reports));
		for (EvaluationReport report : reports) {
			System.out.println();
			System.out.print(report.table());
			print("missed", report.missed());
			print("spurious", report.spurious());
			print("dates outside the gold's precision", report.dateErrors());
			print("duplicates of curated events", report.curatedDuplicates());
		}
		return 0;
	}

	private static void print(String label, List<String> lines) {
		System.out.println(label + " (" + lines.size() + "):");
		lines.forEach(line -> System.out.println("  " + line));
	}

}
