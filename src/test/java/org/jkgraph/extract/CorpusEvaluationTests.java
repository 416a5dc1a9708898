package org.jkgraph.extract;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The extractor on the five corpus articles (seeds/gold/corpus.yaml) and on the dev part of corpus-dev
 * (seeds/gold/corpus-dev/dev.yaml), as `evaluate` measures it. Needs ../shared; skipped, saying so, where it is
 * absent. The floors sit just under the measured levels (docs/extraction.md), so that a change losing a few true
 * events or adding a few spurious ones fails. The test part is never measured here: it is measured once, by hand.
 */
class CorpusEvaluationTests {

	private static final Logger log = LoggerFactory.getLogger(CorpusEvaluationTests.class);

	private static Extractor extractor;

	@BeforeAll
	static void extractor() {
		extractor = Extractor.fromSeeds(Path.of("seeds"));
	}

	private static EvaluationReport evaluate(String name) {
		Optional<CorpusEvaluation> part = CorpusEvaluation.part(name);
		if (part.isEmpty()) {
			log.warn("Skipping the {} evaluation: its texts under ../shared are absent (they sit beside the repository "
					+ "on a dev machine)", name);
		}
		assumeTrue(part.isPresent(), "../shared is absent");
		EvaluationReport report = part.get().run(extractor, 0.5, TextInput.DEFAULT_MAX_BYTES);
		log.info("{} evaluation:\n{}{}missed: {}\nspurious: {}", name, EvaluationReport.sideBySide(java.util.List.of(report)),
				report.table(), report.missed(), report.spurious());
		return report;
	}

	@Test
	void keepsPrecisionAndRecallOnTheCorpusArticles() {
		EvaluationReport report = evaluate("corpus");
		assertThat(report.lenient().precision()).isGreaterThanOrEqualTo(0.97);
		assertThat(report.lenient().recall()).isGreaterThanOrEqualTo(0.80);
		// strictly too since a reading linked to a curated event is scored by that event's date
		assertThat(report.overall().precision()).isGreaterThanOrEqualTo(0.97);
		assertThat(report.overall().recall()).isGreaterThanOrEqualTo(0.80);
		assertThat(report.newEvents().precision()).isGreaterThanOrEqualTo(0.99);
	}

	@Test
	void keepsPrecisionAndRecallOnTheDevPages() {
		EvaluationReport report = evaluate("dev");
		// evaluate --explain gives every miss and every false find exactly one cause
		assertThat(report.causes().counts().values().stream().mapToInt(EvaluationReport.Score::falseNegatives).sum())
			.isEqualTo(report.overall().falseNegatives());
		assertThat(report.causes().counts().values().stream().mapToInt(EvaluationReport.Score::falsePositives).sum())
			.isEqualTo(report.overall().falsePositives());
		assertThat(report.causes().lines()).hasSize(report.overall().falseNegatives() + report.overall().falsePositives());
		assertThat(report.overall().precision()).isGreaterThanOrEqualTo(0.86);
		assertThat(report.overall().recall()).isGreaterThanOrEqualTo(0.72);
		// new events are what fails on unseen text: 37 right of 43 created since the new-event policy (eighth round a)
		assertThat(report.newEvents().precision()).isGreaterThanOrEqualTo(0.80);
		// known measure changes, 11 / 0 / 3 on dev (eighth round b): one change lost on either side stays above
		assertThat(report.measures().precision()).isGreaterThanOrEqualTo(0.90);
		assertThat(report.measures().recall()).isGreaterThanOrEqualTo(0.70);
		// changes to measures seeds lack, read as candidate measures (3 / 0 / 0 on dev)
		assertThat(report.newMeasures().precision()).isGreaterThanOrEqualTo(0.74);
		assertThat(report.newMeasures().recall()).isGreaterThanOrEqualTo(0.66);
		assertThat(report.actors().precision()).isGreaterThanOrEqualTo(0.83);
		assertThat(report.curatedDuplicates()).isEmpty();
		assertThat(report.duplicatesAmongNew()).isZero();
	}

	/** Each half of dev on its own: a rule fitted to one half's pages shows as a drop in the other's. */
	@Test
	void keepsPrecisionAndRecallOnEachHalfOfTheDevPages() {
		EvaluationReport odd = evaluate("dev-odd");
		assertThat(odd.overall().precision()).isGreaterThanOrEqualTo(0.87);
		assertThat(odd.overall().recall()).isGreaterThanOrEqualTo(0.73);
		EvaluationReport even = evaluate("dev-even");
		assertThat(even.overall().precision()).isGreaterThanOrEqualTo(0.82);
		assertThat(even.overall().recall()).isGreaterThanOrEqualTo(0.67);
	}

}
