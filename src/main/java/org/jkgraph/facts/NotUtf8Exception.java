package org.jkgraph.facts;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A fact file (or posted body) that is not UTF-8 text. Read leniently it would be stored with U+FFFD in place of
 * what was meant, so it is refused instead, at the line of the first byte that is not UTF-8.
 */
public class NotUtf8Exception extends RuntimeException {

	private final transient Problem problem;

	NotUtf8Exception(Problem problem) {
		super(problem.toString());
		this.problem = problem;
	}

	public Problem problem() {
		return problem;
	}

	/**
	 * The first place {@code file} is not UTF-8, found by reading it again in blocks (a reader that failed on it
	 * read ahead, so its line is not where the bad byte is).
	 */
	static NotUtf8Exception in(java.nio.file.Path file, String name) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.allocate(1 << 16);
		CharBuffer out = CharBuffer.allocate(1 << 16);
		long offset = 0;
		int line = 1;
		try (java.io.InputStream stream = java.nio.file.Files.newInputStream(file)) {
			while (true) {
				int read = stream.read(in.array(), in.position(), in.remaining());
				boolean end = read < 0;
				in.limit(in.position() + Math.max(read, 0));
				in.position(0);
				int start = 0;
				CoderResult result = decoder.decode(in, out, end);
				for (int i = start; i < in.position(); i++) {
					if (in.get(i) == '\n') {
						line++;
					}
				}
				if (result.isError()) {
					return new NotUtf8Exception(new Problem(name, line, "",
							"not UTF-8 text (byte 0x%02X at offset %d); save the file as UTF-8"
								.formatted(in.get(in.position()) & 0xFF, offset + in.position())));
				}
				offset += in.position();
				in.compact();
				out.clear();
				if (end) {
					return new NotUtf8Exception(new Problem(name, line, "", "not UTF-8 text; save the file as UTF-8"));
				}
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException("Cannot read the fact file " + file, ex);
		}
	}

	/** {@code bytes} as text, or a {@link NotUtf8Exception} naming {@code name} and the line that is not UTF-8. */
	public static String decode(byte[] bytes, String name) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int at = in.position();
			int line = 1;
			for (int i = 0; i < at; i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			throw new NotUtf8Exception(new Problem(name, line, "", "not UTF-8 text (byte 0x%02X at offset %d); save the file as UTF-8"
				.formatted(bytes[at] & 0xFF, at)));
		}
		return out.flip().toString();
	}

}
