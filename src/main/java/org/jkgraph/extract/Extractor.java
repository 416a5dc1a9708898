package org.jkgraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jkgraph.facts.Citation;
import org.jkgraph.facts.EventFact;
import org.jkgraph.facts.EventType;
import org.jkgraph.facts.EventTypes;
import org.jkgraph.facts.Evidence;
import org.jkgraph.facts.FactDate;
import org.jkgraph.facts.FactFile;
import org.jkgraph.facts.FactFiles;
import org.jkgraph.facts.FactReader;
import org.jkgraph.facts.FactReading;
import org.jkgraph.facts.FactSet;
import org.jkgraph.facts.FactValidator;
import org.jkgraph.facts.MeasureChange;
import org.jkgraph.facts.Participant;
import org.jkgraph.facts.Precision;
import org.jkgraph.facts.Problem;
import org.jkgraph.facts.SourceFact;

/**
 * Turns documents into candidate facts: sentences, actors from the curated gazetteer, triggers from the lexicon,
 * modality, roles and dates, then one event per real event (merged across sentences and documents, and with the
 * curated events when asked). The result always passes {@link FactValidator} with the curated ids allowed; anything
 * else is a bug and fails loudly. Thread-safe: one instance serves every request.
 */
public final class Extractor {

	/** Roles that say who acted; an event needs at least one (a target alone is not a report of an act). */
	static final Set<String> PASSIVE_ROLES = Set.of("target", "beneficiary", "defendant", "observer", "host",
			"mediator");

	/** Triggers whose complement is not asserted: "vowed to restore", "asked him to apologise", "ordered it to pay". */
	private static final Set<String> COMPLEMENT_TAKING = Set.of("pledge", "demand", "threat", "invitation",
			"court_ruling", "announcement");

	private static final int COMPLEMENT = 12;

	/** How often "followed suit" and the like repeat the event just reported: they may as well echo a statement. */
	private static final double ECHO_CONFIDENCE = 0.6;

	private final FactSet seeds;

	private final EventTypes eventTypes;

	private final Actors actors;

	private final Gazetteer gazetteer;

	private final TriggerLexicon lexicon;

	private final ModalityReader modality;

	private final SentenceSplitter splitter;

	private final Cues cues;

	private final MeasureLexicon measureLexicon;

	private final MeasureLifecycle lifecycle;

	private final PartsOfSpeech partsOfSpeech;

	private final SemanticTriggers semantic;

	private final ReportedEvaluation reported;

	private final Map<String, SourceFact> sourcesByCorpusFile = new HashMap<>();

	private Extractor(FactSet seeds, Path folder) {
		this.seeds = seeds;
		this.eventTypes = EventTypes.fromClasspath();
		Cues cues = Cues.read(folder);
		this.cues = cues;
		this.actors = new Actors(seeds);
		this.gazetteer = new Gazetteer(seeds, cues, actors);
		WordNet wordNet = WordNet.instance();
		this.lexicon = TriggerLexicon.read(folder, eventTypes,
				lemma -> wordNet.irregularForms(net.sf.extjwnl.data.POS.VERB, lemma),
				evaluations -> EvaluativeWords.classes(evaluations, wordNet));
		this.semantic = SemanticTriggers.of(lexicon, wordNet);
		this.reported = new ReportedEvaluation(lexicon.derivedClasses());
		this.modality = new ModalityReader(cues);
		this.splitter = SentenceSplitter.fromClasspath();
		this.measureLexicon = new MeasureLexicon(folder, seeds, actors);
		this.lifecycle = new MeasureLifecycle(folder, measureLexicon,
				lemma -> wordNet.irregularForms(net.sf.extjwnl.data.POS.VERB, lemma));
		this.partsOfSpeech = PartsOfSpeech.fromClasspath();
		seeds.all(SourceFact.class).stream().filter(source -> source.corpusFile() != null)
			.forEach(source -> sourcesByCorpusFile.put(source.corpusFile(), source));
	}

	/** The extractor over the curated seeds and lexicon packaged in the jar. */
	public static Extractor fromClasspath() {
		return new Extractor(read(FactFiles.fromClasspath("seeds")), null);
	}

	/** The extractor over a seeds folder (its facts and its {@code lexicon/}); the jar's copy when it is missing. */
	public static Extractor fromSeeds(Path folder) {
		if (folder == null || !Files.isDirectory(folder.resolve("lexicon"))) {
			return fromClasspath();
		}
		return new Extractor(read(FactFiles.under(folder)), folder);
	}

	private static FactSet read(List<FactFile> files) {
		FactReading reading = FactReader.read(files);
		if (reading.hasProblems()) {
			throw new IllegalStateException("The curated seeds have problems:\n" + reading.problems());
		}
		return reading.facts();
	}

	/** The curated source of a corpus file, as seeds/sources.yaml's {@code corpusFile} names it. */
	public Optional<SourceFact> sourceOfCorpusFile(String fileName) {
		return Optional.ofNullable(sourcesByCorpusFile.get(fileName));
	}

	public boolean isKnownId(String id) {
		return seeds.byId(id).isPresent();
	}

	/**
	 * @param mergeWithKnown whether events the curated seeds hold become support for them (off to measure the
	 * extractor on its own)
	 * @param minConfidence events below this (after merging) are left out
	 */
	public Extraction extract(List<Document> documents, boolean mergeWithKnown, double minConfidence) {
		return extract(documents, mergeWithKnown, minConfidence, dropped -> {
		});
	}

	/**
	 * As {@link #extract(List, boolean, double)}, telling {@code dropped} of each trigger read and then let go, and why
	 * (for {@code evaluate --explain}: a miss whose trigger was read differs from one no trigger reached).
	 */
	Extraction extract(List<Document> documents, boolean mergeWithKnown, double minConfidence,
			java.util.function.Consumer<DroppedTrigger> dropped) {
		List<Candidate> candidates = new ArrayList<>();
		// this extraction's own view of the actors: the curated ones and the people seeds lack that it finds
		Map<String, CandidateActor> found = new LinkedHashMap<>();
		Map<String, CandidateMeasure> measuresFound = new LinkedHashMap<>();
		Actors actors = this.actors.with(found);
		RoleAssigner roles = new RoleAssigner(actors, cues, gazetteer::governmentAt);
		EventMerger merger = new EventMerger(actors);
		// how each trigger stands in its sentence, by its citation: what the new-event policy reads
		Map<Citation, NewEventPolicy.Grounds> grounds = new HashMap<>();
		int sentences = 0;
		for (Document document : documents) {
			List<Sentence> split = splitter.split(document.text());
			sentences += split.size();
			candidates.addAll(candidates(document, split, actors, roles, found, measuresFound, grounds, dropped));
		}
		List<EventMerger.Group> groups = NewMeasures.preferCurated(reciprocal(merger.merge(candidates), merger),
				measuresFound);
		List<EventFact> known = mergeWithKnown ? seeds.all(EventFact.class) : List.of();
		List<Map<String, Object>> facts = new ArrayList<>();
		for (Document document : documents) {
			if (!document.known() && seeds.byId(document.sourceId()).isEmpty()) {
				facts.add(source(document));
			}
		}
		Map<String, java.time.LocalDate> published = new HashMap<>();
		documents.stream().filter(d -> d.published() != null)
			.forEach(d -> published.put(d.sourceId(), d.published().last()));
		Set<String> analyses = documents.stream().filter(Document::looksBack).map(Document::sourceId)
			.collect(Collectors.toSet());
		Set<String> ids = new HashSet<>();
		List<ExtractedEvent> events = new ArrayList<>();
		List<EventMention> mentions = new ArrayList<>();
		for (EventMerger.Group group : groups) {
			if (group.confidence() < minConfidence) {
				dropped.accept(new DroppedTrigger(group.best().citation().source(), group.type(), "below confidence"));
				continue;
			}
			Optional<EventFact> existing = merger.existing(group, known, this::family,
					published.get(group.best().citation().source()));
			if (existing.isPresent()) {
				// a report of a curated event: its sentences become mentions of it, the curated fact is not re-written
				for (Candidate member : group.members()) {
					mentions.add(EventMention.of(existing.get().id(), member.type(), member.date(), member.citation(),
							member.confidence()));
				}
				events.add(asCurated(reading(group, null, existing.get().id()), existing.get()));
			}
			else if (refusedCreation(group, grounds, analyses.contains(group.best().citation().source()), dropped)) {
				// a background reading: it could have supported a curated event, it creates none
			}
			else if (multilateral(group)) {
				dropped.accept(new DroppedTrigger(group.best().citation().source(), group.type(), "multilateral forum"));
			}
			else {
				Map<String, Object> fact = event(group, ids, actors);
				facts.add(fact);
				events.add(reading(group, (String) fact.get("id"), null));
			}
		}
		// candidate actors that take part in an event read, as facts when a new event needs them
		Set<String> used = new HashSet<>();
		Set<String> written = new HashSet<>();
		for (ExtractedEvent event : events) {
			event.participants().forEach(p -> used.add(p.actor()));
			if (event.isNew()) {
				event.participants().forEach(p -> written.add(p.actor()));
			}
		}
		List<CandidateActor> candidateActors = found.values().stream().filter(c -> used.contains(c.id())).toList();
		int at = (int) facts.stream().filter(f -> "source".equals(f.get("fact"))).count();
		for (CandidateActor candidate : candidateActors) {
			if (written.contains(candidate.id())) {
				facts.add(at++, actorFact(candidate));
			}
		}
		List<CandidateMeasure> candidateMeasures = NewMeasures.used(measuresFound, events);
		for (CandidateMeasure candidate : candidateMeasures) {
			if (NewMeasures.changedByNew(candidate, events)) {
				facts.add(at++, NewMeasures.fact(candidate, actors, events));
			}
		}
		// one mention per sentence and event: two triggers in one sentence reporting the same event are one report
		Map<String, EventMention> byId = new LinkedHashMap<>();
		mentions.forEach(mention -> byId.merge(mention.id(), mention,
				(a, b) -> a.confidence() >= b.confidence() ? a : b));
		mentions = List.copyOf(byId.values());
		mentions.forEach(mention -> facts.add(FactWriter.mention(mention)));
		Extraction extraction = new Extraction(facts, events, mentions, candidateActors, candidateMeasures,
				documents.size(), sentences,
				candidates.size());
		check(extraction);
		return extraction;
	}

