package org.jkgraph.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks raw bytes before extraction: they must be non-empty, within the size limit, UTF-8 and text rather than
 * binary (no NUL bytes, few control characters). Each failure is an {@link UnreadableTextException} saying what is
 * wrong, so that the command and the API can refuse the input in a sentence.
 */
public final class TextInput {

	/** Default limit per document; news articles are a few kilobytes, whole reports rarely over a megabyte. */
	public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

	private TextInput() {
	}

	public static String decode(byte[] bytes, String name, long maxBytes) {
		if (bytes.length > maxBytes) {
			throw new UnreadableTextException(UnreadableTextException.Reason.TOO_LARGE,
					name + " has " + bytes.length + " bytes; the limit is " + maxBytes);
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			boolean binary = looksBinary(bytes);
			throw new UnreadableTextException(binary ? UnreadableTextException.Reason.BINARY : UnreadableTextException.Reason.ENCODING,
					binary ? name + " is binary, not text" : name + " is not UTF-8 text (convert it to UTF-8 first)");
		}
		if (text.indexOf('\0') >= 0 || controlShare(text) > 0.05) {
			throw new UnreadableTextException(UnreadableTextException.Reason.BINARY, name + " is binary, not text");
		}
		if (text.startsWith("\uFEFF")) {
			// a byte-order mark would shift every offset by one
			text = " " + text.substring(1);
		}
		if (text.isBlank()) {
			throw new UnreadableTextException(UnreadableTextException.Reason.EMPTY, name + " is empty");
		}
		return text;
	}

	private static boolean looksBinary(byte[] bytes) {
		int n = Math.min(bytes.length, 8192);
		for (int i = 0; i < n; i++) {
			if (bytes[i] == 0) {
				return true;
			}
		}
		return false;
	}

	private static double controlShare(String text) {
		int n = Math.min(text.length(), 65536);
		int control = 0;
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
				control++;
			}
		}
		return n == 0 ? 0 : (double) control / n;
	}

}
