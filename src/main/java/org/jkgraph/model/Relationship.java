package org.jkgraph.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a field becomes besides (or instead of) a property: a relationship of {@code type} between the fact and each
 * fact the field names. For a list of mappings (participants, offices, measure changes, citations) each mapping
 * becomes one relationship: its {@link #end} field names the other fact, its fields marked as properties become the
 * relationship's properties. Every relationship belongs to the fact that declares it (its {@code owner}) and has a
 * stable id, {@code owner:TYPE:other[:qualifier]}.
 */
public final class Relationship {

	private final String type;

	private final boolean inward;

	private String end;

	private Function<FactValues, String> qualifier;

	private final Map<String, Function<FactValues, Object>> derived = new LinkedHashMap<>();

	private boolean exceptSelf;

	private boolean numbered;

	private Relationship(String type, boolean inward) {
		this.type = type;
		this.inward = inward;
	}

	/** {@code (fact)-[:TYPE]->(other)}. */
	public static Relationship out(String type) {
		return new Relationship(type, false);
	}

	/** {@code (other)-[:TYPE]->(fact)}: an actor's participation is declared on the event but points at it. */
	public static Relationship in(String type) {
		return new Relationship(type, true);
	}

	/** For mappings: the nested field that names the fact at the other end. */
	public Relationship to(String field) {
		end = field;
		return this;
	}

	/**
	 * For mappings: what tells two relationships between the same facts apart (a participant's role); it ends the
	 * relationship's id.
	 */
	public Relationship qualifiedBy(Function<FactValues, String> qualifier) {
		this.qualifier = qualifier;
		return this;
	}

	/** Qualified by position: the first is 1 (citations, whose order matters). */
	public Relationship numbered() {
		numbered = true;
		return this;
	}

	/** A property computed from the mapping, such as the status a measure change leaves a measure in. */
	public Relationship derive(String property, Function<FactValues, Object> value) {
		derived.put(property, value);
		return this;
	}

	/** No relationship when the field names the fact itself (a country is its own country). */
	public Relationship exceptSelf() {
		exceptSelf = true;
		return this;
	}

	public String type() {
		return type;
	}

	public boolean isInward() {
		return inward;
	}

	public Optional<String> end() {
		return Optional.ofNullable(end);
	}

	Optional<Function<FactValues, String>> qualifier() {
		return Optional.ofNullable(qualifier);
	}

	boolean isNumbered() {
		return numbered;
	}

	Map<String, Function<FactValues, Object>> derived() {
		return derived;
	}

	boolean isExceptSelf() {
		return exceptSelf;
	}

}
