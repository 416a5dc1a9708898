package org.jkgraph.extract;

/**
 * What a sentence asserts about the event a trigger names. Only {@link #ASSERTED} and {@link #FUTURE} events are
 * reported: "will remove" is an announced step (reported, with less confidence), "did not apologise" and "expected
 * to revive" are not events at all.
 */
enum Modality {

	ASSERTED(1.0), FUTURE(0.9), SPECULATIVE(0), HABITUAL(0), ONGOING(0), NEGATED(0), QUOTED(0),
	/** "this summit", "that launch": an event the text already reported, named again. */
	MENTIONED(0);

	private final double weight;

	Modality(double weight) {
		this.weight = weight;
	}

	/** How much of the trigger's confidence survives; 0 for events that are not reported. */
	double weight() {
		return weight;
	}

	boolean reported() {
		return weight > 0;
	}

}
