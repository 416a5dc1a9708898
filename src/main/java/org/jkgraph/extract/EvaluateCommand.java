package org.jkgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.jkgraph.command.ExitCode;
import org.jkgraph.command.InvalidInputException;
import org.jkgraph.command.ServiceContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evaluate [--part=corpus|dev|dev-odd|dev-even|test]…}: the extractor measured on parts of the corpora against their gold
 * (docs/extraction.md): by default the five corpus articles and the dev part of corpus-dev, side by side, then each
 * part's tables and the events missed, spurious or misdated. The test part is measured only when asked for by name:
 * it is never tuned on.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Score extraction against the gold events of the corpora (default: corpus and dev): precision, "
				+ "recall and F1 overall, per type and per page, measure changes, new actors, dates and duplicates.")
public class EvaluateCommand implements Callable<Integer> {

	@Option(names = "--part", paramLabel = "<corpus|dev|dev-odd|dev-even|test>",
			description = "A part to measure; repeat for several (default: corpus and dev). dev-odd and dev-even are the dev "
					+ "part's fixed halves (odd and even page numbers). The test part only when named.")
	List<String> parts = new ArrayList<>();

	@Option(names = "--explain", description = "Also class every miss and false find by cause (no trigger matched, "
			+ "trigger dropped, actors unresolved, roles inverted, type wrong, date wrong, merged or split) and list "
			+ "each with its cause. Refused with the test part: the test part is only ever scored, never diagnosed.")
	boolean explain;

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	private final ServiceContext services;

	EvaluateCommand(ServiceContext services) {
		this.services = services;
	}

	@Override
	public Integer call() {
		Set<String> names = new LinkedHashSet<>(parts);
		if (names.isEmpty()) {
			names.addAll(List.of("corpus", "dev"));
		}
		List<CorpusEvaluation> chosen = new ArrayList<>();
		for (String name : names) {
			Optional<CorpusEvaluation> part;
			try {
				part = CorpusEvaluation.part(name);
			}
			catch (IllegalArgumentException ex) {
				throw new picocli.CommandLine.ParameterException(spec.commandLine(), ex.getMessage());
			}
			if (part.isEmpty()) {
				System.err.println("Part '" + name + "' is not there (its texts or its gold file are missing); skipped");
				continue;
			}
			chosen.add(part.get());
		}
		if (explain && names.contains("test")) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(),
					"--explain is not for the test part: its misses are never read (docs/extraction.md)");
		}
		if (chosen.isEmpty()) {
			throw new InvalidInputException("None of the parts " + names + " is there; nothing was measured");
		}
		Extractor extractor = services.bean(Extractor.class);
		ExtractProperties properties = services.bean(ExtractProperties.class);
		List<EvaluationReport> reports = new ArrayList<>();
		for (CorpusEvaluation part : chosen) {
			try {
				reports.add(part.run(extractor, properties.minConfidence(), properties.maxSize().toBytes()));
			}
			catch (IllegalArgumentException | UnreadableTextException ex) {
				throw new InvalidInputException(ex.getMessage());
			}
		}
		System.out.print(EvaluationReport.sideBySide(reports));
		for (EvaluationReport report : reports) {
			System.out.println();
			System.out.print(report.table());
			print("missed", report.missed());
			print("spurious", report.spurious());
			print("dates outside the gold's precision", report.dateErrors());
			print("measure changes missed", report.measuresMissed());
			print("measure changes read wrongly", report.measuresSpurious());
			print("duplicates of curated events", report.curatedDuplicates());
			if (explain) {
				System.out.println("== " + report.part() + ": misses (fn) and false finds (fp) by cause");
				System.out.print(report.causes().table());
				print("by cause", report.causes().lines());
			}
		}
		return ExitCode.OK;
	}

	private static void print(String label, List<String> lines) {
		System.out.println(label + " (" + lines.size() + "):");
		lines.forEach(line -> System.out.println("  " + line));
	}

}
