package org.jkgraph.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jkgraph.facts.Fact;
import org.jkgraph.facts.FactIndex;
import org.jkgraph.facts.FactStream;
import org.jkgraph.facts.Problem;
import org.jkgraph.facts.StreamValidator;
import org.jkgraph.model.FactModel;
import org.jkgraph.model.GraphMapping;
import org.jkgraph.model.GraphRows;
import org.jkgraph.model.RelationshipRow;

/**
 * A load too large to hold in memory, read from disk twice and never whole.
 * <ol>
 * <li><b>Validate.</b> The first reading checks every fact as the in-memory load does and keeps only an index of ids
 * (kind and position). Every problem is reported, with file, line and field, before anything is written.</li>
 * <li><b>Write.</b> The second reading maps facts to rows on a reader thread while the caller's thread writes the
 * previous chunk: {@code chunkSize} facts per transaction, in input order. A relationship to a fact of a later chunk
 * gets a bare placeholder node that the later chunk completes.</li>
 * <li><b>Prune</b> (full loads): facts of the dataset missing from the input are removed, in batches.</li>
 * </ol>
 * Each chunk is atomic, the load as a whole is not: a crash midway leaves the chunks written so far. Writing is
 * idempotent (content hashes, merges on stable ids), so running the same load again skips what is there and
 * completes the rest.
 */
