package org.jkgraph.extract;

/** Defaults shared by the extract and evaluate entry points. */
final class Evaluate {

	/** Events whose merged confidence is below this are left out of the output. */
	static final double DEFAULT_MIN_CONFIDENCE = 0.5;

	private Evaluate() {
	}

}
