package org.jkgraph.load.bulk;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;

import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.Group;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.internal.batchimport.input.Groups;
import org.neo4j.values.storable.DateTimeValue;
import org.neo4j.values.storable.Value;
import org.neo4j.values.storable.Values;

/**
 * The importer's input: the spilled rows, nodes by their fact id (one id space, as {@code :Fact(id)} is unique),
 * each node with {@code :Fact}, its kind's labels, its properties and the load's {@code firstLoaded},
 * {@code lastChanged} and {@code loadId}, as the loader's {@code create_nodes.cypher} writes them.
 */
final class SpilledInput {

	private static final String FACT_LABEL = "Fact";

	private SpilledInput() {
	}

	static Input of(RowFile nodes, RowFile relationships, String loadId, ZonedDateTime now) {
		Groups groups = new Groups();
		Group group = groups.getOrCreate(null);
		Value loaded = DateTimeValue.datetime(now);
		Value load = Values.stringValue(loadId);
		InputIterable nodeInput = () -> new Blocks(nodes.path(), (in, visitor) -> {
			visitor.id(RowCodec.readText(in), group);
			String[] labels = new String[in.readByte() + 1];
			labels[0] = FACT_LABEL;
			for (int i = 1; i < labels.length; i++) {
				labels[i] = RowCodec.readText(in);
			}
			visitor.labels(labels);
			properties(in, visitor);
			visitor.property("firstLoaded", loaded, false);
			visitor.property("lastChanged", loaded, false);
			visitor.property("loadId", load, false);
		});
		InputIterable relationshipInput = () -> new Blocks(relationships.path(), (in, visitor) -> {
			visitor.type(RowCodec.readText(in));
			visitor.startId(RowCodec.readText(in), group);
			visitor.endId(RowCodec.readText(in), group);
			properties(in, visitor);
		});
		Input.Estimates estimates = Input.knownEstimates(nodes.count(), relationships.count(), nodes.properties(),
				relationships.properties(), nodes.properties() * 24, relationships.properties() * 16,
				nodes.count() * 2);
		return Input.input(nodeInput, relationshipInput, IdType.STRING, estimates, groups, false);
	}

	private static void properties(DataInputStream in, InputEntityVisitor visitor) throws IOException {
		int count = in.readShort();
		for (int i = 0; i < count; i++) {
			String key = RowCodec.readText(in);
			visitor.property(key, RowCodec.readValue(in), false);
		}
	}

	/** Decodes one spilled row into the importer's visitor. */
	@FunctionalInterface
	private interface Row {

		void visit(DataInputStream in, InputEntityVisitor visitor) throws IOException;

	}

	/** The blocks of one spill file, handed to the importer's threads one at a time. */
	private static final class Blocks implements InputIterator {

		private final DataInputStream file;

		private final Row row;

		Blocks(Path path, Row row) {
			try {
				this.file = new DataInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 20));
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException("Cannot read the bulk import's spill file " + path, ex);
			}
			this.row = row;
		}

		@Override
		public InputChunk newChunk() {
			return new Chunk(row);
		}

		@Override
		public synchronized boolean next(InputChunk chunk) throws IOException {
			int length;
			try {
				length = file.readInt();
			}
			catch (EOFException end) {
				return false;
			}
			int count = file.readInt();
			byte[] bytes = new byte[length];
			file.readFully(bytes);
			((Chunk) chunk).reset(bytes, count);
			return true;
		}

		@Override
		public void close() throws IOException {
			file.close();
		}

	}

	/** One block being decoded by one of the importer's threads. */
	private static final class Chunk implements InputChunk {

		private final Row row;

		private DataInputStream rows;

		private int left;

		Chunk(Row row) {
			this.row = row;
		}

		void reset(byte[] bytes, int count) {
			this.rows = new DataInputStream(new ByteArrayInputStream(bytes));
			this.left = count;
		}

		@Override
		public boolean next(InputEntityVisitor visitor) throws IOException {
			if (left == 0) {
				return false;
			}
			left--;
			row.visit(rows, visitor);
			visitor.endOfEntity();
			return true;
		}

		@Override
		public void close() {
		}

	}

}
