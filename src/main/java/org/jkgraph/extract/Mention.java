package org.jkgraph.extract;

/**
 * An actor or place named in a sentence, tokens {@code first..last}. {@code actor} is null for a place named as a
 * place ("in Tokyo"); {@code place} is set when the words also name a curated place. An {@link Kind#OFFICE} mention
 * ("the Japanese prime minister") names an office, {@code officeRole} of {@code actor}, whose holder depends on the
 * date. {@code possessive} when "'s" follows. A {@link Kind#CANDIDATE} carries the actor seeds lack.
 */
record Mention(int first, int last, String actor, String place, Kind kind, String officeRole, boolean possessive,
		CandidateActor candidate) {

	Mention(int first, int last, String actor, String place, Kind kind, String officeRole, boolean possessive) {
		this(first, last, actor, place, kind, officeRole, possessive, null);
	}

	enum Kind {

		/** A name or alias of the actor, titles included ("Prime Minister Fumio Kishida"). */
		NAME,
		/** A capital standing for its government ("Seoul said"). */
		METONYM,
		/** A demonym naming the government or people ("the Japanese government"). */
		DEMONYM,
		/** A demonym only describing a noun ("Japanese vessels"): an actor only right before a noun trigger. */
		MODIFIER,
		/** An office whose holder depends on the date. */
		OFFICE,
		/** A place named as a place. */
		PLACE,
		/** A titled person seeds lack ("Vice Foreign Minister Choi Jong-kun"): a candidate actor. */
		CANDIDATE

	}

	boolean isActor() {
		return actor != null && kind != Kind.PLACE && kind != Kind.MODIFIER;
	}

}
