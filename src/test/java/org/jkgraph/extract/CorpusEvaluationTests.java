package org.jkgraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jkgraph.facts.EventFact;
import org.jkgraph.facts.FactFiles;
import org.jkgraph.facts.FactReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The extractor on the five corpus articles against seeds/gold/corpus.yaml, measured on its own (no merging into the
 * curated events). Needs ../shared/corpus; skipped, saying so, where it is absent.
 */
class CorpusEvaluationTests {

	private static final Logger log = LoggerFactory.getLogger(CorpusEvaluationTests.class);

	static final Path CORPUS = Path.of("..", "shared", "corpus");

	private static Extractor extractor;

	@BeforeAll
	static void extractor() {
		extractor = Extractor.fromSeeds(Path.of("seeds"));
	}

	static EvaluationReport evaluate() {
		List<Document> documents = new ArrayList<>();
		for (Path file : DocumentFiles.list(List.of(CORPUS))) {
			documents.add(DocumentFiles.read(file, null, extractor, TextInput.DEFAULT_MAX_BYTES));
		}
		Extraction extraction = extractor.extract(documents, false, 0.5);
		List<EventFact> gold = FactReader.read(FactFiles.of(List.of(Path.of("seeds/gold/corpus.yaml")))).facts()
			.all(EventFact.class);
		return extractor.evaluate(Extractor.events(extraction), gold);
	}

	/**
	 * The target is precision 0.85 and recall 0.70; measured: 0.92 and 0.85 (docs/extraction.md). The floor sits just
	 * under the measured level, so that a change that loses a single true event or adds a single spurious one fails.
	 */
	@Test
	void keepsPrecisionAndRecallOnTheCorpusArticlesAboveTheTargetsAtTheMeasuredLevel() {
		boolean present = Files.isDirectory(CORPUS);
		if (!present) {
			log.warn("Skipping the corpus evaluation: {} is absent (it sits beside the repository on a dev machine)",
					CORPUS.toAbsolutePath().normalize());
		}
		assumeTrue(present, "../shared/corpus is absent");
		EvaluationReport report = evaluate();
		log.info("Corpus evaluation:\n{}missed: {}\nspurious: {}", report.table(), report.missed(), report.spurious());
		assertThat(report.overall().precision()).isGreaterThanOrEqualTo(0.90);
		assertThat(report.overall().recall()).isGreaterThanOrEqualTo(0.83);
	}

}