	/**
	 * Whether the new-event policy refuses to let the group create an event (its best reading names an act as the
	 * setting of the news, or a standing), telling {@code dropped} why.
	 */
	private static boolean refusedCreation(EventMerger.Group group, Map<Citation, NewEventPolicy.Grounds> grounds,
			boolean analysis, java.util.function.Consumer<DroppedTrigger> dropped) {
		Optional<String> refusal = NewEventPolicy.refusal(group, grounds, analysis);
		refusal.ifPresent(reason -> dropped.accept(new DroppedTrigger(group.best().citation().source(), group.type(), reason)));
		return refusal.isPresent();
	}

	/**
	 * Whether a meeting is a forum's own gathering ("the G7 summit", "during the APEC meeting"): a forum has more
	 * members than the two sides, so its summit is no bilateral event. It may support the curated summit of the forum;
	 * it creates none, since news names it as the setting of what the leaders did there, which its own words report
	 * ("met on the sidelines of …"), and the gold annotates only a bilateral or trilateral meeting of leaders.
	 */
	private boolean multilateral(EventMerger.Group group) {
		return lexicon.isReciprocal(group.type()) && "CONSULT".equals(family(group.type()))
				&& group.participants().stream().anyMatch(p -> actors.isOrganisation(p.actor()));
	}

	/**
	 * One report of a meeting in a document: a meeting between two sides that the same document also reports as a
	 * summit (its upgrade) is that summit; a meeting, summit or call with one side named ("his meeting with Takaichi",
	 * "the G7 summit") joins a report of its family in the same document that names both, and is left out otherwise:
	 * one side alone does not make an event between sides.
	 */
	private List<EventMerger.Group> reciprocal(List<EventMerger.Group> groups, EventMerger merger) {
		List<EventMerger.Group> result = new ArrayList<>(groups);
		for (EventMerger.Group group : groups) {
			if (!lexicon.isReciprocal(group.type()) || !result.contains(group)) {
				continue;
			}
			// an organisation's summit ("the G7 summit", "ASEAN summits") stands for its members
			boolean oneSided = merger.sides(group.participants()).all().size() < 2 && group.participants().stream()
				.noneMatch(p -> actors.isOrganisation(p.actor()));
			String upgrade = lexicon.upgradeOf(group.type());
			EventMerger.Group home = null;
			for (EventMerger.Group other : result) {
				if (other == group || !family(other.type()).equals(family(group.type())) || !sharesDocument(group, other)
						|| merger.sides(other.participants()).all().size() < 2
						|| !EventMerger.overlap(EventMerger.reach(group.best()), EventMerger.reach(other.best()))
						|| !merger.sides(other.participants()).agree(merger.sides(group.participants()))) {
					continue;
				}
				if (oneSided || other.type().equals(upgrade)) {
					home = other;
					break;
				}
			}
			if (home != null) {
				List<Candidate> members = new ArrayList<>(home.members());
				members.addAll(group.members());
				result.set(result.indexOf(home), new EventMerger.Group(members));
				result.remove(group);
			}
			else if (oneSided) {
				result.remove(group);
			}
		}
		return result;
	}

	private static boolean sharesDocument(EventMerger.Group a, EventMerger.Group b) {
		Set<String> sources = a.members().stream().map(member -> member.citation().source()).collect(Collectors.toSet());
		return b.members().stream().anyMatch(member -> sources.contains(member.citation().source()));
	}

	/**
	 * The family an event type belongs to when reports are compared with the graph: its PLOVER category (a summit, a
	 * meeting and a visit are all CONSULT), or the type itself for records with none.
	 */
	String family(String type) {
		return eventTypes.byId(type).map(EventType::plover).filter(p -> p != null).orElse(type);
	}

	/** The group as read: its own type, date and participants, whether or not it matched a curated event. */
	private static ExtractedEvent reading(EventMerger.Group group, String id, String supports) {
		String place = group.members().stream().map(Candidate::place).filter(p -> p != null).findFirst().orElse(null);
		return new ExtractedEvent(id, group.type(), group.date(), group.participants(), group.measures(), place,
				group.confidence(), group.members().stream().map(Candidate::citation).toList(), supports);
	}

	/** A candidate actor as a fact: what the text said of it, in our words, citing the sentences that name it. */
	private static Map<String, Object> actorFact(CandidateActor candidate) {
		Map<String, Object> fact = new LinkedHashMap<>();
		fact.put("fact", "actor");
		fact.put("id", candidate.id());
		fact.put("kind", candidate.kind());
		fact.put("name", candidate.name());
		FactWriter.putIf(fact, "country", candidate.country());
		FactWriter.putIf(fact, "description", candidate.title() != null ? "Named in the text with the title \""
				+ candidate.title() + "\"." : null);
		fact.put("method", "extracted");
		fact.put("confidence", CANDIDATE_ACTOR_CONFIDENCE);
		fact.put("status", FactWriter.CANDIDATE);
		fact.put("sources", FactWriter.citations(candidate.citations()));
		return fact;
	}

	/** How sure a title followed by a capitalised name makes us that a person of that name exists. */
	private static final double CANDIDATE_ACTOR_CONFIDENCE = 0.8;