final class StreamedLoad {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StreamedLoad.class);

	/** Unresolved references kept during validation before they are checked in a second reading instead. */
	static final int PENDING_REFERENCES = 500_000;

	private final GraphWriter writer;

	private final FactModel model;

	private final int chunkSize;

	private final int pendingLimit;

	StreamedLoad(GraphWriter writer, FactModel model, int chunkSize, int pendingLimit) {
		this.writer = writer;
		this.model = model;
		this.chunkSize = chunkSize;
		this.pendingLimit = pendingLimit;
	}

	/** Loads {@code files}, naming them in problems and provenance by {@code names} (as given: {@link FactStream#nameOf}). */
	LoadReport load(List<Path> files, Function<Path, String> names, String dataset, boolean full, boolean takeOver,
			LoadProgress progress) {
		long started = System.nanoTime();
		FactIndex index = validate(files, names, progress);
		Map<String, String> foreign = writer.foreign(index.ids(), dataset);
		if (!foreign.isEmpty() && !takeOver) {
			progress.finish();
			throw new ForeignFactsException(foreign, dataset, id -> {
				FactIndex.Location at = index.location(id);
				return new Problem(at.file(), at.line(), "id", "");
			});
		}
		GraphWriter.Load load = GraphWriter.Load.start(dataset, takeOver);
		List<String> fileNames = files.stream().map(names).toList();
		for (GraphWriter.Unfinished earlier : writer.startLoad(load, fileNames)) {
			log.warn("An earlier load of dataset '{}' did not finish ({}, started {}, status {}); this load writes what it"
					+ " left out", dataset, earlier.id(), earlier.startedAt(), earlier.status());
		}
		Set<String> claims = ConcurrentHashMap.newKeySet();
		GraphWriter.Outcome outcome;
		try {
			outcome = write(files, names, index, load, claims, progress);
			if (full) {
				progress.step("removing facts no longer in the input", 0);
				outcome = outcome.plus(new GraphWriter.Outcome(load.id(),
						writer.prune(dataset, id -> index.contains(id) || claims.contains(id)), 0, 0));
			}
		}
		catch (RuntimeException ex) {
			try {
				writer.endLoad(load, "failed", String.valueOf(ex.getMessage()));
			}
			catch (RuntimeException unrecorded) {
				ex.addSuppressed(unrecorded); // the database went away: the record stays 'running', which says as much
			}
			throw ex;
		}
		progress.finish();
		if (outcome.changedAnything()) {
			writer.recordLoad(load, fileNames, full, outcome);
		}
		else {
			writer.endLoad(load, "unchanged", null);
		}
		return new LoadReport(load.id(), dataset, files.size(), outcome.facts(), outcome.relationshipsWritten(),
				outcome.relationshipsRemoved(), Duration.ofNanos(System.nanoTime() - started), FactLoader.takenOver(foreign));
	}

	private FactIndex validate(List<Path> files, Function<Path, String> names, LoadProgress progress) {
		StreamValidator validator = new StreamValidator(model, pendingLimit);
		Megabytes read = new Megabytes(progress);
		progress.step("validating " + files.size() + " file(s), MB", read.total(files));
		FactStream.read(model, files, names, new FactStream.Sink() {
			@Override
			public void fact(Fact fact) {
				validator.fact(fact);
			}

			@Override
			public void problem(Problem problem) {
				validator.problem(problem);
			}

			@Override
			public void read(long bytes) {
				read.add(bytes);
			}
		});
		if (validator.needsReferencePass()) {
			Megabytes reread = new Megabytes(progress);
			progress.step("checking references, MB", reread.total(files));
			FactStream.read(model, files, names, new FactStream.Sink() {
				@Override
				public void fact(Fact fact) {
					validator.references(fact, writer::existing);
				}

				@Override
				public void problem(Problem problem) {
					// reported by the first reading
				}

				@Override
				public void read(long bytes) {
					reread.add(bytes);
				}
			});
		}
		List<Problem> problems = validator.finish(writer::existing);
		if (!problems.isEmpty()) {
			progress.finish();
			throw new InvalidFactsException(problems);
		}
		return validator.index();
	}

	/** A chunk of rows ready to write, or the end of the input ({@code rows == null}), or the reader's failure. */
	private record Chunk(GraphRows rows, Set<String> placeholders, int facts, RuntimeException failure) {
	}

	private GraphWriter.Outcome write(List<Path> files, Function<Path, String> names, FactIndex index,
			GraphWriter.Load load, Set<String> claims, LoadProgress progress) {
		progress.step("writing facts", index.size());
		BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(1);
		Thread reader = Thread.ofPlatform().name("jk-graph-load-reader").daemon()
			.start(() -> read(files, names, index, load, claims, chunks));
		GraphWriter.Outcome outcome = load.nothing();
		try {
			while (true) {
				Chunk chunk = chunks.take();
				if (chunk.failure() != null) {
					throw chunk.failure();
				}
				if (chunk.rows() == null) {
					break;
				}
				outcome = outcome.plus(writer.database()
					.write(tx -> writer.writeChunk(tx, chunk.rows(), load, chunk.placeholders())));
				progress.advance(chunk.facts());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while loading", ex);
		}
		finally {
			reader.interrupt();
		}
		return outcome;
	}

	/**
	 * The reader thread: maps facts to rows, a chunk at a time, and hands the chunks over. The ids of claim nodes go
	 * to {@code claims} (the index holds only facts), so that pruning keeps them.
	 */
	private void read(List<Path> files, Function<Path, String> names, FactIndex index, GraphWriter.Load load, Set<String> claims,
			BlockingQueue<Chunk> chunks) {
		GraphMapping mapping = new GraphMapping(model, load.dataset());
		ProvenanceFiles provenance = ProvenanceFiles.of(files.stream().map(names).toList());
		int[] ordinal = { 0 };
		int[] first = { 0 };
		try {
			FactStream.read(model, files, names, new FactStream.Sink() {
				@Override
				public void fact(Fact fact) {
					if (index.ordinal(fact.id()) != ordinal[0]) {
						throw new IllegalStateException("The input changed while it was loaded: " + fact.origin()
								+ " is not the fact validated there. Run the load again.");
					}
					mapping.add(fact.kind(), fact.values(), provenance.of(fact.origin().file()));
					ordinal[0]++;
					if (ordinal[0] - first[0] == chunkSize) {
						hand(chunks, chunk(mapping.drain(), index, claims, first[0], ordinal[0]));
						first[0] = ordinal[0];
					}
				}

				@Override
				public void problem(Problem problem) {
					throw new IllegalStateException("The input changed while it was loaded: " + problem);
				}
			});
			if (ordinal[0] > first[0]) {
				hand(chunks, chunk(mapping.drain(), index, claims, first[0], ordinal[0]));
			}
			hand(chunks, new Chunk(null, Set.of(), 0, null));
		}
		catch (RuntimeException ex) {
			if (!Thread.currentThread().isInterrupted()) {
				chunks.offer(new Chunk(null, Set.of(), 0, ex));
			}
		}
	}

	/** The facts at positions {@code from} (inclusive) to {@code to} (exclusive), with the placeholders they need. */
	private static Chunk chunk(GraphRows rows, FactIndex index, Set<String> claims, int from, int to) {
		Set<String> placeholders = new HashSet<>();
		for (RelationshipRow relationship : rows.relationships()) {
			for (String end : List.of(relationship.from(), relationship.to())) {
				if (index.ordinal(end) >= to) {
					placeholders.add(end);
				}
			}
		}
		rows.nodes().stream().filter(node -> node.kind().equals("claim")).forEach(node -> claims.add(node.id()));
		return new Chunk(rows, placeholders, to - from, null);
	}

	private static void hand(BlockingQueue<Chunk> chunks, Chunk chunk) {
		try {
			chunks.put(chunk);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("The load stopped", ex);
		}
	}

}
