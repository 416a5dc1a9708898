package org.jkgraph.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jkgraph.facts.EventFact;
import org.jkgraph.facts.FactDate;
import org.jkgraph.facts.FactSet;
import org.jkgraph.facts.MeasureChange;
import org.jkgraph.model.MeasureChangeKind;
import org.jkgraph.facts.MeasureFact;
import org.jkgraph.facts.Participant;

/**
 * Which curated measure an event changes, and how ({@code seeds/lexicon/measures.yaml}): an event type that changes
 * measures, a sentence that names the measure, sides that fit it (the one who imposes export curbs is among its
 * imposers; a pact's actors are among its parties), and a date when the measure existed. The effective date is a
 * date the sentence marks as the day the change takes effect ("effective Aug. 28", "comes into force on …").
 */
final class MeasureLexicon {

	/** How far a measure's creation may lie from the first curated change of it. */
	private static final int CREATION_YEARS = 1;

	private static final Set<String> CREATING = Set.of("announce", "sign", "establish", "impose", "file");

	/** Changes a measure undergoes once: a second report of one is the first ("announce" can recur). */
	private static final Set<String> ONCE = Set.of("sign", "establish", "impose", "file");

	/** A type's default change, the verbs that make another, and the measure kinds it can change (any when empty). */
	private record TypeChanges(String change, Map<String, String> byVerb, Set<String> kinds) {

		boolean changesKind(MeasureFact measure) {
			return changesKind(measure.measureKind());
		}

		boolean changesKind(String kind) {
			return kinds.isEmpty() || kinds.contains(kind);
		}

	}

	private final Map<String, TypeChanges> types = new LinkedHashMap<>();

	private final Map<String, List<List<String>>> cues = new LinkedHashMap<>();

	private final Set<String> effective;

	private final Set<String> takingEffect;

	private final Map<String, MeasureFact> measures = new HashMap<>();

	private final Map<String, LocalDate> firstChange = new HashMap<>();

	/** The curated changes of each measure, with the date of the event that made each. */
	private final Map<String, List<Curated>> curatedChanges = new HashMap<>();

	/** A curated change of a measure and the date of the event that made it. */
	record Curated(MeasureChange change, FactDate eventDate, String eventType) {

		/** The day the change took effect as far as the curated data says: its effective date, else its event's. */
		FactDate day() {
			return change.effective() != null ? change.effective() : eventDate;
		}

	}

	/** A cue of a curated measure found in a sentence, tokens {@code first..last}. */
	record Cue(String measure, int first, int last) {
	}

	private final Actors actors;

	private final MeasurePhrases phrases;

	/**
	 * A change to a measure seeds lack: the phrase that names it, the change, and the sides of the event that made it
	 * (the acting ones impose it or are party to it, the others are its targets).
	 */
	record Unnamed(MeasurePhrases.Phrase phrase, String change, List<String> imposedBy, List<String> targets,
			String curated) {
	}

	/** The kind of a measure noun that names any kind ("the measures"): it refers back, it names no new measure. */
	private static final String ANY = "any";

	/** Measure kinds a phrase's head may name for one another ("agreement" for a security agreement). */
	private static final List<Set<String>> KIND_GROUPS = List.of(Set.of("agreement", "security_agreement",
			"information_sharing"), Set.of("sanction", "export_control"));

	/** Each curated measure's words: its name's, its topics', its cues' (country and function words aside). */
	private final Map<String, Set<String>> signatures = new LinkedHashMap<>();

