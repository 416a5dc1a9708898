package org.jkgraph.load.bulk;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jkgraph.model.NodeRow;
import org.jkgraph.model.RelationshipRow;

/**
 * Rows spilled to disk between mapping the input and importing it: the importer reads every node before any
 * relationship, and a million events' 6.3M relationships do not fit the heap as objects. Rows go in blocks
 * (a length, a count, the rows), so that the importer's threads take whole blocks and decode them in parallel.
 */
final class RowFile implements Closeable {

	/** Bytes per block, about a thousand rows. */
	private static final int BLOCK_BYTES = 256 * 1024;

	private final Path path;

	private final DataOutputStream file;

	private final ByteArrayOutputStream block = new ByteArrayOutputStream(BLOCK_BYTES + 64 * 1024);

	private final DataOutputStream rows = new DataOutputStream(block);

	private int inBlock;

	private long count;

	private long properties;

	RowFile(Path path) {
		this.path = path;
		try {
			OutputStream out = Files.newOutputStream(path);
			this.file = new DataOutputStream(new BufferedOutputStream(out, 1 << 20));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the bulk import's spill file " + path, ex);
		}
	}

	Path path() {
		return path;
	}

	long count() {
		return count;
	}

	long properties() {
		return properties;
	}

	void node(NodeRow node) {
		try {
			RowCodec.writeText(rows, node.id());
			rows.writeByte(node.labels().size());
			for (String label : node.labels()) {
				RowCodec.writeText(rows, label);
			}
			added(RowCodec.writeProperties(rows, node.properties()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void relationship(RelationshipRow relationship) {
		try {
			RowCodec.writeText(rows, relationship.type());
			RowCodec.writeText(rows, relationship.from());
			RowCodec.writeText(rows, relationship.to());
			added(RowCodec.writeProperties(rows, relationship.properties()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void added(int propertyCount) throws IOException {
		count++;
		properties += propertyCount;
		inBlock++;
		if (block.size() >= BLOCK_BYTES) {
			flushBlock();
		}
	}

	private void flushBlock() throws IOException {
		if (inBlock == 0) {
			return;
		}
		rows.flush();
		file.writeInt(block.size());
		file.writeInt(inBlock);
		block.writeTo(file);
		block.reset();
		inBlock = 0;
	}

	@Override
	public void close() {
		try {
			flushBlock();
			file.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the bulk import's spill file " + path, ex);
		}
	}

}
