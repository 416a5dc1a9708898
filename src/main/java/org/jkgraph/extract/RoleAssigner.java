package org.jkgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jkgraph.facts.Participant;

/**
 * Who did what to whom, read from positions around a trigger as the lexicon's {@code roles} name them: the actors
 * left of it in its clause are its subject (with those coordinated by "and"), the first actor right of a verb its
 * object, actors after a preposition that preposition's slot, and the actor or demonym right before a noun its
 * possessor ("Yoon's visit", "North Korean missile launch"). Pronouns and "the two leaders" point back through the
 * {@link DiscourseMemory}; offices ("the Japanese prime minister") resolve to their holder on the event's day.
 */
final class RoleAssigner {

	private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "to", "with", "from", "by", "of", "for",
			"against", "between", "into", "over", "about", "toward", "towards", "after", "before", "during", "under",
			"across", "among", "amid", "near", "than", "like");

	private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "this", "that",
			"these", "those", "some", "both");

	private static final Set<String> LEFT_STOPS = Set.of(";", ":", "\u2014", "while", "whereas", "but", "because",
			"although", "though", "which", "who", "whose");

	/** Relative pronouns: the actor right before one is the subject of the clause it opens and of the one it interrupts. */
	private static final Set<String> RELATIVES = Set.of("who", "which", "whose");

	/**
	 * Verbs whose object noun names an event the subject takes part in ("held talks", "made a pledge", "released a
	 * strategy paper"): only after one does a noun trigger take the clause's subject.
	 */
	private static final Set<String> SUPPORT_VERBS = Set.of("hold", "holds", "held", "holding", "have", "has", "had",
			"make", "makes", "made", "conduct", "conducts", "conducted", "carry", "carried", "stage", "staged", "begin",
			"began", "start", "started", "launch", "launched", "release", "released", "publish", "published", "issue",
			"issued", "unveil", "unveiled", "adopt", "adopted", "sign", "signed", "attend", "attended", "host", "hosted",
			"pay", "paid", "file", "filed", "announce", "announced", "extend", "extended", "offer", "offered", "express",
			"expressed", "give", "gave", "deliver", "delivered", "join", "joined");

	private static final Set<String> RIGHT_STOPS = Set.of(",", ";", ":", "\u2014", "while", "whereas", "but", "because",
			"although", "though", "which", "who", "whose", "that", "when", "as");

	private static final Set<String> COORDINATION = Set.of("and", ",", "the", "both", "as", "well", "-", "its");

	private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");

	private static final Set<String> THING_PRONOUNS = Set.of("it");

	private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its");

	/** The tokens, mentions and quotation marks of one sentence, with the mention starting or ending at each token. */
	record View(List<Token> tokens, List<Mention> mentions, boolean[] quoted, Mention[] startingAt, Mention[] endingAt) {

		static View of(List<Token> tokens, List<Mention> mentions) {
			Mention[] starting = new Mention[tokens.size()];
			Mention[] ending = new Mention[tokens.size()];
			for (Mention mention : mentions) {
				starting[mention.first()] = mention;
				ending[mention.last()] = mention;
			}
			return new View(tokens, mentions, ModalityReader.quoted(tokens), starting, ending);
		}

		/** A quotation mark that opens or closes a quoted statement (not a quoted phrase): a clause boundary. */
		boolean isStatementQuote(int k) {
			return ModalityReader.isQuoteMark(tokens.get(k)) && (k > 0 && quoted[k - 1] || k + 1 < quoted.length && quoted[k + 1]);
		}

		/** Actors named before token {@code index}, for pronouns in this sentence. */
		List<String> actorsBefore(int index) {
			return mentions.stream().filter(m -> m.last() < index && m.isActor() && m.kind() != Mention.Kind.OFFICE)
				.map(Mention::actor)
				.toList();
		}

	}

	private final Actors actors;

	private final Cues cues;

	private final java.util.function.Function<String, String> governmentAt;

	RoleAssigner(Actors actors, Cues cues, java.util.function.Function<String, String> governmentAt) {
		this.actors = actors;
		this.cues = cues;
		this.governmentAt = governmentAt;
	}

	/** The participants the trigger's roles give, each actor once (its first role). */
	List<Participant> assign(View view, TriggerLexicon.Match match, DiscourseMemory memory, LocalDate day) {
		List<Participant> participants = new ArrayList<>();
		var roles = match.entry().roles();
		boolean verb = match.pattern().verb();
		String subjectSlot = match.passive() ? "object" : "subject";
		boolean subjectTakesPart = verb;
		if (!verb) {
			List<String> possessors = possessors(view, match.first(), memory, day);
			// actors inside the noun phrase: "joint US-South Korean exercises"
			for (int k = match.first() + 1; k < match.last(); k++) {
				Mention inside = view.startingAt()[k];
				if (inside != null && inside.actor() != null && inside.kind() != Mention.Kind.PLACE) {
					resolve(inside, day).ifPresent(possessors::add);
				}
			}
			for (String actor : possessors) {
				add(participants, roles.get("possessor"), actor);
			}
			// "Abe said Pyongyang's tests…", "Moon praised the relief fund": a noun's event is
			// the clause subject's only when a support verb makes it so ("held talks", "said in a strategy paper")
			subjectTakesPart = possessors.isEmpty() && supported(view.tokens(), match.first());
		}
		if (subjectTakesPart) {
			for (String actor : subjects(view, match.first(), memory, day)) {
				add(participants, roles.get(subjectSlot), actor);
			}
		}
		// a noun only when indefinite ("during a bilateral meeting"): "after the meeting" points back to another one
		if (participants.isEmpty() && (verb || !supported(view.tokens(), match.first()) && indefinite(view.tokens(), match.first()))) {
			String role = verb ? roles.get(subjectSlot) : roles.getOrDefault("possessor", roles.get("subject"));
			for (String actor : frontedSubjects(view, match.first(), day)) {
				add(participants, role, actor);
			}
		}
		right(view, match, memory, day, participants);
		if (verb && participants.stream().allMatch(p -> Extractor.PASSIVE_ROLES.contains(p.role()))) {
			agentInCapital(view, match).ifPresent(agent -> add(participants, roles.get("subject"), agent));
		}
		return participants;
	}

	private void add(List<Participant> participants, String role, String actor) {
		if (role != null && actor != null && participants.stream().noneMatch(p -> p.actor().equals(actor))) {
			participants.add(new Participant(actor, role));
		}
	}

	/** Whether a support verb ("held a trilateral dialogue") or "in a"/"in its" ("in a strategy paper") leads to the noun. */
	private static boolean supported(List<Token> tokens, int first) {
		int k = first - 1;
		int modifiers = 0;
		while (k >= 0 && modifiers <= 4) {
			Token token = tokens.get(k);
			if (ModalityReader.isQuoteMark(token)) {
				k--;
				continue;
			}
			if (SUPPORT_VERBS.contains(token.lower())) {
				return true;
			}
			if (DETERMINERS.contains(token.lower())) {
				return k > 0 && (SUPPORT_VERBS.contains(tokens.get(k - 1).lower())
						|| tokens.get(k - 1).is("in") && !token.is("the"));
			}
			if (!token.isWord() && !token.is("-") || PREPOSITIONS.contains(token.lower())) {
				return false;
			}
			modifiers++;
			k--;
		}
		return false;
	}

	/** The actor(s) right before a noun: a possessive, a demonym or name used as a modifier, a possessive pronoun. */
	private List<String> possessors(View view, int first, DiscourseMemory memory, LocalDate day) {
		List<String> found = new ArrayList<>();
		int k = first - 1;
		int words = 0;
		while (k >= 0 && words <= 4) {
			Token token = view.tokens().get(k);
			if (ModalityReader.isQuoteMark(token)) {
				k--;
				continue;
			}
			Mention mention = view.endingAt()[k];
			if (token.is("'s") && k > 0 && view.endingAt()[k - 1] != null) {
				mention = view.endingAt()[k - 1];
			}
			if (mention != null && mention.actor() != null && mention.kind() != Mention.Kind.PLACE) {
				resolve(mention, day).ifPresent(found::add);
				k = mention.first() - 1;
				// "US-South Korean exercises", "Japan and South Korea's talks"
				if (k >= 0 && (view.tokens().get(k).is("-") || view.tokens().get(k).is("and"))) {
					k--;
					continue;
				}
				break;
			}
			if (token.is("their")) {
				// "after their meeting in Seoul": the last two people named, of two sides
				found.addAll(memory.twoPeople(view.actorsBefore(k)));
				break;
			}
			if (POSSESSIVE_PRONOUNS.contains(token.lower())) {
				Optional<String> ahead = token.is("its") ? Optional.empty() : cataphor(view, k, day);
				if (ahead.isPresent()) {
					found.add(ahead.get());
					break;
				}
				List<String> before = view.actorsBefore(k);
				Optional<String> subject = token.is("its") ? Optional.empty() : sentenceSubject(view, k, day);
				(subject.isPresent() ? subject : token.is("its") ? memory.thing(before) : memory.person(before))
					.ifPresent(found::add);
				break;
			}
			if (DETERMINERS.contains(token.lower()) || PREPOSITIONS.contains(token.lower()) || !token.isWord()
					&& !token.is("-")) {
				break;
			}
			words++;
			k--;
		}
		return found;
	}

	/**
	 * "Kang laughed during the talks with Motegi on his maiden journey": "his" is the person the sentence is about, its
	 * opening subject, before any person named later in it.
	 */
	private Optional<String> sentenceSubject(View view, int pronoun, LocalDate day) {
		for (Mention mention : view.mentions()) {
			if (mention.first() >= pronoun) {
				break;
			}
			if (mention.first() <= 1 && mention.isActor()) {
				Optional<String> actor = resolve(mention, day);
				return actor.filter(actors::isPerson);
			}
		}
		return Optional.empty();
	}

	/**
	 * "During a two-way meeting on 3 May, Chung and Motegi agreed …", "Since being sworn in in May, Yoon …": an
	 * event named in a fronted phrase, with no actor of its own there, is the main clause subject's.
	 */
	List<String> frontedSubjects(View view, int trigger, LocalDate day) {
		List<Token> tokens = view.tokens();
		// a fronted phrase: "During …,", "Since …,", "Speaking over the phone …,"
		if (tokens.isEmpty() || !(PREPOSITIONS.contains(tokens.getFirst().lower()) || tokens.getFirst().is("since")
				|| tokens.getFirst().is("while") || tokens.getFirst().is("when") || tokens.getFirst().lower().endsWith("ing"))) {
			return List.of();
		}
		int comma = 0;
		while (comma < tokens.size() && !tokens.get(comma).is(",")) {
			comma++;
		}
		if (trigger >= comma || comma + 1 >= tokens.size()) {
			return List.of();
		}
		int k = comma + 1;
		if (k < tokens.size() && DETERMINERS.contains(tokens.get(k).lower()) && view.startingAt()[k] == null) {
			k++;
		}
		Mention subject = (k < tokens.size()) ? view.startingAt()[k] : null;
		if (subject == null || !subject.isActor()) {
			return List.of();
		}
		List<String> found = new ArrayList<>();
		resolve(subject, day).ifPresent(found::add);
		// "Yun and his Japanese counterpart Kishida"
		int next = subject.last() + 1;
		while (next + 1 < tokens.size() && (tokens.get(next).is("and") || tokens.get(next).is(","))) {
			int m = next + 1;
			while (m < tokens.size() && m <= next + 4 && view.startingAt()[m] == null && tokens.get(m).isWord()) {
				m++;
			}
			Mention other = (m < tokens.size()) ? view.startingAt()[m] : null;
			if (other == null || !other.isActor()) {
				break;
			}
			resolve(other, day).ifPresent(found::add);
			next = other.last() + 1;
		}
		return found;
	}

	/**
	 * "The proposal was welcomed in Tokyo", "was condemned in Seoul": an agentless passive placed in a capital is that
	 * capital's government's act.
	 */
	private Optional<String> agentInCapital(View view, TriggerLexicon.Match match) {
		List<Token> tokens = view.tokens();
		int head = match.head();
		boolean passive = tokens.get(head).lower().endsWith("ed") && head > 0
				&& (BE_FORMS.contains(tokens.get(head - 1).lower())
						|| head > 1 && tokens.get(head - 1).lower().endsWith("ly") && BE_FORMS.contains(tokens.get(head - 2).lower()));
		if (!passive || head + 2 >= tokens.size() || !tokens.get(head + 1).is("in")) {
			return Optional.empty();
		}
		Mention place = view.startingAt()[head + 2];
		return (place != null && place.place() != null) ? Optional.ofNullable(governmentAt.apply(place.place()))
				: Optional.empty();
	}

	private static final Set<String> BE_FORMS = Set.of("was", "were", "is", "are", "been", "be");

	/** Whether "a" or "an" opens the noun phrase ending in the trigger at {@code first}. */
	private static boolean indefinite(List<Token> tokens, int first) {
		for (int k = first - 1; k >= 0 && k >= first - 4; k--) {
			if (tokens.get(k).is("a") || tokens.get(k).is("an") || tokens.get(k).is("A") || tokens.get(k).is("An")) {
				return true;
			}
			if (!tokens.get(k).isWord() || DETERMINERS.contains(tokens.get(k).lower()) || PREPOSITIONS.contains(tokens.get(k).lower())) {
				return false;
			}
		}
		return false;
	}

	/** Whether a clause's subject starts at k: a determiner, a pronoun or a name (not "that summit"). */
	private static boolean startsClause(View view, int k) {
		Token token = view.tokens().get(k);
		return DETERMINERS.contains(token.lower()) && !token.is("that") || PERSON_PRONOUNS.contains(token.lower())
				|| token.is("they") || token.is("it") || token.is("we") || view.startingAt()[k] != null
				|| token.isCapitalised();
	}

	/**
	 * "During his first official visit to Japan, Lee met Ishiba": a possessive pronoun in a fronted phrase points ahead
	 * to the person heading the main clause after the comma.
	 */
	private Optional<String> cataphor(View view, int pronoun, LocalDate day) {
		List<Token> tokens = view.tokens();
		if (tokens.isEmpty() || !PREPOSITIONS.contains(tokens.getFirst().lower())) {
			return Optional.empty();
		}
		int comma = pronoun;
		while (comma < tokens.size() && !tokens.get(comma).is(",")) {
			comma++;
		}
		if (comma + 1 >= tokens.size()) {
			return Optional.empty();
		}
		for (int k = 0; k < pronoun; k++) {
			if (tokens.get(k).is(",")) {
				return Optional.empty();
			}
		}
		Mention subject = view.startingAt()[comma + 1];
		if (subject == null && comma + 2 < tokens.size() && DETERMINERS.contains(tokens.get(comma + 1).lower())) {
			subject = view.startingAt()[comma + 2];
		}
		if (subject != null && subject.isActor()) {
			Optional<String> actor = resolve(subject, day);
			if (actor.isPresent() && actors.isPerson(actor.get())) {
				return actor;
			}
		}
		return Optional.empty();
	}

	/** The subject: the nearest actor left of the trigger in its clause, with those coordinated with it. */
	List<String> subjects(View view, int first, DiscourseMemory memory, LocalDate day) {
		List<String> found = new ArrayList<>();
		// "…, overturning a lower court ruling": a participle after a comma shares the main clause's subject
		if (first > 0 && view.tokens().get(first - 1).is(",") && view.tokens().get(first).lower().endsWith("ing")) {
			for (Mention mention : view.mentions()) {
				if (mention.first() < first && isSubject(view, mention)) {
					resolve(mention, day).ifPresent(found::add);
					return found;
				}
			}
			return found;
		}
		int k = first - 1;
		boolean quotedTrigger = first < view.quoted().length && view.quoted()[first];
		boolean commaSince = false;
		while (k >= 0) {
			Token token = view.tokens().get(k);
			if (RELATIVES.contains(token.lower())) {
				// "the workers who sued the firm oppose…", "Abe, a former premier, who …, toured": the actor
				// before the relative pronoun is the subject; past a closed relative clause the search goes on
				int antecedent = (k > 0 && view.tokens().get(k - 1).is(",")) ? k - 2 : k - 1;
				Mention mention = (antecedent >= 0) ? view.endingAt()[antecedent] : null;
				if (mention != null && isSubject(view, mention)) {
					resolve(mention, day).ifPresent(found::add);
					coordinated(view, mention.first() - 1, day, found);
					return found;
				}
				if (!commaSince) {
					break;
				}
				k = antecedent;
				continue;
			}
			if (LEFT_STOPS.contains(token.lower()) || view.isStatementQuote(k) && !quotedTrigger) {
				break;
			}
			// "over the fact that the leaders of Japan visited …", "said that Tokyo …": a complement clause has its own subject
			if (token.is("that") && k + 1 < first && startsClause(view, k + 1)) {
				break;
			}
			if (token.is(",")) {
				commaSince = true;
			}
			if (view.quoted()[k] && !quotedTrigger) {
				k--;
				continue;
			}
			Mention mention = view.endingAt()[k];
			if (mention != null) {
				if (isSubject(view, mention)) {
					resolve(mention, day).ifPresent(found::add);
					coordinated(view, mention.first() - 1, day, found);
					return found;
				}
				k = mention.first() - 1;
				continue;
			}
			List<String> plural = plural(view, k, memory, day);
			if (!plural.isEmpty()) {
				return plural;
			}
			// "The ministry urged …", "the court ruled": a definite description of a body named before
			int article = (k > 1 && view.tokens().get(k - 1).isWord() && !view.tokens().get(k - 1).lower().equals("the"))
					? k - 2 : k - 1;
			if (DiscourseMemory.describes(token.lower()) && article >= 0 && view.tokens().get(article).lower().equals("the")) {
				Optional<String> described = memory.described(view.actorsBefore(article), token.lower());
				if (described.isPresent()) {
					found.add(described.get());
					return found;
				}
			}
			if (PERSON_PRONOUNS.contains(token.lower())) {
				memory.person(view.actorsBefore(k)).ifPresent(found::add);
				return found;
			}
			if (token.is("they") || token.is("They")) {
				// "The two leaders met in Nara. They agreed …": the last two leaders named, when they lead two countries
				List<String> leaders = memory.twoLeaders(view.actorsBefore(k), day);
				if (leaders.size() == 2 && !actors.side(leaders.get(0)).equals(actors.side(leaders.get(1)))) {
					return new ArrayList<>(leaders);
				}
				return found;
			}
			if (THING_PRONOUNS.contains(token.lower())) {
				memory.thing(view.actorsBefore(k)).ifPresent(found::add);
				return found;
			}
			k--;
		}
		return found;
	}

	private void coordinated(View view, int from, LocalDate day, List<String> found) {
		int k = from;
		while (k >= 0 && COORDINATION.contains(view.tokens().get(k).lower())) {
			k--;
			if (k >= 0 && view.endingAt()[k] != null && isSubject(view, view.endingAt()[k])) {
				Mention mention = view.endingAt()[k];
				resolve(mention, day).ifPresent(found::add);
				k = mention.first() - 1;
			}
		}
	}

	private boolean isSubject(View view, Mention mention) {
		if (!mention.isActor() || mention.possessive()) {
			return false;
		}
		// "of Japan's ruling Liberal Democratic Party": an actor inside a prepositional phrase is not a subject
		int before = mention.first() - 1;
		for (int modifiers = 0; before >= 0 && modifiers < 4; modifiers++) {
			Token token = view.tokens().get(before);
			if (DETERMINERS.contains(token.lower())) {
				before--;
				break;
			}
			Mention possessive = token.is("'s") && before > 0 ? view.endingAt()[before - 1] : null;
			if (possessive != null) {
				before = possessive.first() - 1;
			}
			else if (token.isWord() && !token.isCapitalised() && !PREPOSITIONS.contains(token.lower())
					&& modifierLike(token.lower())) {
				before--;
			}
			else {
				break;
			}
		}
		// "after Tillerson met Yun": a subordinator heads a clause whose subject the actor is, not a phrase
		return before < 0 || !PREPOSITIONS.contains(view.tokens().get(before).lower())
				|| SUBORDINATING.contains(view.tokens().get(before).lower()) && mention.last() + 1 < view.tokens().size()
						&& view.tokens().get(mention.last() + 1).isWord() && !PREPOSITIONS.contains(view.tokens().get(mention.last() + 1).lower());
	}

	private static final Set<String> SUBORDINATING = Set.of("after", "before", "since", "until");

	/** A word that may stand between a preposition and a name: not a verb form ("said", "visited", "welcomed"). */
	private static boolean modifierLike(String word) {
		return !word.endsWith("ed") && !word.endsWith("s") || word.equals("main") || word.endsWith("ss");
	}

	/** "the two leaders", "both countries" ending at token k. */
	private List<String> plural(View view, int k, DiscourseMemory memory, LocalDate day) {
		for (List<String> phrase : cues.twoLeaders()) {
			if (endsAt(view.tokens(), k, phrase)) {
				return memory.twoLeaders(view.actorsBefore(k - phrase.size() + 1), day);
			}
		}
		for (List<String> phrase : cues.twoCountries()) {
			if (endsAt(view.tokens(), k, phrase)) {
				return memory.twoCountries(view.actorsBefore(k - phrase.size() + 1));
			}
		}
		for (List<String> phrase : cues.threeLeaders()) {
			if (endsAt(view.tokens(), k, phrase)) {
				return memory.threeLeaders(view.actorsBefore(k - phrase.size() + 1), day);
			}
		}
		for (List<String> phrase : cues.threeCountries()) {
			if (endsAt(view.tokens(), k, phrase)) {
				return memory.countries(view.actorsBefore(k - phrase.size() + 1), 3);
			}
		}
		return List.of();
	}

	/** Actors right of the trigger in its clause: the object of a verb, and prepositional slots. */
	private void right(View view, TriggerLexicon.Match match, DiscourseMemory memory, LocalDate day,
			List<Participant> participants) {
		var roles = match.entry().roles();
		boolean objectTaken = !match.pattern().verb() || match.passive();
		int k = (match.pattern().verb() ? match.head() : match.last()) + 1;
		String lastSlot = null;
		int lastEnd = -1;
		while (k < view.tokens().size()) {
			Token token = view.tokens().get(k);
			if ((RIGHT_STOPS.contains(token.lower()) || view.isStatementQuote(k)) && k > match.last()) {
				break;
			}
			Mention mention = view.startingAt()[k];
			List<String> actorsHere = new ArrayList<>();
			int end = k;
			if (mention != null && mention.isActor() && !view.quoted()[k] && mention.possessive() && mention.last() + 2 < view.tokens().size()
					&& view.startingAt()[mention.last() + 2] != null && view.startingAt()[mention.last() + 2].isActor()) {
				// "with Japan's premier Suga": the possessor only says whose the person is
				k = mention.last() + 2;
				continue;
			}
			if (mention != null && mention.isActor() && !view.quoted()[k]) {
				resolve(mention, day).ifPresent(actorsHere::add);
				end = mention.last();
			}
			else {
				for (List<String> phrase : cues.twoCountries()) {
					if (startsAt(view.tokens(), k, phrase)) {
						actorsHere.addAll(memory.twoCountries(view.actorsBefore(k)));
						end = k + phrase.size() - 1;
						break;
					}
				}
			}
			if (!actorsHere.isEmpty()) {
				String preposition = prepositionBefore(view.tokens(), k);
				// "called on Yoon", "met with Kishida": the trigger's own preposition leads to its object
				if (preposition != null && match.pattern().verb() && !objectTaken && k - match.last() <= 2
						&& view.tokens().get(match.last()).lower().equals(preposition)) {
					preposition = null;
				}
				String slot = (preposition != null) ? preposition : (objectTaken ? null : "object");
				// "met Yun and Kishida", "with Kishida, center, and Yoon": a coordinated actor shares the slot
				if (preposition == null && lastSlot != null && coordinatedSince(view.tokens(), lastEnd + 1, k)) {
					slot = lastSlot;
				}
				if (match.passive() && "by".equals(preposition)) {
					slot = "subject";
				}
				if (slot != null) {
					objectTaken |= slot.equals("object");
					String role = roles.get(slot);
					actorsHere.forEach(actor -> add(participants, role, actor));
				}
				lastSlot = slot;
				lastEnd = end;
			}
			k = end + 1;
		}
	}

	/** Whether only "and", commas and a short aside ("center") stand between two actors. */
	private static boolean coordinatedSince(List<Token> tokens, int from, int to) {
		boolean and = false;
		for (int k = from; k < to; k++) {
			String word = tokens.get(k).lower();
			and |= word.equals("and") || word.equals(",");
			if (!word.equals("and") && !word.equals(",") && !word.equals("as") && !word.equals("well")
					&& !(to - from <= 4 && tokens.get(k).isWord() && !tokens.get(k).isCapitalised() && !RIGHT_STOPS.contains(word)
							&& !PREPOSITIONS.contains(word))) {
				return false;
			}
		}
		return and;
	}

	private static String prepositionBefore(List<Token> tokens, int k) {
		int before = k - 1;
		while (before >= 0 && DETERMINERS.contains(tokens.get(before).lower())) {
			before--;
		}
		if (before >= 0 && PREPOSITIONS.contains(tokens.get(before).lower())) {
			return tokens.get(before).lower();
		}
		return null;
	}

	/** The actor a mention stands for on {@code day}: an office's holder, otherwise the actor named. */
	Optional<String> resolve(Mention mention, LocalDate day) {
		if (mention.kind() == Mention.Kind.OFFICE) {
			return actors.holder(mention.officeRole(), mention.actor(), day);
		}
		return Optional.ofNullable(mention.actor());
	}

	private static boolean endsAt(List<Token> tokens, int k, List<String> phrase) {
		return startsAt(tokens, k - phrase.size() + 1, phrase);
	}

	private static boolean startsAt(List<Token> tokens, int start, List<String> phrase) {
		if (start < 0 || start + phrase.size() > tokens.size()) {
			return false;
		}
		for (int i = 0; i < phrase.size(); i++) {
			if (!tokens.get(start + i).lower().equals(phrase.get(i))) {
				return false;
			}
		}
		return true;
	}

}
