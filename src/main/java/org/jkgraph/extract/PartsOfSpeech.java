package org.jkgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * OpenNLP's pretrained English part-of-speech model (Universal Dependencies tags: NOUN, VERB, PROPN, AUX, …), for
 * telling a trigger word read as a noun from one read as a verb ("the visit" and "will visit", "a protest" and "to
 * protest"). The model was measured at about 7 s per MB of text here, so the extractor tags only the sentences that
 * hold a trigger candidate and an actor — a small share of news text (docs/extraction.md).
 */
final class PartsOfSpeech {

	/** The model file inside {@code org.apache.opennlp:opennlp-models-pos-en}. */
	static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

	private final POSModel model;

	private PartsOfSpeech(POSModel model) {
		this.model = model;
	}

	static PartsOfSpeech fromClasspath() {
		try (InputStream in = PartsOfSpeech.class.getResourceAsStream(MODEL)) {
			if (in == null) {
				throw new IllegalStateException("OpenNLP part-of-speech model " + MODEL + " is missing from the classpath");
			}
			return new PartsOfSpeech(new POSModel(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the OpenNLP part-of-speech model " + MODEL, ex);
		}
	}

	/** A tagger for one extraction: the model is shared, POSTaggerME is not thread-safe. */
	Tagger tagger() {
		return new Tagger(new POSTaggerME(model, POSTagFormat.UD));
	}

	static final class Tagger {

		private final POSTaggerME tagger;

		private Tagger(POSTaggerME tagger) {
			this.tagger = tagger;
		}

		/**
		 * A full stop inside a sentence is an abbreviation's ("on Dec. 28 struck"); given to the model apart, it reads
		 * as a sentence end and the next verb as a noun. It is tagged joined to its word, and takes that word's tag.
		 */
		String[] tag(List<Token> tokens) {
			List<String> words = new java.util.ArrayList<>(tokens.size());
			int[] wordOf = new int[tokens.size()];
			for (int k = 0; k < tokens.size(); k++) {
				if (tokens.get(k).is(".") && k > 0 && k + 1 < tokens.size() && tokens.get(k - 1).isWord()) {
					words.set(words.size() - 1, words.getLast() + ".");
				}
				else {
					words.add(tokens.get(k).text());
				}
				wordOf[k] = words.size() - 1;
			}
			String[] joined = tagger.tag(words.toArray(String[]::new));
			String[] tags = new String[tokens.size()];
			for (int k = 0; k < tokens.size(); k++) {
				tags[k] = joined[wordOf[k]];
			}
			return tags;
		}

	}

}
