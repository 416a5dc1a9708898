package org.jkgraph.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jkgraph.model.FactModel;

/**
 * {@link FactValidator}'s rules for facts that arrive one at a time ({@link FactStream}) and are then forgotten:
 * only a {@link FactIndex} of ids stays in memory. References to facts not seen yet (later in the input, or in the
 * graph) wait until the end, up to a limit; past it they are dropped and checked in a second reading of the input
 * ({@link #needsReferencePass()}), so memory stays bounded whatever order the input comes in. The problems are
 * the ones {@link FactValidator} reports for the same facts.
 */
public final class StreamValidator {

	private final FactModel model;

	private final int pendingLimit;

	private final FactIndex index = new FactIndex();

	private final List<Problem> problems = new ArrayList<>();

	/** Ids given more than once, with every place after the first (the index knows the first). */
	private final Map<String, List<Place>> duplicates = new LinkedHashMap<>();

	/** The paths of YAML facts by id ({@code events[3]}), for duplicate messages; JSON Lines facts have none. */
	private final Map<String, String> paths = new HashMap<>();

	private final List<Pending> pending = new ArrayList<>();

	/** Ids the input lacks, by whether the graph has them. */
	private final Map<String, Boolean> inGraph = new HashMap<>();

	private boolean overflowed;

	private int facts;

	private int rereadFacts;

	/** A reference that could not be resolved when it was read. */
	private record Pending(Origin origin, Reference reference) {
	}

	private record Place(String file, int line, String field) {
	}

	/**
	 * @param pendingLimit how many unresolved references to keep before switching to a second reading of the input
	 */
	public StreamValidator(EventTypes eventTypes, int pendingLimit) {
		this(FactModel.standard(eventTypes), pendingLimit);
	}

	public StreamValidator(FactModel model, int pendingLimit) {
		this.model = model;
		this.pendingLimit = pendingLimit;
	}

	/** A problem the reader found. */
	public void problem(Problem problem) {
		problems.add(problem);
	}

	/** The next fact of the input. */
	public void fact(Fact fact) {
		int ordinal = facts++;
		FactValidator.check(model, fact, problems);
		if (fact.id() != null) {
			int line = fact.origin().lineOf("id");
			if (index.add(fact, ordinal, line) >= 0) {
				duplicates.computeIfAbsent(fact.id(), id -> new ArrayList<>())
					.add(new Place(fact.origin().file(), line, fact.origin().pathOf("id")));
			}
			else if (!fact.origin().path().isEmpty()) {
				paths.put(fact.id(), fact.origin().path());
			}
		}
		for (Reference reference : Reference.of(model, fact)) {
			if (index.contains(reference.id())) {
				resolved(fact.origin(), reference);
			}
			else if (!overflowed) {
				pending.add(new Pending(minimal(fact.origin(), reference), reference));
				if (pending.size() > pendingLimit) {
					overflowed = true;
					pending.clear();
				}
			}
		}
	}

	/** Whether references must be checked in a second reading of the input, through {@link #references}. */
	public boolean needsReferencePass() {
		return overflowed;
	}

	/**
	 * The second reading: checks the references of {@code fact} against the whole index; those to ids the input
	 * lacks are checked against the graph in batches.
	 */
	public void references(Fact fact, Function<Collection<String>, Set<String>> existingInGraph) {
		int ordinal = rereadFacts++;
		for (Reference reference : Reference.of(model, fact)) {
			int target = index.ordinal(reference.id());
			if (target >= 0 && target <= ordinal) {
				// The first reading checked it: the fact it names came before.
				continue;
			}
			if (target >= 0) {
				resolved(fact.origin(), reference);
			}
			else {
				pending.add(new Pending(minimal(fact.origin(), reference), reference));
				if (pending.size() >= pendingLimit) {
					checkInGraph(existingInGraph);
				}
			}
		}
	}

	/**
	 * Resolves what is still pending (against the index, then the graph: {@code existingInGraph} answers which of
	 * the ids it is given exist there) and returns every problem, sorted.
	 */
	public List<Problem> finish(Function<Collection<String>, Set<String>> existingInGraph) {
		List<Pending> unresolved = new ArrayList<>();
		for (Pending reference : pending) {
			if (index.contains(reference.reference().id())) {
				resolved(reference.origin(), reference.reference());
			}
			else {
				unresolved.add(reference);
			}
		}
		pending.clear();
		pending.addAll(unresolved);
		checkInGraph(existingInGraph);
		duplicates.forEach(this::duplicate);
		Collections.sort(problems);
		return problems;
	}

	public FactIndex index() {
		return index;
	}

	/** How many facts were read. */
	public int facts() {
		return facts;
	}

	private void resolved(Origin origin, Reference reference) {
		String id = reference.id();
		FactValidator.reference(origin, reference, index.kind(id), index.actorKind(id), problems);
	}

	private void checkInGraph(Function<Collection<String>, Set<String>> existingInGraph) {
		Set<String> ask = pending.stream()
			.map(p -> p.reference().id())
			.filter(id -> !inGraph.containsKey(id))
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (!ask.isEmpty()) {
			Set<String> found = existingInGraph.apply(ask);
			ask.forEach(id -> inGraph.put(id, found.contains(id)));
		}
		for (Pending reference : pending) {
			if (!inGraph.get(reference.reference().id())) {
				FactValidator.unknown(reference.origin(), reference.reference(), problems);
			}
		}
		pending.clear();
	}

	private void duplicate(String id, List<Place> later) {
		FactIndex.Location first = index.location(id);
		String firstPath = paths.getOrDefault(id, "");
		List<Place> all = new ArrayList<>();
		all.add(new Place(first.file(), first.line(), firstPath.isEmpty() ? "id" : firstPath + ".id"));
		all.addAll(later);
		for (Place place : all) {
			String others = all.stream()
				.filter(other -> other != place)
				.map(other -> other.file() + ":" + other.line())
				.collect(Collectors.joining(", "));
			problems.add(new Problem(place.file(), place.line(), place.field(), FactValidator.duplicateMessage(id, others)));
		}
	}

	/** Just what a problem about {@code reference} needs of the fact's origin, not every field's line. */
	private static Origin minimal(Origin origin, Reference reference) {
		return new Origin(origin.file(), origin.line(), origin.path(),
				Map.of(reference.field(), origin.lineOf(reference.field())));
	}

}
