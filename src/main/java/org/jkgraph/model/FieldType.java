package org.jkgraph.model;

/** What a field of a fact file holds. */
public enum FieldType {

	/** Any scalar, as text. */
	TEXT("text"),
	/** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; the form gives the precision. */
	DATE("date"),
	NUMBER("number"),
	/** A whole number of at least 0. */
	COUNT("whole number"),
	TEXTS("list of text"),
	/** Text by language code: native spellings. */
	NAMES("text by language"),
	/** The id of another fact. */
	REF("id"),
	REFS("list of ids"),
	/** A mapping of nested fields. */
	OBJECT("mapping"),
	/** A list of mappings of nested fields. */
	OBJECTS("list of mappings"),
	/** Whatever the file says (a claimed value). */
	ANY("any value");

	private final String description;

	FieldType(String description) {
		this.description = description;
	}

	/** For the format table: {@code list of ids}. */
	public String description() {
		return description;
	}

}