	private List<Candidate> candidates(Document document, List<Sentence> sentences, Actors actors, RoleAssigner roles,
			Map<String, CandidateActor> found, Map<String, CandidateMeasure> measuresFound,
			Map<Citation, NewEventPolicy.Grounds> grounds, java.util.function.Consumer<DroppedTrigger> dropped) {
		List<Candidate> candidates = new ArrayList<>();
		Set<String> named = new HashSet<>();
		DiscourseMemory memory = new DiscourseMemory(actors);
		PartsOfSpeech.Tagger tagger = partsOfSpeech.tagger();
		FactDate reference = null;
		int referenceParagraph = -1;
		LocalDate today = (document.published() != null) ? document.published().first() : LocalDate.now();
		List<List<TimeExpression>> timesOf = sentences.stream()
			.map(sentence -> TemporalNormaliser.find(sentence.tokens(), document.published())).toList();
		// the story's own day: what a news report's undated sentences narrate, from the dateline or the lead (a later
		// day of that week is often one ahead, "ahead of the summit on Monday", read as the one before)
		FactDate story = document.looksBack() ? null : timesOf.stream().map(times -> storyDay(times, document.published()))
			.filter(day -> day != null).findFirst().orElse(null);
		// the measures the document named, latest first, for "lifted its restrictions" in a later sentence
		List<String> recentMeasures = new ArrayList<>();
		// the country the latest sentence naming one named first: in English most often its subject's
		String leadingCountry = null;
		// the countries the latest sentences set the passage in, for a group the text names without its country
		java.util.ArrayDeque<Set<String>> settings = new java.util.ArrayDeque<>();
		for (Sentence sentence : sentences) {
			List<Token> tokens = sentence.tokens();
			List<TimeExpression> sentenceTimes = timesOf.get(sentence.number() - 1);
			List<Mention> mentions = withOrganCountry(gazetteer.find(tokens, named, settingOf(settings)), leadingCountry,
					actors);
			settings.addLast(gazetteer.setting(tokens, mentions));
			if (settings.size() > SETTING_WINDOW) {
				settings.removeFirst();
			}
			for (Mention mention : mentions) {
				if (mention.candidate() != null) {
					Citation citation = new Citation(document.sourceId(), "sentence " + sentence.number(), null,
							new Evidence(sentence.text(), sentence.start(), sentence.end())
								.triggeredBy(tokens.get(mention.first()).start(), tokens.get(mention.last()).end()));
					found.merge(mention.actor(), withCitation(mention.candidate(), citation), (a, b) -> {
						List<Citation> all = new ArrayList<>(a.citations());
						all.addAll(b.citations());
						return new CandidateActor(a.id(), a.kind(), a.name(), a.title() != null ? a.title() : b.title(),
								a.country() != null ? a.country() : b.country(), all);
					});
				}
			}
			boolean mayHaveTrigger = false;
			for (int k = 0; k < tokens.size() && !mayHaveTrigger; k++) {
				mayHaveTrigger = lexicon.mayStartAt(tokens.get(k).lower()) || semantic.mayStartAt(tokens.get(k).lower())
						|| reported.mayHold(tokens.get(k).lower());
			}
			int reportedBefore = candidates.size();
			int[] echo = echo(tokens);
			mayHaveTrigger |= echo != null;
			if (mayHaveTrigger) {
				FactDate sentenceDay = sentenceDate(sentenceTimes);
				mentions = relational(tokens, mentions, sentenceDay != null ? sentenceDay.first() : story != null
						? story.first() : today, memory, roles);
				RoleAssigner.View view = RoleAssigner.View.of(tokens, mentions);
				List<TimeExpression> expressions = sentenceTimes;
				// "effective Aug. 28": the day a change takes effect, never the day of the event that makes it
				List<TimeExpression> effective = expressions.stream().filter(t -> measureLexicon.marksEffective(tokens, t))
					.toList();
				List<TimeExpression> times = expressions.stream().filter(t -> !effective.contains(t)).toList();
				// parts of speech only where they can matter: a trigger candidate and an actor in the sentence
				String[] tags = mentions.stream().anyMatch(Mention::isActor) ? tagger.tag(tokens) : null;
				List<TriggerLexicon.Match> listed = lexicon.find(tokens);
				List<TriggerLexicon.Match> triggers = new ArrayList<>(listed);
				triggers.addAll(semantic.find(tokens, tags, listed));
				Map<TriggerLexicon.Match, ReportedEvaluation.Found> evaluations = new HashMap<>();
				reported.find(tokens, tags, view).forEach(reading -> evaluations.put(reading.match(), reading));
				triggers.addAll(evaluations.keySet());
				List<TriggerLexicon.Match> matches = dropContained(nearestPerHead(tokens, readable(tokens, triggers, tags), tags));
				Map<TriggerLexicon.Match, Modality> modalities = new HashMap<>();
				Map<TriggerLexicon.Match, List<Participant>> inherited = new HashMap<>();
				boolean sentenceDated = times.stream().anyMatch(time -> time.anchors() && time.kind() != TimeExpression.Kind.VAGUE);
				for (TriggerLexicon.Match match : matches) {
					Modality read = modality.of(tokens, match, view.quoted());
					// "Pyongyang's missile tests", "their mutual visits": a plural with no date is a kind of event, not one
					// "information on North Korea's missile launches": a plural in a phrase about another noun is a kind too
					if (read == Modality.ASSERTED && (!sentenceDated || aboutNoun(tokens, match.first()))
							&& lexicon.isPluralNoun(match, tokens)) {
						read = Modality.HABITUAL;
					}
					modalities.put(match, read);
				}
				compose(tokens, matches, modalities, inherited, view, memory, today, roles);
				matches = dropConjoinedLosers(tokens, matches);
				FactDate dated = null;
				// a sentence whose actors come from memory alone was not tagged; the new-event policy needs its parts of
				// speech, once per sentence, when a candidate is made of it
				String[] policyTags = tags;
				for (TriggerLexicon.Match match : matches) {
					Dated read = date(match, tokens, tags, times, reference, referenceParagraph, sentence.paragraph(), story,
							document.published(), document.looksBack());
					if (read != null && read.carries() && read.source().ordinal() <= Candidate.DateSource.ANAPHORIC.ordinal()) {
						dated = read.date();
					}
					// "on Friday denounced Pyongyang's most recent launch": the day is the reaction's; the event
					// reacted to lies before it, in that month as far as this sentence says
					Dated date = (read != null && read.source() == Candidate.DateSource.SENTENCE
							&& reactedTo(match, matches, times, tokens))
							? new Dated(toMonth(read.date()), Candidate.DateSource.PARAGRAPH, false) : read;
					Modality what = modalities.get(match);
					if (date == null || !what.reported()) {
						dropped.accept(new DroppedTrigger(document.sourceId(), match.entry().type(),
								date == null ? "no date" : "read as " + what.name().toLowerCase(java.util.Locale.ROOT)));
						continue;
					}
					List<Participant> participants = new ArrayList<>(inherited.getOrDefault(match, List.of()));
					// offices resolve on the day the text gives; a guessed date is the report's own, up to publication
					LocalDate officeDay = date.source().ordinal() > Candidate.DateSource.ANAPHORIC.ordinal()
							&& date.date().last().isBefore(today.plusDays(1)) ? date.date().last()
							: date.source().ordinal() > Candidate.DateSource.ANAPHORIC.ordinal() ? today : date.date().first();
					if (evaluations.containsKey(match)) {
						reported.speakers(evaluations.get(match), view, roles, memory, officeDay)
							.forEach(speaker -> participants.add(new Participant(speaker, "initiator")));
					}
					for (Participant participant : roles.assign(view, match, memory, officeDay)) {
						if (participants.stream().noneMatch(p -> p.actor().equals(participant.actor()))) {
							participants.add(participant);
						}
					}
					if (participants.isEmpty()) {
						// "GSOMIA, inked in November 2016": a change to a named measure with no actor named is its parties'
						String role = match.entry().roles().get("subject");
						measureLexicon.partiesNamed(match.entry().type(), tokens)
							.forEach(party -> participants.add(new Participant(party, role != null ? role : "initiator")));
					}
					if (participants.stream().allMatch(p -> PASSIVE_ROLES.contains(p.role()))
							|| namesNoActorFor(match, tokens, participants)) {
						dropped.accept(new DroppedTrigger(document.sourceId(), match.entry().type(), "actors unresolved"));
						continue;
					}
					// "Biden, whose administration has pressed its allies, …": a relative clause set off by commas describes
					// its antecedent; undated, what happens there is background, not a report
					if (date.source() != Candidate.DateSource.SENTENCE && date.source() != Candidate.DateSource.ANAPHORIC
							&& inAsideRelative(tokens, match.first())) {
						dropped.accept(new DroppedTrigger(document.sourceId(), match.entry().type(), "undated aside"));
						continue;
					}
					// "a briefing announcing a plan": a decision's participle right after a singular noun names the noun's
					// topic ("with both ministers agreeing to …" is the ministers' act)
					if (match.entry().composes() && match.first() > 0 && tokens.get(match.first()).lower().endsWith("ing")
							&& tags != null && "NOUN".equals(tags[match.first() - 1])
							&& !tokens.get(match.first() - 1).lower().endsWith("s")) {
						dropped.accept(new DroppedTrigger(document.sourceId(), match.entry().type(), "participle"));
						continue;
					}
					// "companies accused of not paying": a participle with "of" describes the noun before it
					if (match.pattern().verb() && !match.passive() && match.last() == match.head()
							&& tokens.get(match.head()).lower().endsWith("ed") && match.head() + 1 < tokens.size()
							&& tokens.get(match.head() + 1).is("of")) {
						dropped.accept(new DroppedTrigger(document.sourceId(), match.entry().type(), "participle"));
						continue;
					}
					String type = upgrade(match, participants, date.date());
					double confidence = match.entry().confidence() * what.weight() * date.source().factor(document.looksBack());
					String note = (what == Modality.FUTURE) ? "announced" : null;
					Citation citation = new Citation(document.sourceId(), "sentence " + sentence.number(), note,
							new Evidence(sentence.text(), sentence.start(), sentence.end())
								.triggeredBy(tokens.get(match.first()).start(), tokens.get(match.last()).end()));
					policyTags = (policyTags != null) ? policyTags : tagger.tag(tokens);
					grounds.put(citation, NewEventPolicy.read(tokens, policyTags, match));
					FactDate takesEffect = effective.stream().map(t -> ahead(t, date.date()))
						.filter(d -> d != null && d.precision() != Precision.YEAR && !d.first().isBefore(date.date().first()))
						.findFirst().orElse(null);
					List<MeasureChange> changes = measureLexicon.changes(type, match, tokens, participants, date.date(),
							takesEffect, recentMeasures);
					if (changes.isEmpty()) {
						changes = NewMeasures.change(measureLexicon.unnamed(type, match, tokens, participants, date.date(),
								recentMeasures, k -> sentenceTimes.stream().anyMatch(t -> t.first() <= k && k <= t.last())), takesEffect,
								citation, measuresFound, this::knows);
					}
					// an undated mention of a curated measure's creation is background: that creation, in its month (as
					// offices date "the former president"), not a new one on the day of the report
					FactDate when = date.date();
					Candidate.DateSource whenSource = date.source();
					if (whenSource.ordinal() > Candidate.DateSource.ANAPHORIC.ordinal()) {
						for (MeasureChange change : changes) {
							if (measureLexicon.recreates(change, when)) {
								when = measureLexicon.createdIn(change.measure());
								whenSource = Candidate.DateSource.PARAGRAPH;
								break;
							}
						}
					}
					// "Moon and Suga, each sworn in that year": an individual act of each, not one act of both
					List<List<Participant>> each = lexicon.isIndividual(type) && participants.size() > 1
							? participants.stream().map(List::of).toList() : List.of(participants);
					for (List<Participant> one : each) {
						candidates.add(new Candidate(type, when, whenSource, one, place(view, match), what,
								confidence, citation, changes));
					}
				}
				foldWithinSentence(candidates, sentence.number(), document.sourceId());
				Candidate previous = candidates.isEmpty() ? null : candidates.getLast();
				if (echo != null && previous != null && (previous.citation().locator().equals("sentence " + sentence.number())
						|| previous.citation().locator().equals("sentence " + (sentence.number() - 1)))) {
					TriggerLexicon.Match match = lexicon.echo(previous.type(), echo[0], echo[1]);
					Modality what = modality.of(tokens, match, view.quoted());
					Dated date = date(match, tokens, tags, times, reference, referenceParagraph, sentence.paragraph(), story,
							document.published(), document.looksBack());
					if (date != null && date.carries() && date.source() == Candidate.DateSource.SENTENCE) {
						dated = date.date();
					}
					List<Participant> participants = echoed(previous, roles.subjects(view, echo[0], memory, today));
					if (date != null && what.reported() && !participants.isEmpty()) {
						Citation citation = new Citation(document.sourceId(), "sentence " + sentence.number(), null,
								new Evidence(sentence.text(), sentence.start(), sentence.end())
									.triggeredBy(tokens.get(echo[0]).start(), tokens.get(echo[1]).end()));
						candidates.add(new Candidate(previous.type(), date.date(), date.source(), participants, null, what,
								ECHO_CONFIDENCE * what.weight() * date.source().factor(document.looksBack()), citation,
								List.of()));
					}
				}
				if (dated != null) {
					reference = dated;
					referenceParagraph = sentence.paragraph();
				}
			}
			else if (!document.looksBack()) {
				// "Moon told Abe on Sept. 25 that …": a sentence with no event of ours still moves a report's time (an
				// analysis jumps between years too freely for that)
				FactDate moved = sentenceDate(sentenceTimes);
				if (moved != null) {
					reference = moved;
					referenceParagraph = sentence.paragraph();
				}
			}
			if (candidates.size() == reportedBefore && measureLexicon.saysTakesEffect(tokens)) {
				takesEffectLater(candidates, sentence.number(), sentenceTimes, tokens);
			}
			lifecycleChanges(document, sentence, mentions, sentenceTimes, recentMeasures, candidates, reportedBefore);
			String leading = null;
			for (Mention mention : mentions) {
				if (mention.isActor()) {
					Optional<String> resolved = roles.resolve(mention, today);
					resolved.ifPresent(memory::remember);
					if (leading == null && resolved.isPresent() && actors.isCountry(actors.side(resolved.get()))) {
						leading = actors.side(resolved.get());
					}
				}
			}
			leadingCountry = (leading != null) ? leading : leadingCountry;
			if (mayHaveTrigger) {
				List<String> measuresNamed = measureLexicon.namedIn(tokens);
				recentMeasures.removeAll(measuresNamed);
				recentMeasures.addAll(0, measuresNamed);
			}
		}
		return candidates;
	}

