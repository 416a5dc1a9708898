package org.jkgraph.load.bulk;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.jkgraph.facts.Fact;
import org.jkgraph.facts.FactStream;
import org.jkgraph.facts.Problem;
import org.jkgraph.facts.StreamValidator;
import org.jkgraph.load.InvalidFactsException;
import org.jkgraph.load.LoadProgress;
import org.jkgraph.load.Megabytes;
import org.jkgraph.load.ProvenanceFiles;
import org.jkgraph.model.FactModel;
import org.jkgraph.model.GraphMapping;
import org.jkgraph.model.GraphRows;
import org.jkgraph.model.NodeRow;
import org.jkgraph.model.RelationshipRow;

/**
 * The input validated as every load validates it, and mapped to rows by the loader's own {@link GraphMapping} (so
 * both paths write the same properties, hashes and relationship ids), spilled to a node file and a relationship file
 * for the importer — in one reading: the rows go to a work directory, not to the store, so input with problems
 * writes nothing all the same. Validation is the streamed load's ({@link StreamValidator}) against an empty graph:
 * every reference must be to a fact of the input; every problem is reported at once, with file, line and field.
 *
 * @param nodes         every node: facts and their claims
 * @param relationships every relationship
 * @param kinds         nodes per kind, for the load's report
 */
record BulkRows(RowFile nodes, RowFile relationships, Map<String, Integer> kinds) {

	/** Facts mapped between two hand-overs to the spill files. */
	private static final int BATCH = 1_000;

	/** Unresolved references kept before they are checked in a second reading instead (as a streamed load). */
	private static final int PENDING_REFERENCES = 500_000;

	/** @throws InvalidFactsException listing every problem of the input */
	static BulkRows read(FactModel model, List<Path> files, String dataset, Path directory, LoadProgress progress) {
		StreamValidator validator = new StreamValidator(model, PENDING_REFERENCES);
		GraphMapping mapping = new GraphMapping(model, dataset);
		ProvenanceFiles provenance = ProvenanceFiles.of(files.stream().map(FactStream::nameOf).toList());
		Map<String, Integer> kinds = new TreeMap<>();
		int[] pending = { 0 };
		RuntimeException[] unmapped = { null };
		try (RowFile nodes = new RowFile(directory.resolve("nodes.bin"));
				RowFile relationships = new RowFile(directory.resolve("relationships.bin"))) {
			read(model, files, progress, "validating and mapping " + files.size() + " file(s), MB", fact -> {
				validator.fact(fact);
				if (unmapped[0] != null) {
					return;
				}
				try {
					mapping.add(fact.kind(), fact.values(), provenance.of(fact.origin().file()));
				}
				catch (RuntimeException ex) {
					// A fact with problems may not map; the problems are reported below. Mapping stops here.
					unmapped[0] = ex;
					return;
				}
				if (++pending[0] == BATCH) {
					spill(mapping.drain(), nodes, relationships, kinds);
					pending[0] = 0;
				}
			}, validator::problem);
			if (validator.needsReferencePass()) {
				read(model, files, progress, "checking references, MB", fact -> validator.references(fact, ids -> Set.of()),
						problem -> {
							// reported by the first reading
						});
			}
			List<Problem> problems = validator.finish(ids -> Set.of());
			if (!problems.isEmpty()) {
				throw new InvalidFactsException(problems);
			}
			if (unmapped[0] != null) {
				throw unmapped[0];
			}
			spill(mapping.drain(), nodes, relationships, kinds);
			return new BulkRows(nodes, relationships, kinds);
		}
	}

	private static void spill(GraphRows rows, RowFile nodes, RowFile relationships, Map<String, Integer> kinds) {
		for (NodeRow node : rows.nodes()) {
			nodes.node(node);
			kinds.merge(node.kind(), 1, Integer::sum);
		}
		for (RelationshipRow relationship : rows.relationships()) {
			relationships.relationship(relationship);
		}
	}

	/** One reading of the input, with progress in megabytes. */
	private static void read(FactModel model, List<Path> files, LoadProgress progress, String step,
			Consumer<Fact> facts, Consumer<Problem> problems) {
		Megabytes read = new Megabytes(progress);
		progress.step(step, read.total(files));
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
				read.add(bytes);
			}
		});
		progress.finish();
	}

}
