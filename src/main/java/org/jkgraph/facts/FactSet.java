package org.jkgraph.facts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jkgraph.model.FactKind;

/** The facts read from a set of files, in file order, with lookups by id, kind and record type. */
public final class FactSet {

	private final List<Fact> facts;

	/** The first fact with each id; {@link FactValidator} reports any later one as a duplicate. */
	private final Map<String, Fact> byId = new LinkedHashMap<>();

	public FactSet(List<Fact> facts) {
		this.facts = List.copyOf(facts);
		for (Fact fact : this.facts) {
			if (fact.id() != null) {
				byId.putIfAbsent(fact.id(), fact);
			}
		}
	}

	public List<Fact> all() {
		return facts;
	}

	/** The facts of one record type, e.g. {@code all(EventFact.class)}. */
	public <T extends Fact> List<T> all(Class<T> type) {
		return facts.stream().filter(type::isInstance).map(type::cast).toList();
	}

	public List<Fact> of(FactKind kind) {
		return facts.stream().filter(fact -> fact.kind().equals(kind)).toList();
	}

	public Optional<Fact> byId(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	public int size() {
		return facts.size();
	}

	/** How many facts of each kind, every kind of the standard model included. */
	public Map<FactKind, Integer> counts() {
		Map<FactKind, Integer> counts = new LinkedHashMap<>();
		for (FactKind kind : DefaultModel.get().kinds()) {
			counts.put(kind, 0);
		}
		facts.forEach(fact -> counts.merge(fact.kind(), 1, Integer::sum));
		return Collections.unmodifiableMap(counts);
	}

}
