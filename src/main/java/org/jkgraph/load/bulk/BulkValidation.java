package org.jkgraph.load.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.jkgraph.facts.Fact;
import org.jkgraph.facts.FactIndex;
import org.jkgraph.facts.FactStream;
import org.jkgraph.facts.Problem;
import org.jkgraph.facts.StreamValidator;
import org.jkgraph.load.InvalidFactsException;
import org.jkgraph.load.LoadProgress;
import org.jkgraph.model.FactModel;

/**
 * The validation every load does, before a bulk import writes anything: the same reader and validator as a streamed
 * load, against an empty graph (every reference must be to a fact of the input). Problems come all at once, with
 * file, line and field.
 */
final class BulkValidation {

	/** Unresolved references kept before they are checked in a second reading instead (as a streamed load). */
	private static final int PENDING_REFERENCES = 500_000;

	private BulkValidation() {
	}

	static FactIndex validate(FactModel model, List<Path> files, LoadProgress progress) {
		StreamValidator validator = new StreamValidator(model, PENDING_REFERENCES);
		read(model, files, progress, "validating " + files.size() + " file(s), MB", validator::fact, validator::problem);
		if (validator.needsReferencePass()) {
			read(model, files, progress, "checking references, MB", fact -> validator.references(fact, ids -> Set.of()),
					problem -> {
						// reported by the first reading
					});
		}
		List<Problem> problems = validator.finish(ids -> Set.of());
		if (!problems.isEmpty()) {
			progress.finish();
			throw new InvalidFactsException(problems);
		}
		return validator.index();
	}

	/** One reading of the input, with progress in megabytes. */
	static void read(FactModel model, List<Path> files, LoadProgress progress, String step,
			java.util.function.Consumer<Fact> facts, java.util.function.Consumer<Problem> problems) {
		long total = 0;
		for (Path file : files) {
			try {
				total += Files.size(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the fact file " + file, ex);
			}
		}
		progress.step(step, (int) (total >> 20) + 1);
		long[] read = { 0, 0 };
		FactStream.read(model, files, new FactStream.Sink() {
			@Override
			public void fact(Fact fact) {
				facts.accept(fact);
			}

			@Override
			public void problem(Problem problem) {
				problems.accept(problem);
			}

			@Override
			public void read(long bytes) {
				read[0] += bytes;
				long megabytes = read[0] >> 20;
				if (megabytes > read[1]) {
					progress.advance((int) (megabytes - read[1]));
					read[1] = megabytes;
				}
			}
		});
		progress.finish();
	}

}
