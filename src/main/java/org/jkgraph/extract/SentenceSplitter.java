package org.jkgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits a document into sentences: first into lines (news text puts headlines, bylines and paragraphs on lines of
 * their own, which the model does not know), then each line with OpenNLP's pretrained English sentence model.
 * Footnote lines ({@code [3] "Title", site, …}) are references, not text, and are left out.
 */
final class SentenceSplitter {

	/** The model file inside {@code org.apache.opennlp:opennlp-models-sentdetect-en}. */
	static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

	private static final Pattern FOOTNOTE = Pattern.compile("^\\s*\\[\\d+\\]");

	private final SentenceModel model;

	private SentenceSplitter(SentenceModel model) {
		this.model = model;
	}

	static SentenceSplitter fromClasspath() {
		try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
			if (in == null) {
				throw new IllegalStateException("OpenNLP sentence model " + MODEL + " is missing from the classpath");
			}
			return new SentenceSplitter(new SentenceModel(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the OpenNLP sentence model " + MODEL, ex);
		}
	}

	/** "on Aug. 28": the model ends a sentence at a month's abbreviation followed by a number; that is one sentence. */
	private static Span[] joinedAtAbbreviations(String line, Span[] spans) {
		List<Span> joined = new ArrayList<>();
		for (Span span : spans) {
			Span last = joined.isEmpty() ? null : joined.getLast();
			String before = (last != null) ? line.substring(last.getStart(), last.getEnd()) : null;
			if (last != null && (MONTH_ABBREVIATION.matcher(before).find() && Character.isDigit(line.charAt(span.getStart()))
					|| PERSONAL_TITLE.matcher(before).find()
					// "at 9 a.m. | local time on 3 March": news sentences do not start in lower case
					|| Character.isLowerCase(line.charAt(span.getStart()))
					|| INITIALS.matcher(before).find() && TITLE_AFTER.matcher(line.substring(span.getStart())).find())) {
				joined.set(joined.size() - 1, new Span(last.getStart(), span.getEnd()));
			}
			else {
				joined.add(span);
			}
		}
		return joined.toArray(Span[]::new);
	}

	/**
	 * "a war shrine.A spokesman said": scraped pages often lose the space after a full stop, and the model then reads
	 * two sentences (or a whole paragraph) as one. A stop between a lower-case letter (or a closing quote or bracket)
	 * and a capitalised word ends a sentence; abbreviations ("U.S.") have capitals before the stop.
	 */
	private static Span[] splitAtGluedStops(String line, Span[] spans) {
		List<Span> split = new ArrayList<>();
		for (Span span : spans) {
			int start = span.getStart();
			Matcher glued = GLUED_STOP.matcher(line).region(span.getStart(), span.getEnd());
			while (glued.find()) {
				split.add(new Span(start, glued.end()));
				start = glued.end();
			}
			split.add(new Span(start, span.getEnd()));
		}
		return split.toArray(Span[]::new);
	}

	private static final Pattern GLUED_STOP = Pattern.compile("(?<=[a-z0-9\\)\\]\"\u201d\u2019])[.?!][\"\u201d\u2019]?(?=[A-Z][a-z])");

	/** "Mr. Abe", "Gen. Kim": a title that never ends a sentence. */
	private static final Pattern PERSONAL_TITLE = Pattern.compile("\\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col)\\.$");

	/** "U.S. President Donald Trump": initials the model ends a sentence at before a title or a body. */
	private static final Pattern INITIALS = Pattern.compile("\\b(?:[A-Z]\\.){2,}$");

	private static final Pattern TITLE_AFTER = Pattern.compile("^(?:President|Prime|Secretary|Ambassador|Minister|Foreign|"
			+ "Defense|Defence|Vice|Deputy|Special|Trade|Treasury|Army|Navy|Forces|Embassy|officials?|forces|troops)\\b");

	private static final Pattern MONTH_ABBREVIATION = Pattern.compile(
			"\\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.$");

	List<Sentence> split(String text) {
		// SentenceDetectorME keeps state between calls, so each document gets its own.
		SentenceDetectorME detector = new SentenceDetectorME(model);
		List<Sentence> sentences = new ArrayList<>();
		int paragraph = 0;
		int lineStart = 0;
		while (lineStart < text.length()) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			String line = text.substring(lineStart, lineEnd);
			if (!line.isBlank() && !FOOTNOTE.matcher(line).find()) {
				paragraph++;
				Span[] spans = splitAtGluedStops(line, joinedAtAbbreviations(line, detector.sentPosDetect(line)));
				for (Span span : spans) {
					int start = lineStart + span.getStart();
					int end = lineStart + span.getEnd();
					sentences.add(new Sentence(sentences.size() + 1, paragraph, start, end, text.substring(start, end),
							Tokenizer.tokenize(text, start, end)));
				}
			}
			lineStart = lineEnd + 1;
		}
		return sentences;
	}

}