	MeasureLexicon(Path seeds, FactSet facts, Actors actors) {
		this.actors = actors;
		Map<String, Object> file = LexiconFiles.read(seeds, "measures.yaml");
		List<String> problems = new ArrayList<>();
		LexiconFiles.map(file.get("types")).forEach((type, value) -> {
			Map<String, Object> fields = LexiconFiles.map(value);
			Map<String, String> byVerb = new HashMap<>();
			LexiconFiles.map(fields.get("verbs")).forEach((verb, change) -> byVerb.put(verb, String.valueOf(change)));
			String change = String.valueOf(fields.get("change"));
			for (String kind : concat(change, byVerb.values())) {
				if (MeasureChangeKind.byId(kind).isEmpty()) {
					problems.add("types." + type + ": unknown change '" + kind + "'");
				}
			}
			types.put(type, new TypeChanges(change, byVerb, Set.copyOf(LexiconFiles.strings(fields.get("kinds")))));
		});
		facts.all(MeasureFact.class).forEach(measure -> measures.put(measure.id(), measure));
		LexiconFiles.map(file.get("measures")).forEach((id, phrases) -> {
			if (!measures.containsKey(id)) {
				problems.add("measures: no curated measure '" + id + "'");
			}
			cues.put(id, LexiconFiles.strings(phrases).stream().map(LexiconFiles::words).toList());
		});
		this.phrases = new MeasurePhrases(LexiconFiles.map(file.get("candidates")));
		Set<String> countryWords = actors.countryWords();
		for (MeasureFact measure : measures.values()) {
			Set<String> words = new java.util.LinkedHashSet<>(MeasureScoring.contentWords(measure.name()));
			measure.topics().forEach(topic -> words.addAll(MeasureScoring.contentWords(topic)));
			cues.getOrDefault(measure.id(), List.of()).forEach(cue -> words.addAll(MeasureScoring.contentWords(String.join(" ", cue))));
			words.removeAll(countryWords);
			words.removeIf(word -> word.length() < 3 || word.chars().anyMatch(Character::isDigit));
			signatures.put(measure.id(), words);
		}
		this.takingEffect = Set.copyOf(LexiconFiles.strings(file.get("takingEffect")).stream().map(Tokenizer::lower).toList());
		this.effective = Set.copyOf(LexiconFiles.strings(file.get("effective")).stream().map(Tokenizer::lower).toList());
		for (EventFact event : facts.all(EventFact.class)) {
			for (MeasureChange change : event.measures()) {
				LocalDate day = (change.effective() != null ? change.effective() : event.date()).first();
				firstChange.merge(change.measure(), day, (a, b) -> a.isBefore(b) ? a : b);
				curatedChanges.computeIfAbsent(change.measure(), id -> new ArrayList<>()).add(new Curated(change, event.date(), event.type()));
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Invalid seeds/lexicon/measures.yaml:\n" + String.join("\n", problems));
		}
	}

	private static List<String> concat(String first, java.util.Collection<String> rest) {
		List<String> all = new ArrayList<>(rest);
		all.add(first);
		return all;
	}

	/**
	 * Whether a time expression is marked as the day a change takes effect: a word or two of {@code effective} right
	 * before it, or before the "on" that opens it ("effective Aug. 28", "takes effect on", "from July 4", "as of").
	 */
	boolean marksEffective(List<Token> tokens, TimeExpression time) {
		int k = time.first() - 1;
		if (k >= 0 && tokens.get(k).is("on")) {
			k--;
		}
		if (k < 0) {
			return false;
		}
		String one = tokens.get(k).lower();
		return effective.contains(one) || k > 0 && effective.contains(tokens.get(k - 1).lower() + " " + one);
	}

	/** Whether a sentence says that something takes effect ("takes effect", "comes into force", "becomes effective"). */
	boolean saysTakesEffect(List<Token> tokens) {
		return tokens.stream().anyMatch(token -> takingEffect.contains(token.lower()));
	}

	/** The curated measures a sentence names, in the lexicon's order. */
	List<String> namedIn(List<Token> tokens) {
		return cues.entrySet().stream().filter(measure -> named(tokens, measure.getValue())).map(Map.Entry::getKey).toList();
	}

	/** Whether an event of this type changes measures at all. */
	boolean changesMeasures(String type) {
		return types.containsKey(type);
	}

	/**
	 * The parties of the measure a sentence names, when an event of this type with no actor named changes it
	 * ("GSOMIA, inked in November 2016"): its parties, else its imposers.
	 */
	List<String> partiesNamed(String type, List<Token> tokens) {
		if (!types.containsKey(type)) {
			return List.of();
		}
		for (String id : namedIn(tokens)) {
			MeasureFact measure = measures.get(id);
			List<String> parties = !measure.parties().isEmpty() ? measure.parties() : measure.imposedBy();
			if (!parties.isEmpty()) {
				return parties;
			}
		}
		return List.of();
	}

	/** The changes an event of this type, read at this match, makes to curated measures named in the sentence. */
	List<MeasureChange> changes(String type, TriggerLexicon.Match match, List<Token> tokens, List<Participant> participants,
			FactDate date, FactDate effectiveDate) {
		return changes(type, match, tokens, participants, date, effectiveDate, List.of());
	}

	/**
	 * The same, and when the sentence names no measure but the trigger's own words name one generically ("lifted its
	 * restrictions"), the measures the document named last ({@code recent}, latest first) that fit.
	 */
	List<MeasureChange> changes(String type, TriggerLexicon.Match match, List<Token> tokens, List<Participant> participants,
			FactDate date, FactDate effectiveDate, List<String> recent) {
		List<MeasureChange> named = changesNamed(type, match, tokens, participants, date, effectiveDate);
		if (!named.isEmpty() || recent.isEmpty() || !match.pattern().text().contains("<") || !namedIn(tokens).isEmpty()) {
			return named;
		}
		TypeChanges kinds = types.get(type);
		if (kinds == null) {
			return List.of();
		}
		String change = partly(changeOf(kinds, tokens.get(match.first()).lower()), tokens, match);
		for (String id : recent) {
			if (kinds.changesKind(measures.get(id)) && fits(measures.get(id), participants) && existed(id, change, date)) {
				return List.of(new MeasureChange(id, change, effectiveDate));
			}
		}
		return List.of();
	}

	/**
	 * The measure seeds lack that an event of this type changes at this trigger, when the sentence names no curated
	 * measure: the trigger's measure phrase ({@link MeasurePhrases}) of a kind the type changes ("suspending discussions
	 * on a currency swap", "banned seafood from Japan"), with the change the verb makes.
	 *
	 * @param inTime whether a token lies inside a time expression
	 */
	Optional<Unnamed> unnamed(String type, TriggerLexicon.Match match, List<Token> tokens,
			List<Participant> participants, FactDate date, List<String> recent, java.util.function.IntPredicate inTime) {
		TypeChanges kinds = types.get(type);
		if (kinds == null || !namedIn(tokens).isEmpty()) {
			return Optional.empty();
		}
		String change = partly(changeOf(kinds, tokens.get(match.first()).lower()), tokens, match);
		return phrases.at(tokens, match, inTime).flatMap(phrase -> {
			// a phrase in a curated measure's own words is that measure; "the restrictions" the last one named
			List<String> bestOnes = curatedFitting(phrase, kinds, change, participants, date, recent);
			if (phrase.anaphoric()) {
				return bestOnes.stream().findFirst().map(id -> new Unnamed(phrase, change, List.of(), List.of(), id));
			}
			boolean kindChanged = kinds.changesKind(phrase.kind()) || KIND_GROUPS.stream()
				.anyMatch(group -> group.contains(phrase.kind()) && group.stream().anyMatch(kinds::changesKind));
			if (bestOnes.size() > 1 || bestOnes.isEmpty() && (!kindChanged || ANY.equals(phrase.kind()))) {
				// two curated measures fit as well: neither is named, and a candidate would stand beside them
				return Optional.empty();
			}
			String curated = bestOnes.isEmpty() ? null : bestOnes.getFirst();
			List<String> acting = new ArrayList<>();
			List<String> passive = new ArrayList<>();
			for (Participant participant : participants) {
				List<String> sides = Extractor.PASSIVE_ROLES.contains(participant.role()) ? passive : acting;
				String side = actors.side(participant.actor());
				if (!sides.contains(side) && !"observer".equals(participant.role())
						&& !"mediator".equals(participant.role())) {
					sides.add(side);
				}
			}
			passive.removeAll(acting);
			return Optional.of(new Unnamed(phrase, change, acting, passive, curated));
		});
	}

	/**
	 * The curated measures a phrase names: for an anaphoric one ("the restrictions"), those of {@code recent} that fit,
	 * latest first; otherwise those sharing the most words with it (two at least, or created on the date by a creating
	 * change). A measure fits when the type changes its kind, the phrase's head names that kind, the event's sides fit
	 * its imposers, targets or parties, and it existed on the date.
	 */
	private List<String> curatedFitting(MeasurePhrases.Phrase phrase, TypeChanges kinds, String change,
			List<Participant> participants, FactDate date, List<String> recent) {
		List<String> known = new ArrayList<>();
		for (String id : phrase.anaphoric() ? recent : List.copyOf(signatures.keySet())) {
			MeasureFact measure = measures.get(id);
			if (measure != null && kinds.changesKind(measure) && sameKind(phrase.kind(), measure.measureKind())
					&& fits(measure, participants) && existed(id, change, date)
					&& (phrase.anaphoric() || shared(phrase, id) >= 2 || createdOn(id, change, date))) {
				known.add(id);
			}
		}
		if (phrase.anaphoric()) {
			return known;
		}
		int best = known.stream().mapToInt(id -> shared(phrase, id)).max().orElse(0);
		return known.stream().filter(id -> shared(phrase, id) == best).toList();
	}

	/**
	 * The curated measure a name written in other words stands for, by the rules that read a sentence: a cue phrase of
	 * the measure inside the name ("GSOMIA"), or else the name's measure phrase ("China's ban on seafood imports from
	 * Japan": a ban) naming one curated measure better than any other ({@link #curatedFitting}). The evaluation reads
	 * the gold's {@code {measure: {name: …}}} with it: a gold file annotated before the curated data gained a measure
	 * names that measure by words, and a change the extractor links to it is a change of that curated measure.
	 *
	 * @param type the event's type: when the lexicon says which measure kinds it changes, only those
	 * @param date the change's date (effective, else the event's), for telling whether the measure existed
	 */
	Optional<String> curatedNamed(String name, String type, String change, List<Participant> participants,
			FactDate date) {
		TypeChanges kinds = types.getOrDefault(type, new TypeChanges(change, Map.of(), Set.of()));
		List<Token> tokens = Tokenizer.tokenize(name);
		return cued(tokens, kinds, change, participants, date).or(() -> phrases.named(tokens)
			.filter(phrase -> !phrase.anaphoric())
			.map(phrase -> curatedFitting(phrase, kinds, change, participants, date, List.of()))
			.filter(fitting -> fitting.size() == 1)
			.map(List::getFirst));
	}

	/**
	 * Whether a creating change ("signed a landmark deal") falls on the curated measure's creation: a measure of the
	 * kind, between the same sides, created within the date the text gives, is the one signed.
	 */
	private boolean createdOn(String measure, String change, FactDate date) {
		LocalDate first = firstChange.get(measure);
		return CREATING.contains(change) && first != null && date != null && date.precision() != org.jkgraph.facts.Precision.YEAR
				&& !first.isBefore(date.first()) && !first.isAfter(date.last());
	}

	private static boolean sameKind(String phraseKind, String measureKind) {
		return phraseKind.equals(measureKind) || ANY.equals(phraseKind)
				|| KIND_GROUPS.stream().anyMatch(group -> group.contains(phraseKind) && group.contains(measureKind));
	}

	/**
	 * How many of a phrase's content words are a curated measure's, its head counting also when it names the
	 * measure's very kind ("export curbs" for export controls: "export", and "curbs" naming an export control).
	 */
	private int shared(MeasurePhrases.Phrase phrase, String measure) {
		Set<String> signature = signatures.get(measure);
		List<String> words = MeasureScoring.contentWords(phrase.name()).stream().distinct().toList();
		int shared = (int) words.stream().filter(signature::contains).count();
		String head = MeasureScoring.contentWords(phrase.head()).stream().findFirst().orElse(phrase.head());
		boolean headOfKind = phrase.kind().equals(measures.get(measure).measureKind()) && !signature.contains(head);
		return shared + (headOfKind ? 1 : 0);
	}

	/** "partially lifted its restrictions": lifting in part is easing. */
	private static String partly(String change, List<Token> tokens, TriggerLexicon.Match match) {
		if (!change.equals("lift")) {
			return change;
		}
		for (int k = Math.max(0, match.first() - 2); k < match.first(); k++) {
			String word = tokens.get(k).lower();
			if (word.equals("partially") || word.equals("partly") || word.equals("partial")) {
				return "ease";
			}
		}
		return change;
	}

	private static String changeOf(TypeChanges kinds, String verb) {
		String change = kinds.change();
		for (Map.Entry<String, String> byVerb : kinds.byVerb().entrySet()) {
			if (Inflections.verb(byVerb.getKey(), irregularOf(byVerb.getKey())).contains(verb)) {
				change = byVerb.getValue();
			}
		}
		return change;
	}

	/** The few irregular verbs the change table names ("struck a deal"). */
	private static List<String> irregularOf(String verb) {
		return switch (verb) {
			case "strike" -> List.of("struck");
			case "withdraw" -> List.of("withdrew", "withdrawn");
			default -> List.of();
		};
	}

	private List<MeasureChange> changesNamed(String type, TriggerLexicon.Match match, List<Token> tokens,
			List<Participant> participants, FactDate date, FactDate effectiveDate) {
		TypeChanges kinds = types.get(type);
		if (kinds == null) {
			return List.of();
		}
		String change = partly(changeOf(kinds, tokens.get(match.first()).lower()), tokens, match);
		return cued(tokens, kinds, change, participants, date).map(id -> new MeasureChange(id, change, effectiveDate))
			.stream().toList();
	}

	/** One measure per change: the first (most specific) listed whose cue the words hold and that fits. */
	private Optional<String> cued(List<Token> tokens, TypeChanges kinds, String change,
			List<Participant> participants, FactDate date) {
		for (Map.Entry<String, List<List<String>>> measure : cues.entrySet()) {
			MeasureFact fact = measures.get(measure.getKey());
			if (named(tokens, measure.getValue()) && kinds.changesKind(fact) && fits(fact, participants)
					&& existed(measure.getKey(), change, date)) {
				return Optional.of(measure.getKey());
			}
		}
		return Optional.empty();
	}

	private static boolean named(List<Token> tokens, List<List<String>> phrases) {
		for (List<String> phrase : phrases) {
			for (int k = 0; k + phrase.size() <= tokens.size(); k++) {
				if (phraseAt(tokens, k, phrase)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether {@code phrase} stands at token {@code k} (its last word may be plural). */
	private static boolean phraseAt(List<Token> tokens, int k, List<String> phrase) {
		for (int i = 0; i < phrase.size(); i++) {
			String word = tokens.get(k + i).lower();
			if (!word.equals(phrase.get(i)) && !(i == phrase.size() - 1 && word.equals(phrase.get(i) + "s"))) {
				return false;
			}
		}
		return true;
	}

	/** The acting sides are among the measure's imposers or parties; the others among its targets or parties. */
	private boolean fits(MeasureFact measure, List<Participant> participants) {
		Set<String> imposers = new java.util.HashSet<>(measure.imposedBy());
		imposers.addAll(measure.parties());
		Set<String> others = new java.util.HashSet<>(measure.targets());
		others.addAll(measure.parties());
		boolean acting = false;
		for (Participant participant : participants) {
			String side = actors.side(participant.actor());
			boolean passive = Extractor.PASSIVE_ROLES.contains(participant.role());
			if (!passive && imposers.contains(side)) {
				acting = true;
			}
			if (passive && !others.contains(side) && !imposers.contains(side) && actors.isCountry(side)) {
				return false;
			}
			if (!passive && !imposers.contains(side) && actors.isCountry(side)) {
				return false;
			}
		}
		return acting;
	}

	/**
	 * Whether a change creates a measure that the curated data already has created more than a month away from this
	 * date: "Japan's imposition of restrictions" in a later report names that creation, it is no new one.
	 */
	boolean recreates(MeasureChange change, FactDate date) {
		LocalDate first = firstChange.get(change.measure());
		return first != null && ONCE.contains(change.change()) && date != null
				&& (date.first().isAfter(first.plusMonths(1)) || date.last().isBefore(first.minusMonths(1)));
	}

	/** The month of a measure's first curated change. */
	FactDate createdIn(String measure) {
		return FactDate.parse(java.time.YearMonth.from(firstChange.get(measure)).toString());
	}

	/** A measure cannot change before it exists: only a creating change may come first, and not years before. */
	boolean existed(String measure, String change, FactDate date) {
		LocalDate first = firstChange.get(measure);
		if (first == null || date == null) {
			return true;
		}
		if (CREATING.contains(change)) {
			return !date.last().isBefore(first.minusYears(CREATION_YEARS));
		}
		return !date.last().isBefore(first);
	}

	/** Where a sentence names curated measures by their cues: each cue found, in the order of the text. */
	List<Cue> cuesIn(List<Token> tokens) {
		List<Cue> found = new ArrayList<>();
		for (Map.Entry<String, List<List<String>>> measure : cues.entrySet()) {
			for (List<String> phrase : measure.getValue()) {
				for (int k = 0; k + phrase.size() <= tokens.size(); k++) {
					if (phraseAt(tokens, k, phrase)) {
						found.add(new Cue(measure.getKey(), k, k + phrase.size() - 1));
					}
				}
			}
		}
		found.sort(java.util.Comparator.comparingInt(Cue::first));
		return found;
	}

	/** The kind of a curated measure ({@code export_control}, {@code agreement}, …). */
	Optional<String> kindOf(String measure) {
		return Optional.ofNullable(measures.get(measure)).map(MeasureFact::measureKind);
	}

	/**
	 * The curated measure that words other than its cues name ("an arrangement for passing on warning data about
	 * the North's launches"): the words hold a measure noun, and share two content words or more with one curated measure
	 * of a kind the noun may name and more than with any other; a noun that refers back ("the system") names the
	 * measure the document named last ({@code recent}, latest first) of a kind it may name.
	 */
	Optional<String> paraphrased(List<Token> words, List<String> recent) {
		Optional<MeasurePhrases.Phrase> read = phrases.named(words);
		if (read.isEmpty()) {
			return Optional.empty();
		}
		MeasurePhrases.Phrase phrase = read.get();
		if (phrase.anaphoric()) {
			return recent.stream().filter(id -> measures.containsKey(id)
					&& sameKind(phrase.kind(), measures.get(id).measureKind())).findFirst();
		}
		List<String> content = words.stream().flatMap(token -> MeasureScoring.contentWords(token.text()).stream())
			.distinct().toList();
		int best = 0;
		List<String> bestOnes = new ArrayList<>();
		for (Map.Entry<String, Set<String>> signature : signatures.entrySet()) {
			if (!sameKind(phrase.kind(), measures.get(signature.getKey()).measureKind())) {
				continue;
			}
			int shared = (int) content.stream().filter(signature.getValue()::contains).count();
			if (shared > best) {
				best = shared;
				bestOnes.clear();
			}
			if (shared == best) {
				bestOnes.add(signature.getKey());
			}
		}
		return best >= 2 && bestOnes.size() == 1 ? Optional.of(bestOnes.getFirst()) : Optional.empty();
	}

	/**
	 * The event type that makes this change to a measure of this kind when nothing else in the sentence reports it:
	 * the first type of the lexicon whose default change it is and which changes the kind, else one that makes it
	 * with one of its verbs.
	 */
	Optional<String> typeMaking(String change, String kind) {
		return types.entrySet().stream()
			.filter(type -> type.getValue().change().equals(change) && type.getValue().changesKind(kind))
			.map(Map.Entry::getKey).findFirst()
			.or(() -> types.entrySet().stream()
				.filter(type -> type.getValue().byVerb().containsValue(change) && type.getValue().changesKind(kind))
				.map(Map.Entry::getKey).findFirst());
	}

	/**
	 * The curated change of a measure that a change read on this date is: the same change, its day within the date
	 * ("last July" for curbs in force from 4 July); with no date, the only such change.
	 */
	Optional<Curated> curatedChange(String measure, String change, FactDate date) {
		List<Curated> same = curatedChanges.getOrDefault(measure, List.of()).stream()
			.filter(curated -> curated.change().change().equals(change)).toList();
		if (date == null) {
			return same.size() == 1 ? Optional.of(same.getFirst()) : Optional.empty();
		}
		return same.stream().filter(curated -> curated.day().within(date)).findFirst();
	}

	/**
	 * A report's changes as the curated event it supports holds them: a change that event makes too, read on a date
	 * that holds the curated effective date, takes that date ("Tokyo restricted some shipments last July" supports the 1
	 * July decision whose curbs took effect on 4 July; "the lifting of the curbs on March 23" the 16 March decision
	 * that lifted them from the 23rd). Another day the text gives stays as read (the day of a decision, not of its
	 * notice).
	 *
	 * @param read the report's date, for a change read with no effective date of its own
	 */
	static List<MeasureChange> asCurated(List<MeasureChange> changes, FactDate read, EventFact supported) {
		return changes.stream().map(change -> {
			FactDate own = change.effective() != null ? change.effective() : read;
			if (own == null) {
				return change;
			}
			return supported.measures().stream()
				.filter(curated -> curated.measure().equals(change.measure()) && curated.change().equals(change.change())
						&& curated.effective() != null && curated.effective().within(own))
				.findFirst().orElse(change);
		}).toList();
	}

	/**
	 * A curated measure's sides as an event changing it names them: its imposers as initiators and its targets, or,
	 * for a measure with none, its parties as participants.
	 */
	List<Participant> sidesOf(String measure) {
		MeasureFact fact = measures.get(measure);
		List<Participant> sides = new ArrayList<>();
		if (fact == null) {
			return sides;
		}
		if (!fact.imposedBy().isEmpty()) {
			fact.imposedBy().forEach(actor -> sides.add(new Participant(actor, "initiator")));
			fact.targets().forEach(actor -> sides.add(new Participant(actor, "target")));
		}
		else {
			fact.parties().forEach(actor -> sides.add(new Participant(actor, "participant")));
		}
		return sides;
	}

}
