package org.jkgraph.extract;

/** Input the extractor cannot read as text: empty, too large, binary or not UTF-8. Nothing is extracted or loaded. */
public class UnreadableTextException extends RuntimeException {

	public enum Reason {

		EMPTY, TOO_LARGE, BINARY, ENCODING

	}

	private final Reason reason;

	public UnreadableTextException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
