package org.jkgraph.facts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of fact, named as in fact files: singular in a JSON Lines {@code fact} field, plural as YAML lists. */
public enum FactKind {

	SOURCE("sources"), ACTOR("actors"), PLACE("places"), TOPIC("topics"), MEASURE("measures"), EVENT("events"),
	OBSERVATION("observations");

	private final String list;

	FactKind(String list) {
		this.list = list;
	}

	/** The kind as a JSON Lines {@code fact} field names it: {@code source}, {@code actor}, … */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The key of this kind's list in a YAML fact file: {@code sources}, {@code actors}, … */
	public String list() {
		return list;
	}

	/** "an actor", "a place": for messages. */
	String withArticle() {
		return ("aeiou".indexOf(id().charAt(0)) >= 0 ? "an " : "a ") + id();
	}

	static List<String> ids() {
		return Arrays.stream(values()).map(FactKind::id).toList();
	}

	static Optional<FactKind> byId(String id) {
		return Arrays.stream(values()).filter(kind -> kind.id().equals(id)).findFirst();
	}

}