	/** How many sentences before a group's tell where the passage is set. */
	private static final int SETTING_WINDOW = 2;

	private static Set<String> settingOf(java.util.Collection<Set<String>> settings) {
		Set<String> all = new HashSet<>();
		settings.forEach(all::addAll);
		return all;
	}

	/**
	 * "Ministry of Commerce spokesperson Shu Jueting" after "China banned seafood from Japan": a person titled by a
	 * government organ that names no country speaks for the country named first in the sentence before it, or the
	 * latest sentence naming one (a ministry is some government's; the subject in view is the likeliest).
	 */
	private static List<Mention> withOrganCountry(List<Mention> mentions, String leadingCountry, Actors actors) {
		List<Mention> result = new ArrayList<>(mentions.size());
		for (Mention mention : mentions) {
			CandidateActor candidate = mention.candidate();
			if (candidate != null && candidate.country() == null && "person".equals(candidate.kind())
					&& candidate.title() != null && Tokenizer.tokenize(candidate.title()).stream()
						.anyMatch(word -> Gazetteer.ORGAN_NOUNS.contains(word.lower()))) {
				String country = mentions.stream().filter(m -> m.last() < mention.first() && m.isActor())
					.map(m -> actors.side(m.actor())).filter(actors::isCountry).findFirst().orElse(leadingCountry);
				if (country != null) {
					CandidateActor placed = new CandidateActor(candidate.id(), candidate.kind(), candidate.name(),
							candidate.title(), country, candidate.citations());
					result.add(new Mention(mention.first(), mention.last(), mention.actor(), mention.place(), mention.kind(),
							mention.officeRole(), mention.possessive(), placed));
					continue;
				}
			}
			result.add(mention);
		}
		return result;
	}

	/**
	 * People named by their relation to another, resolved through the curated offices' dates, never to that other:
	 * "his Japanese counterpart" (who held the same office in Japan that day), "Yoon's predecessor", "his successor"
	 * (who held the office just before or after). The person related to is the possessor, else the last person named.
	 */
	private List<Mention> relational(List<Token> tokens, List<Mention> mentions, LocalDate day, DiscourseMemory memory,
			RoleAssigner roles) {
		List<Mention> result = null;
		for (int k = 1; k < tokens.size(); k++) {
			String word = tokens.get(k).lower();
			boolean counterpart = word.equals("counterpart");
			boolean predecessor = word.equals("predecessor");
			if (!counterpart && !predecessor && !word.equals("successor")) {
				continue;
			}
			int first = k;
			String country = null;
			if (counterpart) {
				Mention modifier = endingAt(mentions, k - 1);
				if (modifier == null || modifier.actor() == null || !actors.isCountry(modifier.actor())) {
					continue;
				}
				country = modifier.actor();
				first = modifier.first();
			}
			String anchor = null;
			int possessor = first - 1;
			// "its South Korean counterpart" relates organisations, not office holders
			if (possessor >= 0 && (tokens.get(possessor).is("its") || tokens.get(possessor).is("their"))) {
				continue;
			}
			if (possessor > 0 && tokens.get(possessor).is("'s") && endingAt(mentions, possessor - 1) != null) {
				anchor = roles.resolve(endingAt(mentions, possessor - 1), day).orElse(null);
				first = endingAt(mentions, possessor - 1).first();
			}
			else {
				int limit = first;
				List<String> before = mentions.stream().filter(m -> m.last() < limit && m.isActor())
					.map(m -> roles.resolve(m, day).orElse(null)).filter(a -> a != null).toList();
				anchor = memory.person(before).orElse(null);
				if (possessor >= 0 && (tokens.get(possessor).is("his") || tokens.get(possessor).is("her"))) {
					first = possessor;
				}
			}
			if (anchor == null || !actors.isPerson(anchor)) {
				continue;
			}
			Optional<String> related = counterpart ? actors.counterpart(anchor, country, day)
					: actors.neighbourInOffice(anchor, day, predecessor);
			if (related.isEmpty()) {
				continue;
			}
			if (result == null) {
				result = new ArrayList<>(mentions);
			}
			int from = first;
			int to = k;
			result.removeIf(m -> m.last() >= from && m.first() <= to);
			result.add(new Mention(first, k, related.get(), null, Mention.Kind.NAME, null,
					k + 1 < tokens.size() && tokens.get(k + 1).is("'s")));
		}
		if (result == null) {
			return mentions;
		}
		result.sort(Comparator.comparingInt(Mention::first));
		return result;
	}

	private static Mention endingAt(List<Mention> mentions, int k) {
		return mentions.stream().filter(m -> m.last() == k).findFirst().orElse(null);
	}

	/**
	 * "Okano summoned ambassador Yun to lodge a protest": two triggers of one type in one sentence whose actors one
	 * contains the other's are one act, read best by the one naming more.
	 */
	private static void foldWithinSentence(List<Candidate> candidates, int sentence, String source) {
		String locator = "sentence " + sentence;
		List<Candidate> here = candidates.stream()
			.filter(c -> c.citation().locator().equals(locator) && c.citation().source().equals(source)).toList();
		for (Candidate small : here) {
			for (Candidate large : here) {
				if (small != large && small.type().equals(large.type()) && candidates.contains(large)
						&& large.participants().size() > small.participants().size()
						&& large.participants().stream().map(Participant::actor).collect(Collectors.toSet())
							.containsAll(small.participants().stream().map(Participant::actor).toList())) {
					candidates.remove(small);
					break;
				}
			}
		}
	}

	private static CandidateActor withCitation(CandidateActor candidate, Citation citation) {
		return new CandidateActor(candidate.id(), candidate.kind(), candidate.name(), candidate.title(), candidate.country(),
				List.of(citation));
	}

	/**
	 * Of the matches sharing a head word, the one whose pattern skipped fewest words ("drop a complaint about the
	 * curbs"); where a word reads as verb and noun ("visit", "meeting"), the noun after a determiner or possessive ("Yoon's
	 * visit", "the meeting") or in a title-case headline ("Abe-Moon Talks Resume"), the verb otherwise.
	 */
	private static List<TriggerLexicon.Match> nearestPerHead(List<Token> tokens, List<TriggerLexicon.Match> matches,
			String[] tags) {
		Map<Integer, TriggerLexicon.Match> best = new LinkedHashMap<>();
		for (TriggerLexicon.Match match : matches) {
			best.merge(match.head(), match, (a, b) -> {
				if (a.pattern().verb() != b.pattern().verb()) {
					String tag = (tags != null) ? tags[match.head()] : null;
					// a determiner or possessive before the word decides; the tagger only where they are silent (it
					// reads "Kishida's visit" as "Kishida is visit" at times)
					boolean noun = nounContext(tokens, match.head()) || "NOUN".equals(tag);
					// "court orders Japan to compensate": a verb pattern that takes its object and complement is a verb
					if (takesComplement(tokens, a.pattern().verb() ? a : b)) {
						noun = false;
					}
					return (b.pattern().verb() != noun) ? b : a;
				}
				return (b.skipped() < a.skipped() || b.skipped() == a.skipped() && b.entry().priority() > a.entry().priority())
						? b : a;
			});
		}
		return new ArrayList<>(best.values());
	}

	/**
	 * A verb pattern whose verb the tagger reads as a noun ("the protest", "a rally", "its ban") names no act there; a
	 * passive's participle may read as an adjective, so only nouns are dropped.
	 */
	private static List<TriggerLexicon.Match> readable(List<Token> tokens, List<TriggerLexicon.Match> matches,
			String[] tags) {
		if (tags == null) {
			return matches;
		}
		// a capitalised verb the tagger reads as a proper noun is part of a name ("Jiji Press")
		// a past form ("met", "visited") has no noun reading, whatever the tagger says after "last"
		return matches.stream().filter(m -> !m.pattern().verb() || m.passive() || takesComplement(tokens, m)
				|| pastForm(tokens.get(m.first()), m)
				|| !"NOUN".equals(tags[m.first()])
				&& !("PROPN".equals(tags[m.first()]) && m.first() > 0 && tokens.get(m.first()).isCapitalised())
				|| m.pattern().text().equals("(echo)")).toList();
	}

