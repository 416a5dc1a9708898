package org.jkgraph.load.bulk;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jkgraph.facts.FactIndex;
import org.jkgraph.facts.FactStream;
import org.jkgraph.load.LoadProgress;
import org.jkgraph.load.ProvenanceFiles;
import org.jkgraph.model.FactModel;
import org.jkgraph.model.GraphMapping;
import org.jkgraph.model.GraphRows;
import org.jkgraph.model.NodeRow;
import org.jkgraph.model.RelationshipRow;

/**
 * The validated input mapped to rows by the loader's own {@link GraphMapping} (so both paths write the same
 * properties, hashes and relationship ids), spilled to a node file and a relationship file.
 *
 * @param nodes         every node: facts and their claims
 * @param relationships every relationship
 * @param kinds         nodes per kind, for the load's report
 */
record BulkRows(RowFile nodes, RowFile relationships, Map<String, Integer> kinds) {

	/** Facts mapped between two hand-overs to the spill files. */
	private static final int BATCH = 1_000;

	static BulkRows map(FactModel model, List<Path> files, String dataset, FactIndex index, Path directory,
			LoadProgress progress) {
		GraphMapping mapping = new GraphMapping(model, dataset);
		ProvenanceFiles provenance = ProvenanceFiles.of(files.stream().map(FactStream::nameOf).toList());
		Map<String, Integer> kinds = new TreeMap<>();
		int[] pending = { 0 };
		try (RowFile nodes = new RowFile(directory.resolve("nodes.bin"));
				RowFile relationships = new RowFile(directory.resolve("relationships.bin"))) {
			BulkValidation.read(model, files, progress, "mapping " + index.size() + " facts to rows, MB", fact -> {
				mapping.add(fact.kind(), fact.values(), provenance.of(fact.origin().file()));
				if (++pending[0] == BATCH) {
					spill(mapping.drain(), nodes, relationships, kinds);
					pending[0] = 0;
				}
			}, problem -> {
				throw new IllegalStateException("The input changed while it was loaded: " + problem + ". Run the load again.");
			});
			spill(mapping.drain(), nodes, relationships, kinds);
			if (kinds.getOrDefault(FactModel.CLAIM_KIND, 0) + index.size() != nodes.count()) {
				throw new IllegalStateException("The input changed while it was loaded: " + index.size()
						+ " facts were validated, " + (nodes.count() - kinds.getOrDefault(FactModel.CLAIM_KIND, 0)) + " read. Run the load again.");
			}
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

}
