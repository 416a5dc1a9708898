package org.jkgraph.model;

import java.util.List;
import java.util.Map;

/**
 * The words a field may hold: a closed list declared with the model (actor kinds, roles, …), or a vocabulary kept
 * as data, such as the event types of {@code seeds/vocabulary/event-types.yaml}, whose entries carry attributes
 * (PLOVER category, CAMEO code, Goldstein score) that become properties of the facts using them.
 */
public interface Vocabulary {

	/** What one word is, for messages: {@code actor kind}, {@code event type}. */
	String name();

	List<String> words();

	default boolean contains(String word) {
		return words().contains(word);
	}

	/** What the vocabulary says about {@code word}, by attribute name; empty when nothing (or an unknown word). */
	default Map<String, Object> attributes(String word) {
		return Map.of();
	}

	static Vocabulary of(String name, String... words) {
		return new Closed(name, List.of(words));
	}

	/** A list of words declared in code. */
	record Closed(String name, List<String> words) implements Vocabulary {
	}

}