	private static boolean pastForm(Token token, TriggerLexicon.Match match) {
		String word = token.lower();
		String lemma = Tokenizer.lower(match.pattern().text().trim().split("\\s+")[0]);
		return !word.equals(lemma) && !word.equals(lemma + "s") && !word.equals(lemma + "es") && !word.endsWith("ing");
	}

	/** "orders Japan to compensate": a verb pattern that spans an object and a "to" complement is read as a verb. */
	private static boolean takesComplement(List<Token> tokens, TriggerLexicon.Match verbal) {
		return verbal.last() - verbal.head() >= 3 && !nounContext(tokens, verbal.head())
				&& tokens.subList(verbal.head(), verbal.last() + 1).stream().anyMatch(token -> token.is("to"));
	}

	/** Whether a noun phrase starting at {@code first} is the object of "on", "about" or "of" after another noun. */
	private static boolean aboutNoun(List<Token> tokens, int first) {
		int k = first - 1;
		while (k > 0 && (tokens.get(k).isCapitalised() || tokens.get(k).is("'s") || tokens.get(k).is("-"))) {
			k--;
		}
		return k > 0 && (tokens.get(k).is("on") || tokens.get(k).is("about") || tokens.get(k).is("of"))
				&& tokens.get(k - 1).isWord() && !tokens.get(k - 1).isCapitalised();
	}

