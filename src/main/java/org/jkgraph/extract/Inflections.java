package org.jkgraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Regular English inflections of the lexicon's words, so that the lexicon lists lemmas only. It over-generates
 * (both "droped" and "dropped"), which costs nothing: only forms that occur in text ever match. Irregular forms come
 * from the lexicon.
 */
final class Inflections {

	private Inflections() {
	}

	static Set<String> verb(String lemma, List<String> irregular) {
		Set<String> forms = new LinkedHashSet<>();
		forms.add(lemma);
		forms.add(thirdPerson(lemma));
		forms.addAll(past(lemma));
		forms.addAll(gerund(lemma));
		forms.addAll(irregular);
		return forms;
	}

	/** The forms that can be a past participle, for passives ("the curbs were lifted"). */
	static Set<String> participles(String lemma, List<String> irregular) {
		Set<String> forms = new LinkedHashSet<>(past(lemma));
		forms.addAll(irregular);
		return forms;
	}

	static Set<String> noun(String word) {
		Set<String> forms = new LinkedHashSet<>();
		forms.add(word);
		forms.add(thirdPerson(word));
		forms.add(word + "s");
		return forms;
	}

	private static String thirdPerson(String word) {
		if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ch") || word.endsWith("sh")) {
			return word + "es";
		}
		if (consonantY(word)) {
			return word.substring(0, word.length() - 1) + "ies";
		}
		return word + "s";
	}

	private static Set<String> past(String word) {
		Set<String> forms = new LinkedHashSet<>();
		if (word.endsWith("e")) {
			forms.add(word + "d");
		}
		else if (consonantY(word)) {
			forms.add(word.substring(0, word.length() - 1) + "ied");
		}
		else {
			forms.add(word + "ed");
			forms.add(word + word.charAt(word.length() - 1) + "ed");
		}
		return forms;
	}

	private static Set<String> gerund(String word) {
		Set<String> forms = new LinkedHashSet<>();
		if (word.endsWith("e") && !word.endsWith("ee")) {
			forms.add(word.substring(0, word.length() - 1) + "ing");
		}
		else {
			forms.add(word + "ing");
			forms.add(word + word.charAt(word.length() - 1) + "ing");
		}
		return forms;
	}

	private static boolean consonantY(String word) {
		return word.length() > 1 && word.endsWith("y") && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0;
	}

}
