package org.jkgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;

/**
 * Evaluative adjectives by polarity, grown from a few seed senses through WordNet's adjective clusters: calling an act
 * "regrettable", "unjustified" or "improper" voices criticism, calling it "welcome" or "constructive" praise, though no
 * verb of criticism or praise is used. Each class of triggers.yaml's {@code evaluations:} names seed senses
 * ({@code regrettable#1}, WordNet's adjective sense numbers, each chosen by its gloss); its words are the seed synsets'
 * words and, when a seed is the head of a cluster, the satellites WordNet lists as similar to it ("unacceptable" →
 * "objectionable", "exceptionable"). A satellite's head is not followed: "regrettable" leads to "unfortunate", whose
 * cluster holds "homeless" and "fatal"; nor are the satellites of a head with more than {@link #LARGEST}. Antonyms are not followed either ("positive" has "neutral" among them).
 *
 * <p>The classes are worked out once, when the lexicon is read, and the lexicon's patterns use them like any other
 * class ({@code call .. <negative>}).
 */
final class EvaluativeWords {

	/**
	 * A head with more satellites than this stands for too broad a meaning to follow ("illegal": "contraband",
	 * "penal", "hot"; "irresponsible": "carefree", "idle"); its own words still count.
	 */
	static final int LARGEST = 3;

	private EvaluativeWords() {
	}

	/**
	 * The classes triggers.yaml's {@code evaluations:} asks for, each a list of adjectives; an unknown sense is an error
	 * naming it.
	 */
	static Map<String, List<String>> classes(Map<String, Object> evaluations, WordNet wordNet) {
		Map<String, List<String>> classes = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		evaluations.forEach((name, seeds) -> {
			Set<String> words = new LinkedHashSet<>();
			for (String seed : LexiconFiles.strings(seeds)) {
				String[] parts = seed.split("#");
				List<Synset> senses = (parts.length == 2 && parts[1].matches("[1-9][0-9]?"))
						? wordNet.senses(POS.ADJECTIVE, parts[0]) : null;
				if (senses == null || Integer.parseInt(parts[1]) > senses.size()) {
					problems.add(seed + " (" + name + ") is not lemma#number of a WordNet adjective sense");
					continue;
				}
				Synset sense = senses.get(Integer.parseInt(parts[1]) - 1);
				add(sense, words);
				List<Pointer> similar = sense.getPointers(PointerType.SIMILAR_TO);
				if (isHead(sense) && similar.size() <= LARGEST) {
					for (Pointer pointer : similar) {
						add(target(pointer), words);
					}
				}
			}
			classes.put(name, List.copyOf(words));
		});
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Invalid evaluations in seeds/lexicon/triggers.yaml:\n" + String.join("\n", problems));
		}
		return classes;
	}

	/** A cluster's head has antonyms; its satellites have none of their own. */
	private static boolean isHead(Synset sense) {
		return sense.getWords().stream().anyMatch(word -> !word.getPointers(PointerType.ANTONYM).isEmpty());
	}

	/** One-word adjectives only: the lexicon matches tokens, and "too bad" says nothing about another's act. */
	private static void add(Synset synset, Set<String> words) {
		synset.getWords().stream().map(word -> word.getLemma()).filter(lemma -> lemma.matches("[a-z][a-z-]+"))
			.forEach(words::add);
	}

	private static Synset target(Pointer pointer) {
		try {
			return pointer.getTargetSynset();
		}
		catch (JWNLException ex) {
			throw new IllegalStateException("Cannot follow a WordNet pointer", ex);
		}
	}

}
