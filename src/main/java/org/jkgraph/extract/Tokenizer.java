package org.jkgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into {@link Token}s with their offsets. Rule-based on purpose: OpenNLP's statistical tokenizer took
 * 2-3 s per MB here, the whole extractor's budget. Possessive {@code 's} and {@code n't} become tokens of their own,
 * abbreviations keep their dots ({@code U.S.}), and hyphenated names split where both sides are capitalised
 * ({@code Yoon-Kishida}) so that each name is found, while words like {@code four-year-old} stay whole.
 */
final class Tokenizer {

	private Tokenizer() {
	}

	static List<Token> tokenize(String text) {
		return tokenize(text, 0, text.length());
	}

	static List<Token> tokenize(String text, int from, int to) {
		List<Token> tokens = new ArrayList<>();
		int i = from;
		while (i < to) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || Character.isISOControl(c)) {
				i++;
			}
			else if (Character.isLetterOrDigit(c)) {
				i = word(text, i, to, tokens);
			}
			else if (isApostrophe(c) && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
					&& (i + 2 >= to || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
				add(tokens, text, i, i + 2);
				i += 2;
			}
			else {
				add(tokens, text, i, i + 1);
				i++;
			}
		}
		return tokens;
	}

	private static int word(String text, int start, int to, List<Token> tokens) {
		int j = start + 1;
		while (j < to) {
			char d = text.charAt(j);
			if (Character.isLetterOrDigit(d)) {
				j++;
				continue;
			}
			boolean letterNext = j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1));
			if (!letterNext) {
				break;
			}
			if (isApostrophe(d)) {
				// possessive: Japan's -> Japan + 's
				boolean possessive = (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
						&& (j + 2 >= to || !Character.isLetterOrDigit(text.charAt(j + 2)));
				if (possessive) {
					break;
				}
				j++;
			}
			else if (d == '-') {
				if (Character.isUpperCase(text.charAt(start)) && Character.isUpperCase(text.charAt(j + 1))) {
					break;
				}
				j++;
			}
			else if (d == '.') {
				// U.S, S.Korea-like abbreviations and decimals; "China.The" is two words
				boolean singleLetterBefore = j - 1 == start || !Character.isLetterOrDigit(text.charAt(j - 2))
						|| text.charAt(j - 2) == '.';
				boolean digits = Character.isDigit(text.charAt(j - 1)) && Character.isDigit(text.charAt(j + 1));
				if (!singleLetterBefore && !digits) {
					break;
				}
				j++;
			}
			else {
				break;
			}
		}
		// the closing dot of an abbreviation such as U.S.
		if (j < to && text.charAt(j) == '.' && j - start >= 3 && text.charAt(j - 2) == '.'
				&& Character.isLetter(text.charAt(j - 1))) {
			j++;
		}
		String lower = lower(text.substring(start, j));
		if (lower.endsWith("n't") && lower.length() > 3) {
			add(tokens, text, start, j - 3);
			add(tokens, text, j - 3, j);
		}
		else {
			add(tokens, text, start, j);
		}
		return j;
	}

	private static void add(List<Token> tokens, String text, int start, int end) {
		String surface = text.substring(start, end);
		tokens.add(new Token(surface, lower(surface), start, end));
	}

	static String lower(String text) {
		return text.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
	}

	static boolean isApostrophe(char c) {
		return c == '\'' || c == '\u2019';
	}

}
