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

		String[] tag(List<Token> tokens) {
			return tagger.tag(tokens.stream().map(Token::text).toArray(String[]::new));
		}

	}

}
