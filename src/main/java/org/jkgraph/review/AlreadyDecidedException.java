package org.jkgraph.review;

/** A different decision than the one asked for was already taken on this candidate; answered with 409. */
class AlreadyDecidedException extends RuntimeException {

	private final Decision decision;

	AlreadyDecidedException(Decision decision) {
		super("Candidate '" + decision.id() + "' was already " + decision.status()
				+ (decision.into() != null ? " into '" + decision.into() + "'" : "") + " on " + decision.decided()
				+ "; a decision is final");
		this.decision = decision;
	}

	Decision decision() {
		return decision;
	}

}