	private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
			"their", "his", "her", "our", "'s", "first", "last", "second", "latest");

	private static boolean nounContext(List<Token> tokens, int head) {
		if (head > 0 && tokens.get(head).isCapitalised()) {
			return true;
		}
		for (int k = head - 1; k >= 0 && k >= head - 3; k--) {
			String word = tokens.get(k).lower();
			if (NOUN_MARKERS.contains(word)) {
				return true;
			}
			// adjectives may stand between ("the second official visit"), not auxiliaries or names ("will visit", "Yoon visits")
			if (!tokens.get(k).isWord() || tokens.get(k).isCapitalised() || word.endsWith("ly") || AUXILIARIES.contains(word)) {
				return false;
			}
		}
		return false;
	}

	private static final Set<String> AUXILIARIES = Set.of("will", "would", "to", "not", "also", "may", "might", "can",
			"could", "should", "must", "shall", "did", "does", "do", "has", "have", "had", "is", "are", "was", "were", "be",
			"been", "and", "or", "then", "who", "which", "that");

	/** Where the sentence says an actor did what was just reported ("followed suit"): its first and last token, or null. */
	private int[] echo(List<Token> tokens) {
		for (List<String> phrase : cues.echoes()) {
			for (int k = 0; k + phrase.size() <= tokens.size(); k++) {
				int n = 0;
				while (n < phrase.size() && tokens.get(k + n).is(phrase.get(n))) {
					n++;
				}
				if (n == phrase.size()) {
					return new int[] { k, k + n - 1 };
				}
			}
		}
		return null;
	}

	/**
	 * The participants of an echo: the followers take the role the previous event's actors had, and those actors take
	 * the role the followers had ("Tokyo recalled its envoy from Seoul, and Seoul did the same": Seoul acts, Tokyo is the
	 * target).
	 */
	private List<Participant> echoed(Candidate previous, List<String> followers) {
		List<Participant> participants = new ArrayList<>();
		if (followers.isEmpty()) {
			return participants;
		}
		Set<String> followerSides = followers.stream().map(actors::side).collect(Collectors.toSet());
		String acting = previous.participants().stream().map(Participant::role).filter(role -> !PASSIVE_ROLES.contains(role))
			.findFirst().orElse("initiator");
		followers.forEach(actor -> participants.add(new Participant(actor, acting)));
		for (Participant passive : previous.participants()) {
			if (PASSIVE_ROLES.contains(passive.role()) && followerSides.contains(actors.side(passive.actor()))) {
				previous.participants().stream().filter(p -> !PASSIVE_ROLES.contains(p.role()))
					.filter(p -> participants.stream().noneMatch(q -> q.actor().equals(p.actor())))
					.forEach(p -> participants.add(new Participant(p.actor(), passive.role())));
			}
		}
		return participants;
	}

	/**
	 * "extended the G7 invitation": a noun inside a longer match of the same type is that match, not another report;
	 * a trigger inside a longer one of a type that takes a complement is what is ordered or asked, not done.
	 */
	private static List<TriggerLexicon.Match> dropContained(List<TriggerLexicon.Match> matches) {
		List<TriggerLexicon.Match> kept = new ArrayList<>(matches.size());
		for (TriggerLexicon.Match match : matches) {
			boolean contained = false;
			for (TriggerLexicon.Match other : matches) {
				// "ordered Japan to compensate": what a court orders or a side demands inside its own pattern is no event
				boolean ordered = COMPLEMENT_TAKING.contains(other.entry().type()) && !other.entry().composes()
						&& other.first() < match.first() && match.last() <= other.last();
				// "announced a compensation plan": a decision whose object is an event of ours is that event
				boolean announced = match.entry().composes() && match.pattern().verb() && other != match
						&& !other.entry().type().equals(match.entry().type())
						&& match.first() < other.first() && other.last() <= match.last();
				if (announced || other != match && (ordered || other.entry().type().equals(match.entry().type()))
						&& other.first() <= match.first() && match.last() <= other.last()
						&& other.last() - other.first() > match.last() - match.first()) {
					contained = true;
					break;
				}
			}
			if (!contained) {
				kept.add(match);
			}
		}
		return kept;
	}

	/**
	 * A verb trigger heading the complement of "agree to" reports its own event, announced, with the agreeing actors
	 * ("agreed to drop the dispute"); heading that of "vow to", "ask … to" and the like it reports nothing. Any other
	 * trigger inside a complement is what the pledge or request is about, not an event ("agreed to share radar data on
	 * Pyongyang's launches"), and the outer trigger keeps its own reading.
	 */
	private void compose(List<Token> tokens, List<TriggerLexicon.Match> matches, Map<TriggerLexicon.Match, Modality> modalities,
			Map<TriggerLexicon.Match, List<Participant>> inherited, RoleAssigner.View view, DiscourseMemory memory,
			LocalDate day, RoleAssigner roles) {
		List<TriggerLexicon.Match> outers = matches.stream()
			.filter(match -> COMPLEMENT_TAKING.contains(match.entry().type()) && match.pattern().verb())
			.sorted(Comparator.comparingInt(TriggerLexicon.Match::first))
			.toList();
		for (TriggerLexicon.Match outer : outers) {
			for (TriggerLexicon.Match inner : matches) {
				if (inner == outer || inner.first() <= outer.last() || inner.first() > complementEnd(tokens, outer)) {
					continue;
				}
				// "announced that it would lift the curbs", "decided Seoul will end the pact": a clause with its own subject
				// reports its own event, and a decision reported that way is that event, announced
				if (outer.entry().composes() && inner.pattern().verb() && ownClause(tokens, outer, inner)) {
					if (modalities.get(inner).reported() && modalities.get(outer).reported()) {
						modalities.put(outer, Modality.SPECULATIVE);
					}
					continue;
				}
				if (!inner.pattern().verb() || !headsComplement(tokens, outer, inner)) {
					modalities.put(inner, Modality.SPECULATIVE);
					continue;
				}
				if (outer.entry().composes() && modalities.get(outer).reported()) {
					if (modalities.get(inner) == Modality.ASSERTED || modalities.get(inner) == Modality.FUTURE) {
						modalities.put(inner, Modality.FUTURE);
					}
					inherited.put(inner, roles.assign(view, outer, memory, day).stream()
						.map(p -> new Participant(p.actor(), "participant".equals(p.role()) ? "participant" : "initiator"))
						.toList());
				}
				else {
					modalities.put(inner, Modality.SPECULATIVE);
				}
				modalities.put(outer, outer.entry().composes() ? Modality.SPECULATIVE : modalities.get(outer));
			}
		}
	}

	/**
	 * "agreed to drop", "agreed to fully drop", "urged Moon to seek", "agreed with Tokyo in May to fund": the
	 * inner verb right after the complement's "to".
	 */
	private static boolean headsComplement(List<Token> tokens, TriggerLexicon.Match outer, TriggerLexicon.Match inner) {
		int to = inner.first() - 1;
		if (to > outer.last() && !tokens.get(to).is("to")) {
			to--;
		}
		return to <= outer.last() ? tokens.get(outer.last()).is("to") || inner.first() - outer.last() <= 1
				: tokens.get(to).is("to");
	}

	/** Whether the inner verb heads a clause of its own after the outer one: "that" or "will"/"would" before it. */
	private static boolean ownClause(List<Token> tokens, TriggerLexicon.Match outer, TriggerLexicon.Match inner) {
		for (int k = outer.last(); k < inner.first(); k++) {
			String word = tokens.get(k).lower();
			if (word.equals("that") || k > outer.last() && (word.equals("will") || word.equals("would"))) {
				return true;
			}
		}
		return false;
	}

	private static int complementEnd(List<Token> tokens, TriggerLexicon.Match outer) {
		// "Biden, whose administration has pressed its allies to reconcile, hailed …": a complement inside a relative
		// clause set off by commas ends with that clause
		boolean aside = inAsideRelative(tokens, outer.first());
		int end = outer.last();
		while (end + 1 < tokens.size() && end - outer.last() < COMPLEMENT) {
			String word = tokens.get(end + 1).lower();
			if (word.equals(";") || word.equals(":") || word.equals("while") || word.equals("but") || word.equals("which")
					|| aside && word.equals(",")) {
				break;
			}
			end++;
		}
		return end;
	}

	/** "remorse and heartfelt apology": two triggers joined by "and" name one act; the lexicon's priority decides. */
	private static List<TriggerLexicon.Match> dropConjoinedLosers(List<Token> tokens, List<TriggerLexicon.Match> matches) {
		List<TriggerLexicon.Match> kept = new ArrayList<>(matches);
		for (TriggerLexicon.Match a : matches) {
			for (TriggerLexicon.Match b : matches) {
				if (a != b && !a.entry().type().equals(b.entry().type()) && b.first() > a.last() && b.first() - a.last() <= 3
						&& tokens.subList(a.last() + 1, b.first()).stream().anyMatch(token -> token.is("and"))) {
					kept.remove(a.entry().priority() >= b.entry().priority() ? b : a);
				}
			}
		}
		return kept;
	}

	/** A candidate's date, where it came from, and whether later sentences of the paragraph may take it. */
	private record Dated(FactDate date, Candidate.DateSource source, boolean carries) {

		Dated(FactDate date, Candidate.DateSource source) {
			this(date, source, true);
		}

	}

	/** Words that open another clause: a date right of the trigger and past one of these is that clause's. */
	private static final Set<String> CLAUSE_OPENERS = Set.of("while", "whereas", "but", ";");

	private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whose");

	/**
	 * The nearest temporal expression that dates events in the sentence (a comma between counts as far), else the
	 * paragraph's last date, else the publication date; the last two only to the month, since they are guesses.
	 */
	private static Dated date(TriggerLexicon.Match match, List<Token> tokens, String[] tags, List<TimeExpression> times,
			FactDate reference, int referenceParagraph, int paragraph, FactDate story, FactDate published,
			boolean looksBack) {
		TimeExpression nearest = null;
		int best = Integer.MAX_VALUE;
		int[] clauses = subordinateClauses(tokens);
		for (TimeExpression time : times) {
			// "since July 4, when Tokyo imposed tighter rules": the day a "when" clause explains is that clause's date
			if (time.last() + 1 < tokens.size() && tokens.get(time.last() + 1).is("when") && match.first() > time.last()
					&& clauses[match.head()] == clauses[time.last() + 1] && time.date() != null) {
				return new Dated(time.date(), Candidate.DateSource.SENTENCE);
			}
			// "during his visit since taking office in June, Lee met …": a subordinate clause's date is its own
			if (clauses[time.first()] != 0 && clauses[time.first()] != clauses[match.head()]) {
				continue;
			}
			// "decided Moon will not visit Tokyo this week, … announced Monday": a date in the decided clause is its own
			if (match.entry().composes() && time.first() > match.last()
					&& ownClause(tokens, match, new TriggerLexicon.Match(match.pattern(), time.first(), time.last(), time.first(), false, 0))) {
				continue;
			}
			if (!time.anchors() || (time.kind() == TimeExpression.Kind.ANAPHORIC && reference == null)
					|| time.first() > match.last() && opensClause(tokens, tags, match.last() + 1, time.first(), match.pattern().verb())) {
				continue;
			}
			int from = (time.last() < match.first()) ? time.last() : match.last();
			int to = (time.last() < match.first()) ? match.first() : time.first();
			int distance = to - from;
			for (int k = from + 1; k < to; k++) {
				if (tokens.get(k).is(",") || tokens.get(k).is(";")) {
					distance += 8;
				}
			}
			if (distance < best) {
				best = distance;
				nearest = time;
			}
		}
		if (nearest != null) {
			if (nearest.kind() == TimeExpression.Kind.ANAPHORIC) {
				FactDate date = (nearest.dayOffset() != 0 && reference.precision() == Precision.DAY)
						? FactDate.parse(reference.first().plusDays(nearest.dayOffset()).toString()) : reference;
				return new Dated(date, Candidate.DateSource.ANAPHORIC);
			}
			if (nearest.kind() == TimeExpression.Kind.MODIFIER) {
				return new Dated(nearest.date(), Candidate.DateSource.SENTENCE, false);
			}
			if (nearest.kind() == TimeExpression.Kind.VAGUE && looksBack) {
				// "recently" in an analysis piece may be months back: the publication year, not its month
				return new Dated(FactDate.parse(String.valueOf(nearest.date().first().getYear())), Candidate.DateSource.SENTENCE);
			}
			return new Dated(nearest.date(), Candidate.DateSource.SENTENCE);
		}
		// "Kishida has welcomed the move", "Seoul had proposed": a perfect puts the act before the story's time
		boolean perfect = match.pattern().verb() && perfect(tokens, match.first());
		if (reference != null && referenceParagraph == paragraph) {
			// a day of the story's week stands; an older one is background, and only its month is a fair guess
			boolean recent = !looksBack && published != null && storyDay(List.of(new TimeExpression(0, 0, reference,
					TimeExpression.Kind.RELATIVE, true, 0)), published) != null;
			return new Dated(recent && !perfect ? reference : toMonth(reference), Candidate.DateSource.PARAGRAPH);
		}
		if (story != null && !perfect) {
			return new Dated(story, Candidate.DateSource.STORY);
		}
		if (published != null) {
			FactDate fallback = looksBack ? FactDate.parse(String.valueOf(published.first().getYear())) : toMonth(published);
			return new Dated(fallback, Candidate.DateSource.PUBLICATION);
		}
		return null;
	}

	/**
	 * Whether a date at {@code to} belongs to another clause than a verb trigger ending before {@code from}: "…, and
	 * Seoul did the same in 2020", or a relative clause still open there ("the accord, which had lapsed in 2016"). A
	 * noun's relative clause describes the event itself ("the talks, which were held on …").
	 */
	private static boolean opensClause(List<Token> tokens, String[] tags, int from, int to, boolean verb) {
		boolean relative = false;
		for (int k = from; k < to; k++) {
			String word = tokens.get(k).lower();
			if (RELATIVE_PRONOUNS.contains(word)) {
				relative = verb;
			}
			else if (CLAUSE_OPENERS.contains(word) || word.equals(",") && k + 1 < to && tokens.get(k + 1).is("and")
					&& verbBetween(tags, k + 2, to)) {
				return true;
			}
			else if (word.equals(",")) {
				relative = false;
			}
		}
		return relative;
	}

	private static final Set<String> PERFECT_AUXILIARIES = Set.of("has", "have", "had", "'ve", "'d");

	/** Whether a verb is in a perfect tense: "has welcomed", "had already agreed", "have long opposed". */
	private static boolean perfect(List<Token> tokens, int verb) {
		for (int k = verb - 1; k >= 0 && k >= verb - 3; k--) {
			String word = tokens.get(k).lower();
			if (PERFECT_AUXILIARIES.contains(word)) {
				return true;
			}
			if (!tokens.get(k).isWord() || !(word.endsWith("ly") || word.equals("already") || word.equals("also")
					|| word.equals("not") || word.equals("long") || word.equals("since") || word.equals("now"))) {
				return false;
			}
		}
		return false;
	}

	/**
	 * Whether the words after the trigger name a required role with no actor of ours: "their visit to New York", "visited
	 * a Tokyo shrine" name a destination, but no host; "Kishida's visit on Sunday" names none, and stands.
	 */
	private static boolean namesNoActorFor(TriggerLexicon.Match match, List<Token> tokens, List<Participant> participants) {
		List<String> required = match.entry().requires();
		if (required.isEmpty() || participants.stream().map(Participant::role).toList().containsAll(required)) {
			return false;
		}
		int next = match.last() + 1;
		if (next >= tokens.size()) {
			return false;
		}
		Token after = tokens.get(next);
		return after.is("to") || after.is("in") || match.pattern().verb() && after.isWord()
				&& (after.is("a") || after.is("an") || after.is("the") || after.isCapitalised());
	}

	/**
	 * Whether a noun trigger is the object of a verb trigger before it in its clause ("condemned the North's latest
	 * test") while the sentence's date stands before that verb, where it dates the verb.
	 */
	private static boolean reactedTo(TriggerLexicon.Match noun, List<TriggerLexicon.Match> matches, List<TimeExpression> times,
			List<Token> tokens) {
		if (noun.pattern().verb()) {
			return false;
		}
		for (TriggerLexicon.Match verb : matches) {
			if (verb == noun || !verb.pattern().verb() || verb.last() >= noun.first() || noun.first() - verb.last() > 6) {
				continue;
			}
			boolean clause = tokens.subList(verb.last() + 1, noun.first()).stream()
				.noneMatch(token -> token.is(",") || token.is(";") || token.is("and") || token.is("that"));
			boolean dateBefore = times.stream().anyMatch(time -> time.anchors() && time.last() < verb.first())
					&& times.stream().noneMatch(time -> time.first() > verb.last());
			if (clause && dateBefore) {
				return true;
			}
		}
		return false;
	}

	/** Whether the token lies in a relative clause opened by ", who", ", which" or ", whose" and not closed since. */
	private static boolean inAsideRelative(List<Token> tokens, int at) {
		for (int k = at - 1; k > 0; k--) {
			Token token = tokens.get(k);
			if (token.is(",") || token.is(";")) {
				return false;
			}
			if (RELATIVE_PRONOUNS.contains(token.lower())) {
				return tokens.get(k - 1).is(",");
			}
		}
		return false;
	}

	/** Words that open an adverbial clause, which runs to the next comma or semicolon. */
	private static final Set<String> SUBORDINATORS = Set.of("since", "after", "before", "when", "while", "because",
			"although", "though", "until", "unless", "whereas", "once");

	/**
	 * For each token, the adverbial clause it lies in (0 for the main clause): "since taking office in June", "days
	 * after Lee visited Xi", "After Japan lifted the controls, Seoul …". A date inside one dates only that clause.
	 */
	static int[] subordinateClauses(List<Token> tokens) {
		int[] clause = new int[tokens.size()];
		int current = 0;
		int next = 1;
		for (int k = 0; k < tokens.size(); k++) {
			Token token = tokens.get(k);
			if (token.is(",") || token.is(";") || token.is(":")) {
				current = 0;
			}
			else if (SUBORDINATORS.contains(token.lower()) && (!PREPOSITIONAL.contains(token.lower()) || hasVerb(tokens, k + 1))) {
				current = next++;
			}
			clause[k] = current;
		}
		return clause;
	}

	/** Subordinators that are also prepositions: "after the summit in March 2023, Seoul …" dates the main clause. */
	private static final Set<String> PREPOSITIONAL = Set.of("after", "before", "until");

	/** Whether a verb form ("visited", "taking", "was") comes before the clause's next comma. */
	private static boolean hasVerb(List<Token> tokens, int from) {
		for (int k = from; k < tokens.size() && !tokens.get(k).is(",") && !tokens.get(k).is(";"); k++) {
			String word = tokens.get(k).lower();
			if (tokens.get(k).isWord() && !tokens.get(k).isCapitalised() && (word.endsWith("ed") || word.endsWith("ing")
					|| AUXILIARIES.contains(word) && !word.equals("to") && !word.equals("and") && !word.equals("or"))) {
				return true;
			}
		}
		return false;
	}

	/** How far before publication a day may lie and still be the day a news report is about. */
	private static final int STORY_DAYS = 7;

	/**
	 * A day a sentence states that lies in the week before publication (a dateline, "on Thursday", "yesterday"): the
	 * day the report is about, which its undated sentences narrate ("The two leaders met in Nara").
	 */
	private static FactDate storyDay(List<TimeExpression> times, FactDate published) {
		if (published == null || published.precision() != Precision.DAY) {
			return null;
		}
		for (TimeExpression time : times) {
			if (time.anchors() && time.date() != null && time.date().precision() == Precision.DAY
					&& (time.kind() == TimeExpression.Kind.EXPLICIT || time.kind() == TimeExpression.Kind.RELATIVE)
					&& !time.date().first().isAfter(published.first())
					&& !time.date().first().isBefore(published.first().minusDays(STORY_DAYS))) {
				return time.date();
			}
		}
		return null;
	}

	/** The first date a sentence states for what it reports, for the sentences after it. */
	private static FactDate sentenceDate(List<TimeExpression> times) {
		return times.stream().filter(t -> t.anchors() && t.date() != null && (t.kind() == TimeExpression.Kind.EXPLICIT
				|| t.kind() == TimeExpression.Kind.RELATIVE)).map(TimeExpression::date).findFirst().orElse(null);
	}

	/**
	 * ", and" opens a clause when a verb follows ("…, and Seoul did the same in 2020"), not when it joins names ("with
	 * Kishida, center, and Yoon … May 21, 2023"); without tags, it is taken to open one.
	 */
	private static boolean verbBetween(String[] tags, int from, int to) {
		if (tags == null) {
			return true;
		}
		for (int k = from; k < to && k < tags.length; k++) {
			if ("VERB".equals(tags[k]) || "AUX".equals(tags[k])) {
				return true;
			}
		}
		return false;
	}

	private static FactDate toMonth(FactDate date) {
		return (date.precision() == Precision.DAY) ? FactDate.parse(YearMonth.from(date.first()).toString()) : date;
	}

	/** How sure a measure's own predicate ("the curbs took effect on July 4") makes us of the change it names. */
	private static final double LIFECYCLE_CONFIDENCE = 0.7;

	/**
	 * Changes a measure's own predicate reports ({@link MeasureLifecycle}): "the system became operational Tuesday"
	 * is the data-sharing system entering into force that day, even with no trigger in the sentence; "agreed to
	 * continue their shuttle diplomacy" changes nothing of it. A change this sentence or the one before already
	 * reports of the measure is left as read. A new reading is an event between the measure's sides: the curated
	 * change it is, of that event's type and on its day, when the curated data holds one that the clause's date holds
	 * (or the only one, when the clause gives none, before publication); else, for a measure named by a cue, of the
	 * type that makes the change, on the clause's date; otherwise none at all. Only what the sentence asserts or announces counts (planned, denied or quoted changes are none).
	 */
	private void lifecycleChanges(Document document, Sentence sentence, List<Mention> mentions,
			List<TimeExpression> times, List<String> recent, List<Candidate> candidates, int fromIndex) {
		List<Token> tokens = sentence.tokens();
		List<MeasureLifecycle.Reading> readings = lifecycle.read(tokens, times, recent);
		if (readings.isEmpty()) {
			return;
		}
		boolean[] quoted = RoleAssigner.View.of(tokens, mentions).quoted();
		String here = "sentence " + sentence.number();
		String before = "sentence " + (sentence.number() - 1);
		for (MeasureLifecycle.Reading reading : readings) {
			Modality what = modality.of(tokens, lifecycleMatch(reading, tokens), quoted);
			if (!what.reported()) {
				continue;
			}
			if (reading.change().equals(MeasureLifecycle.NONE)) {
				unchanged(candidates, fromIndex, reading, tokens);
				continue;
			}
			boolean reported = candidates.stream()
				.filter(c -> c.citation().source().equals(document.sourceId())
						&& (c.citation().locator().equals(here) || c.citation().locator().equals(before)))
				.anyMatch(c -> c.measures().stream().anyMatch(m -> m.measure().equals(reading.measure())));
			if (reported) {
				continue;
			}
			FactDate read = reading.time() != null ? reading.time().date() : null;
			Optional<MeasureLexicon.Curated> curated = measureLexicon.curatedChange(reading.measure(), reading.change(), read)
				.filter(c -> document.published() == null || !c.day().first().isAfter(document.published().last()));
			// the curated change's own event type, else the type the lexicon gives the change
			Optional<String> type = curated.map(MeasureLexicon.Curated::eventType).or(() -> measureLexicon
				.kindOf(reading.measure()).flatMap(k -> measureLexicon.typeMaking(reading.change(), k)));
			if (type.isEmpty()) {
				continue;
			}
			FactDate date;
			FactDate effective = null;
			Candidate.DateSource source = read != null ? Candidate.DateSource.SENTENCE : Candidate.DateSource.PARAGRAPH;
			if (curated.isPresent()) {
				date = curated.get().eventDate();
				effective = curated.get().change().effective();
			}
			else if (read != null && read.precision() != Precision.YEAR && reading.cued()
					&& measureLexicon.existed(reading.measure(), reading.change(), read)) {
				// a change the curated data lacks needs the measure named by a cue: other words naming a curated
				// measure ("a missile defence system") are too loose to make a new event of
				date = read;
			}
			else {
				continue;
			}
			Citation citation = new Citation(document.sourceId(), here, what == Modality.FUTURE ? "announced" : null,
					new Evidence(sentence.text(), sentence.start(), sentence.end())
						.triggeredBy(tokens.get(reading.first()).start(), tokens.get(reading.last()).end()));
			candidates.add(new Candidate(type.get(), date, source, measureLexicon.sidesOf(reading.measure()), null, what,
					LIFECYCLE_CONFIDENCE * what.weight() * source.factor(document.looksBack()), citation,
					List.of(new MeasureChange(reading.measure(), reading.change(), effective))));
		}
	}

	/** A lifecycle predicate as a trigger match, for reading its modality ("set to expire", "did not take effect"). */
	private static TriggerLexicon.Match lifecycleMatch(MeasureLifecycle.Reading reading, List<Token> tokens) {
		TriggerLexicon.Entry entry = new TriggerLexicon.Entry("lifecycle", Map.of(), LIFECYCLE_CONFIDENCE, 0, null, false,
				List.of());
		TriggerLexicon.Pattern pattern = new TriggerLexicon.Pattern(entry, reading.verb(), "lifecycle", List.of(), Set.of());
		return new TriggerLexicon.Match(pattern, reading.first(), reading.last(),
				reading.passive() ? reading.last() : reading.first(), reading.passive(), 0);
	}

	/** How many words may stand between a trigger and a predicate its clause governs ("agreed to continue"). */
	private static final int GOVERNED = 3;

	/**
	 * "They agreed to continue their shuttle diplomacy": the trigger right before a predicate that keeps a measure as
	 * it was makes no change to that measure.
	 */
	private static void unchanged(List<Candidate> candidates, int fromIndex, MeasureLifecycle.Reading reading,
			List<Token> tokens) {
		int predicateStart = tokens.get(reading.first()).start();
		for (int c = fromIndex; c < candidates.size(); c++) {
			Candidate read = candidates.get(c);
			Integer triggerEnd = read.citation().evidence() != null ? read.citation().evidence().triggerEnd() : null;
			if (triggerEnd == null || triggerEnd > predicateStart
					|| read.measures().stream().noneMatch(m -> m.measure().equals(reading.measure()))) {
				continue;
			}
			long between = tokens.stream().filter(t -> t.start() >= triggerEnd && t.end() <= predicateStart).count();
			if (between <= GOVERNED) {
				candidates.set(c, read.withMeasures(read.measures().stream()
					.filter(m -> !m.measure().equals(reading.measure())).toList()));
			}
		}
	}

	/** A report of a curated event: its changes as that event holds them ({@link MeasureLexicon#asCurated}). */
	private static ExtractedEvent asCurated(ExtractedEvent reading, EventFact supported) {
		return new ExtractedEvent(reading.id(), reading.type(), reading.date(), reading.participants(),
				MeasureLexicon.asCurated(reading.measures(), reading.date(), supported), reading.place(), reading.confidence(),
				reading.citations(), reading.supports());
	}

	/**
	 * "The removal takes effect on Aug. 28.": a sentence that reports no change of its own but says when one takes
	 * effect gives the effective date of the changes reported in the sentence just before (not before their event).
	 */
	private void takesEffectLater(List<Candidate> candidates, int sentence, List<TimeExpression> times,
			List<Token> tokens) {
		if (candidates.isEmpty()) {
			return;
		}
		String previous = "sentence " + (sentence - 1);
		for (TimeExpression time : times) {
			if (!measureLexicon.marksEffective(tokens, time) || time.date() == null) {
				continue;
			}
			for (int c = candidates.size() - 1; c >= 0 && candidates.get(c).citation().locator().equals(previous); c--) {
				Candidate read = candidates.get(c);
				FactDate day = ahead(time, read.date());
				if (read.measures().isEmpty() || day.first().isBefore(read.date().first())) {
					continue;
				}
				candidates.set(c, read.withMeasures(read.measures().stream()
					.map(m -> m.effective() != null ? m : new MeasureChange(m.measure(), m.change(), day)).toList()));
			}
			return;
		}
	}

	/**
	 * A day without a year is resolved as the last such day before publication, which suits what happened; a change
	 * that takes effect on "Aug. 28" lies ahead of the decision, so it is the next such day.
	 */
	private static FactDate ahead(TimeExpression time, FactDate decided) {
		FactDate date = time.date();
		if (date != null && time.kind() == TimeExpression.Kind.RELATIVE && date.precision() == Precision.DAY
				&& date.first().isBefore(decided.first()) && date.first().plusYears(1).isAfter(decided.first())) {
			return FactDate.parse(date.first().plusYears(1).toString());
		}
		return date;
	}

	/** A meeting of people who all led their countries that day is a summit (the lexicon's {@code upgrade}). */
	private String upgrade(TriggerLexicon.Match match, List<Participant> participants, FactDate date) {
		String upgrade = match.entry().upgrade();
		List<String> people = participants.stream().map(Participant::actor).filter(actors::isPerson).toList();
		// "in June" for a president sworn in on 4 June: leading at the end of the period the text gives will do
		if (upgrade != null && people.size() >= 2 && people.stream().allMatch(person -> actors.isLeader(person, date.first())
				|| actors.isLeader(person, date.last()))) {
			return upgrade;
		}
		return match.entry().type();
	}

	/** A curated place right after the trigger: "in Tokyo". */
	private static String place(RoleAssigner.View view, TriggerLexicon.Match match) {
		for (int k = match.last() + 1; k < view.tokens().size(); k++) {
			Mention mention = view.startingAt()[k];
			if (mention != null && mention.place() != null && mention.kind() == Mention.Kind.PLACE) {
				return mention.place();
			}
			if (view.tokens().get(k).is(",") || view.tokens().get(k).is(";")) {
				return null;
			}
		}
		return null;
	}

	private Map<String, Object> source(Document document) {
		Map<String, Object> fact = new LinkedHashMap<>();
		fact.put("fact", "source");
		fact.put("id", document.sourceId());
		fact.put("publisher", document.publisher() != null ? document.publisher() : publisherOf(document.url()));
		fact.put("title", document.title() != null ? document.title() : headline(document));
		FactWriter.putIf(fact, "published", document.published() != null ? document.published().text() : null);
		FactWriter.putIf(fact, "url", document.url());
		fact.put("language", "en");
		FactWriter.putIf(fact, "type", document.type());
		FactWriter.putIf(fact, "corpusFile", document.corpusFile());
		fact.put("method", "extracted");
		fact.put("confidence", 1.0);
		fact.put("status", FactWriter.CANDIDATE);
		return fact;
	}

	/** Without a publisher given, the web site the URL names ("www.scmp.com" → "scmp.com"), else "unknown". */
	static String publisherOf(String url) {
		if (url != null) {
			try {
				String host = java.net.URI.create(url).getHost();
				if (host != null) {
					return host.replaceFirst("^(www|m|en|english)\\.", "");
				}
			}
			catch (IllegalArgumentException ex) {
				// not a URL: fall through
			}
		}
		return "unknown";
	}

	/**
	 * Without a title given, the first line when it reads as a headline — short, no closing full stop, not a photo
	 * caption or credit — else a neutral description: a wrong title is worse than none.
	 */
	static String headline(Document document) {
		String first = document.text().lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
		String lower = first.toLowerCase(Locale.ROOT);
		boolean caption = lower.startsWith("photo") || lower.startsWith("file photo") || lower.contains("getty images")
				|| lower.contains("/reuters") || lower.contains("(ap)");
		boolean headline = !first.isEmpty() && first.length() <= 120 && !first.endsWith(".") && first.split("\\s+").length >= 3;
		return headline && !caption ? first : "Text extracted as " + document.sourceId();
	}

	private Map<String, Object> event(EventMerger.Group group, Set<String> ids, Actors actors) {
		List<Participant> participants = group.participants();
		String type = group.type();
		String id = uniqueId(group.date().text() + "-" + participants.getFirst().actor() + "-" + type.replace('_', '-'), ids);
		Map<String, Object> fact = new LinkedHashMap<>();
		fact.put("fact", "event");
		fact.put("id", id);
		fact.put("type", type);
		fact.put("date", group.date().text());
		fact.put("title", title(type, participants, actors));
		fact.put("participants", FactWriter.participants(participants));
		FactWriter.putIf(fact, "place", group.members().stream().map(Candidate::place).filter(p -> p != null).findFirst()
			.orElse(null));
		List<Map<String, Object>> measures = new ArrayList<>();
		for (MeasureChange change : group.measures()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("measure", change.measure());
			m.put("change", change.change());
			FactWriter.putIf(m, "effective", change.effective() != null ? change.effective().text() : null);
			measures.add(m);
		}
		if (!measures.isEmpty()) {
			fact.put("measures", measures);
		}
		fact.put("method", "extracted");
		fact.put("confidence", group.confidence());
		fact.put("status", FactWriter.CANDIDATE);
		fact.put("sources", FactWriter.citations(group.members().stream().map(Candidate::citation).toList()));
		if (group.members().stream().allMatch(member -> member.modality() == Modality.FUTURE)) {
			fact.put("notes", "Reported as announced or planned, not yet carried out, on this date.");
		}
		return fact;
	}

	/** A title in our own words: the type's label and who took part ("Missile launch: North Korea"). */
	private String title(String type, List<Participant> participants, Actors names) {
		String label = eventTypes.byId(type).map(EventType::label).orElse(type);
		String actors = participants.stream().filter(p -> !PASSIVE_ROLES.contains(p.role()))
			.map(p -> names.name(p.actor())).collect(Collectors.joining(", "));
		String others = participants.stream().filter(p -> PASSIVE_ROLES.contains(p.role()))
			.map(p -> names.name(p.actor())).collect(Collectors.joining(", "));
		return label + ": " + actors + (others.isEmpty() ? "" : " (" + others + ")");
	}

	private String uniqueId(String base, Set<String> ids) {
		String slug = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("-+", "-");
		String id = slug;
		for (int n = 2; ids.contains(id) || seeds.byId(id).isPresent(); n++) {
			id = slug + "-" + n;
		}
		ids.add(id);
		return id;
	}

	/** Scores an extraction of one part of a corpus against its gold events (see {@link Evaluation}). */
	EvaluationReport evaluate(String part, Extraction extraction, GoldStandard gold,
			java.util.function.Function<String, String> page, List<DroppedTrigger> dropped) {
		Map<String, CandidateActor> candidates = new HashMap<>();
		extraction.actors().forEach(c -> candidates.put(c.id(), c));
		return new Evaluation(actors.with(candidates), this::family, measureLexicon::curatedNamed).score(part,
				extraction.events(), extraction.actors(), extraction.measures(), gold.events(), seeds.all(EventFact.class),
				page, dropped);
	}

	/** Whether the seeds hold an actor, a measure or any fact with this id. */
	boolean knows(String id) {
		return seeds.byId(id).isPresent();
	}

	EventTypes eventTypes() {
		return eventTypes;
	}

	/** The events of an extraction as records, read back the way the loader reads them. */
	public static List<EventFact> events(Extraction extraction) {
		return FactReader.read(List.of(new FactFile("extracted.jsonl", extraction.jsonLines()))).facts().all(EventFact.class);
	}

	/** The output is read back and validated like a load would; a problem here is the extractor's bug. */
	private void check(Extraction extraction) {
		FactReading reading = FactReader.read(List.of(new FactFile("extracted.jsonl", extraction.jsonLines())));
		List<Problem> problems = new ArrayList<>(reading.problems());
		problems.addAll(FactValidator.validate(reading.facts(), eventTypes, id -> seeds.byId(id).isPresent()));
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The extractor wrote invalid facts: " + problems);
		}
	}

}
