package org.jkgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jkgraph.facts.ActorFact;
import org.jkgraph.facts.FactSet;
import org.jkgraph.facts.PlaceFact;

/**
 * Finds curated actors and places in tokens: names, aliases, native names, demonyms and metonyms of the curated
 * actors plus the extra aliases of {@code cues.yaml}, longest match first. Capitalised names only match capitalised
 * words and acronyms only their exact case ("US" is not "us"). Demonyms name a country only before a government noun
 * ("the Japanese government"), capitals only outside a locative phrase ("Seoul said", not "in Seoul"), and phrases
 * such as "the North" only after their actor was named.
 */
final class Gazetteer {

	private enum NameKind {

		NAME, DEMONYM, METONYM, PLACE

	}

	/** One name: its words as written, and what it names. */
	private record Name(List<String> words, List<String> lower, String actor, String place, NameKind kind,
			boolean needsAntecedent) {
	}

	private final Map<String, List<Name>> byFirstWord = new HashMap<>();

	private final Cues cues;

	private final Actors actors;

	/** Names of five letters or more, for matching a name misspelled by one letter ("Kishdia"). */
	private final List<Name> fuzzy = new ArrayList<>();

	/** Person titles (offices and {@code titles} of cues.yaml) by their first word, for people seeds lack. */
	private final Map<String, List<List<String>>> titlesByFirstWord = new HashMap<>();

	/** Office titles by their first word: looked up at every token, so not a scan of all titles. */
	private final Map<String, List<List<String>>> officesByFirstWord = new HashMap<>();

	/** The government a place stands for when the text names it for one ("Tokyo" for Japan's): place id to actor. */
	private final Map<String, String> governmentAt = new HashMap<>();

	/** The country of each curated place that lies in one. */
	private final Map<String, String> placeCountry = new HashMap<>();

	/** The actor a curated place stands for as a metonym ("welcomed in Tokyo"), or null. */
	String governmentAt(String place) {
		return governmentAt.get(place);
	}

	Gazetteer(FactSet facts, Cues cues, Actors actors) {
		this.cues = cues;
		this.actors = actors;
		cues.titles().forEach(title -> titlesByFirstWord.computeIfAbsent(title.getFirst(), k -> new ArrayList<>()).add(title));
		cues.offices().keySet()
			.forEach(title -> titlesByFirstWord.computeIfAbsent(title.getFirst(), k -> new ArrayList<>()).add(title));
		cues.offices().keySet()
			.forEach(title -> officesByFirstWord.computeIfAbsent(title.getFirst(), k -> new ArrayList<>()).add(title));
		Map<String, String> placeByName = new HashMap<>();
		for (PlaceFact place : facts.all(PlaceFact.class)) {
			add(place.name(), null, place.id(), NameKind.PLACE, false);
			place.aliases().forEach(alias -> add(alias, null, place.id(), NameKind.PLACE, false));
			placeByName.put(Tokenizer.lower(place.name()), place.id());
			if (place.country() != null) {
				placeCountry.put(place.id(), place.country());
			}
		}
		for (ActorFact actor : facts.all(ActorFact.class)) {
			add(actor.name(), actor.id(), null, NameKind.NAME, false);
			actor.aliases().forEach(alias -> add(alias, actor.id(), null, NameKind.NAME, false));
			actor.names().values().forEach(name -> add(name, actor.id(), null, NameKind.NAME, false));
			actor.demonyms().forEach(demonym -> add(demonym, actor.id(), null, NameKind.DEMONYM, false));
			for (String metonym : actor.metonyms()) {
				boolean antecedent = cues.needsAntecedent().containsKey(LexiconFiles.words(metonym));
				String place = placeByName.get(Tokenizer.lower(metonym));
				add(metonym, actor.id(), place, NameKind.METONYM, antecedent);
				if (place != null) {
					governmentAt.putIfAbsent(place, actor.id());
				}
			}
		}
		cues.aliases().forEach((actor, aliases) -> aliases.forEach(alias -> add(alias, actor, null, NameKind.NAME, false)));
		cues.needsAntecedent().forEach((words, actor) -> add(String.join(" ", words), actor, null, NameKind.METONYM, true));
		byFirstWord.values().forEach(names -> names.stream()
			.filter(name -> name.actor() != null && name.kind() == NameKind.NAME && String.join(" ", name.lower()).length() >= 5)
			.forEach(fuzzy::add));
		// longest first; of equally long names, the actor reading before the place one ("Seoul said")
		byFirstWord.values().forEach(names -> names.sort(Comparator.comparingInt((Name name) -> name.words().size())
			.reversed()
			.thenComparing(name -> name.kind() == NameKind.PLACE)));
	}

	private void add(String text, String actor, String place, NameKind kind, boolean needsAntecedent) {
		List<Token> tokens = Tokenizer.tokenize(text);
		if (tokens.isEmpty()) {
			return;
		}
		Name name = new Name(tokens.stream().map(Token::text).toList(), tokens.stream().map(Token::lower).toList(), actor,
				place, kind, needsAntecedent);
		byFirstWord.computeIfAbsent(name.lower().getFirst(), k -> new ArrayList<>()).add(name);
	}

	/**
	 * The mentions in a sentence, left to right, without overlaps.
	 * @param named actors named earlier in the document (for "the North"); this sentence's names are added to it
	 */
	List<Mention> find(List<Token> tokens, Set<String> named) {
		return find(tokens, named, Set.of());
	}

	/**
	 * As {@link #find(List, Set)}, with the countries the passage is set in by the sentences just before
	 * ({@link #setting}): a group the text points at without saying whose ("16 student activists", "the plaintiffs")
	 * is of the setting's country when this sentence and those name one country only, and no actor otherwise.
	 */
	List<Mention> find(List<Token> tokens, Set<String> named, Set<String> settingBefore) {
		List<Mention> unplaced = new ArrayList<>();
		List<Mention> found = findAll(tokens, named, unplaced);
		if (unplaced.isEmpty()) {
			return found;
		}
		Set<String> setting = new java.util.HashSet<>(settingBefore);
		setting.addAll(setting(tokens, found));
		String country = (setting.size() == 1) ? setting.iterator().next() : null;
		List<Mention> result = new ArrayList<>(found.size());
		for (Mention mention : found) {
			CandidateActor candidate = mention.candidate();
			if (!unplaced.contains(mention)) {
				result.add(mention);
			}
			else if (country != null) {
				// "the plaintiffs" of one document are not those of another set elsewhere: the id carries the country
				String id = slug(country + " " + candidate.name());
				result.add(new Mention(mention.first(), mention.last(), id, mention.place(), mention.kind(),
						mention.officeRole(), mention.possessive(), new CandidateActor(id, candidate.kind(),
								candidate.name(), candidate.title(), country, candidate.citations())));
			}
		}
		return result;
	}

	/** Domestic state bodies: their country is where the passage is set ("South Korean police detained …"). */
	private static final Set<String> DOMESTIC_BODIES = Set.of("police", "court", "courts", "prosecutors");

	/**
	 * The countries a sentence sets its passage in: those of the curated places it names as places ("in Seoul",
	 * "Iwate Prefecture") and of the domestic state bodies it names with their country ("South Korean police", "Japan's
	 * courts"). An embassy or a minister abroad is no evidence: only where things happen and who polices them.
	 */
	Set<String> setting(List<Token> tokens, List<Mention> mentions) {
		Set<String> countries = new java.util.LinkedHashSet<>();
		for (Mention mention : mentions) {
			if (mention.kind() == Mention.Kind.PLACE && mention.place() != null && placeCountry.get(mention.place()) != null) {
				countries.add(placeCountry.get(mention.place()));
			}
			else if (mention.actor() != null && actors.isCountry(mention.actor())) {
				int next = mention.last() + 1;
				if (next < tokens.size() && tokens.get(next).is("'s")) {
					next++;
				}
				if (next < tokens.size() && DOMESTIC_BODIES.contains(tokens.get(next).lower())) {
					countries.add(mention.actor());
				}
			}
		}
		return countries;
	}

	/** @param unplaced collects the groups found without a country, for the setting to place or drop */
	private List<Mention> findAll(List<Token> tokens, Set<String> named, List<Mention> unplaced) {
		List<Mention> mentions = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			Mention mention = at(tokens, i, named);
			if (mention == null) {
				mention = namePart(tokens, i, named);
			}
			if (mention == null) {
				i++;
				continue;
			}
			mentions.add(mention);
			if (mention.actor() != null && mention.kind() != Mention.Kind.MODIFIER) {
				named.add(mention.actor());
			}
			i = mention.last() + 1;
		}
		List<Mention> all = withCandidates(tokens, mentions, unplaced);
		for (Mention mention : all) {
			if (mention.kind() == Mention.Kind.CANDIDATE && "person".equals(mention.candidate().kind())) {
				named.add(PERSON_SEEDS_LACK + mention.candidate().name());
			}
		}
		return all;
	}

	/** The lower-cased words of the curated names {@link #namePart} compares, shared by all extractions. */
	private final Map<String, List<String>> nameWords = new java.util.concurrent.ConcurrentHashMap<>();

	/** How a person seeds lack is remembered among the document's named actors, for {@link #namePart}. */
	private static final String PERSON_SEEDS_LACK = "person:";

	/**
	 * "Lee met Ishiba", "Okano summoned the ambassador": once a document has named a person in full, one word of that
	 * name standing alone (the family name, first in Korean and Japanese order or last in Western order) is that
	 * person, when exactly one person named so far has it and no other name word joins it ("Lee Myung-bak").
	 */
	private Mention namePart(List<Token> tokens, int i, Set<String> named) {
		Token token = tokens.get(i);
		if (!isNameWord(token) || token.text().length() < 3 || i + 1 < tokens.size() && isNameWord(tokens.get(i + 1))
				|| i > 0 && isNameWord(tokens.get(i - 1))) {
			return null;
		}
		String found = null;
		String foundName = null;
		for (String actor : named) {
			boolean lacking = actor.startsWith(PERSON_SEEDS_LACK);
			if (!lacking && !actors.isPerson(actor)) {
				continue;
			}
			String name = lacking ? actor.substring(PERSON_SEEDS_LACK.length()) : actors.name(actor);
			// curated names are cached (bounded by the seeds); names read from a text are split each time
			List<String> words = lacking ? Tokenizer.tokenize(name).stream().map(Token::lower).toList()
					: nameWords.computeIfAbsent(name, n -> Tokenizer.tokenize(n).stream().map(Token::lower).toList());
			if (words.size() >= 2 && (words.getFirst().equals(token.lower()) || words.getLast().equals(token.lower()))) {
				if (found != null && !found.equals(actor)) {
					return null;
				}
				found = actor;
				foundName = name;
			}
		}
		if (found == null) {
			return null;
		}
		if (found.startsWith(PERSON_SEEDS_LACK)) {
			CandidateActor candidate = new CandidateActor(slug(foundName), "person", foundName, null, null, List.of());
			return new Mention(i, i, candidate.id(), null, Mention.Kind.CANDIDATE, null,
					i + 1 < tokens.size() && tokens.get(i + 1).is("'s"), candidate);
		}
		return mention(tokens, i, i, found, null, Mention.Kind.NAME, null);
	}

	/**
	 * People seeds lack, named after a title: "Vice Foreign Minister Choi Jong-kun", "Japanese Ambassador to South Korea
	 * Koichi Aiboshi", "U.S. Secretary of State Rex Tillerson". Two or three capitalised words that name nothing known
	 * make the name; the country is that of a demonym or actor right before the title. Without a title a capitalised
	 * phrase is not taken for a person: too many are places, bodies or headlines.
	 */
	private List<Mention> withCandidates(List<Token> tokens, List<Mention> mentions, List<Mention> unplaced) {
		List<Mention> result = new ArrayList<>(mentions);
		for (int k = 0; k < tokens.size(); k++) {
			int title = titleLength(tokens, k);
			if (title == 0) {
				continue;
			}
			int n = k + title;
			// "vice minister for foreign affairs Masataka Okano", "Ambassador to South Korea Koichi Aiboshi"
			if (n < tokens.size() && tokens.get(n).is("for")) {
				int m = n + 1;
				while (m < tokens.size() && m - n <= 3 && tokens.get(m).isWord() && !tokens.get(m).isCapitalised()) {
					m++;
				}
				n = (m > n + 1) ? m : n;
			}
			if (n + 1 < tokens.size() && tokens.get(n).is("to")) {
				Mention to = startingAt(result, n + 1);
				if (to != null && to.actor() != null) {
					n = to.last() + 1;
				}
			}
			int end = n;
			while (end < tokens.size() && end - n < 3 && isNameWord(tokens.get(end)) && covering(result, end) == null) {
				end++;
			}
			if (end - n < 2 || end < tokens.size() && (isNameWord(tokens.get(end)) || covering(result, end) != null
					&& covering(result, end).first() == end)) {
				continue;
			}
			Mention before = covering(result, k);
			int first = k;
			String country = null;
			// "Ministry of Commerce spokesperson Shu Jueting", "Foreign Ministry spokesman Lin Jian": the body the title
			// belongs to is part of it (its country, when no actor names it, is the discourse's: Extractor)
			int organ = (before == null) ? organBefore(tokens, k, result) : k;
			if (before != null && before.kind() == Mention.Kind.OFFICE) {
				// "Chinese President" read as an office: the demonym gives the country
				country = before.actor();
				first = before.first();
			}
			else {
				first = organ;
				int b = (organ > 0 && tokens.get(organ - 1).is("'s")) ? organ - 2 : organ - 1;
				Mention previous = (b >= 0) ? endingAt(result, b) : null;
				if (previous != null && previous.actor() != null) {
					country = actors.countryOf(previous.actor());
					first = previous.first();
				}
			}
			String name = text(tokens, n, end - 1);
			String id = slug(name);
			if (actors.byId(id).isPresent()) {
				continue;
			}
			CandidateActor candidate = new CandidateActor(id, "person", name, text(tokens, organ, k + title - 1), country,
					List.of());
			int from = first;
			int to = end;
			result.removeIf(m -> m.last() >= from && m.first() < to);
			result.add(new Mention(first, end - 1, id, null, Mention.Kind.CANDIDATE, null,
					end < tokens.size() && tokens.get(end).is("'s"), candidate));
			k = end - 1;
		}
		appositions(tokens, result);
		groups(tokens, result, unplaced);
		bodiesOf(tokens, result);
		result.sort(java.util.Comparator.comparingInt(Mention::first));
		return result;
	}

	/**
	 * "Han Do-yun, the chief of Seoul's spy agency, spoke": two or three name words
	 * that name nothing known, then a comma and a title (after "the" and up to two modifiers), make a person seeds lack,
	 * of the country of the first actor named in the title's phrase.
	 */
	private void appositions(List<Token> tokens, List<Mention> result) {
		for (int k = 0; k + 3 < tokens.size(); k++) {
			if (!isNameWord(tokens.get(k)) || k > 0 && isNameWord(tokens.get(k - 1)) || covering(result, k) != null) {
				continue;
			}
			int end = k;
			while (end < tokens.size() && end - k < 3 && isNameWord(tokens.get(end)) && covering(result, end) == null) {
				end++;
			}
			if (end - k < 2 || end >= tokens.size() || !tokens.get(end).is(",")) {
				continue;
			}
			int t = end + 1;
			if (t < tokens.size() && (tokens.get(t).is("the") || tokens.get(t).is("a") || tokens.get(t).is("an"))) {
				t++;
			}
			int title = 0;
			for (int skip = 0; skip <= 2 && t + skip < tokens.size() && title == 0; skip++) {
				title = titleLength(tokens, t + skip);
				if (title == 0) {
					Token modifier = tokens.get(t + skip);
					if (!modifier.isWord() || modifier.isCapitalised()) {
						break;
					}
				}
				else {
					t += skip;
				}
			}
			if (title == 0) {
				continue;
			}
			String name = text(tokens, k, end - 1);
			String id = slug(name);
			if (actors.byId(id).isPresent()) {
				continue;
			}
			String country = null;
			for (Mention mention : result) {
				if (mention.first() > t && mention.first() <= t + title + 6 && mention.actor() != null) {
					country = actors.countryOf(mention.actor());
					break;
				}
			}
			CandidateActor candidate = new CandidateActor(id, "person", name, text(tokens, t, t + title - 1), country,
					List.of());
			result.add(new Mention(k, end - 1, id, null, Mention.Kind.CANDIDATE, null, false, candidate));
			k = end;
		}
	}

	/**
	 * "South Korean activists", "Japanese civic groups", "former comfort women": a head noun of cues' {@code groups}
	 * after a demonym (up to two lower-case words between) or after "former" names a group seeds lack, of the
	 * demonym's country. After a number or "the" ("16 student activists", "the plaintiffs") it is a group the text
	 * points at without saying whose: {@code unplaced}, for the passage's setting to place ({@link #find(List, Set, Set)}).
	 * A bare plural ("activists") names no one in particular and stays no actor.
	 */
	private void groups(List<Token> tokens, List<Mention> result, List<Mention> unplaced) {
		for (int k = 0; k < tokens.size(); k++) {
			int head = phraseLength(cues.groups(), tokens, k);
			if (head == 0 || covering(result, k) != null) {
				continue;
			}
			int end = k + head - 1;
			int first = k;
			String country = null;
			boolean pointed = false;
			int b = k - 1;
			while (b >= 0 && k - b <= 2 && tokens.get(b).isWord() && !tokens.get(b).isCapitalised()
					&& covering(result, b) == null && !tokens.get(b).is("former") && !tokens.get(b).is("the")) {
				b--;
			}
			Mention before = (b >= 0) ? covering(result, b) : null;
			if (before != null && before.last() == b && (before.kind() == Mention.Kind.MODIFIER
					|| before.kind() == Mention.Kind.DEMONYM) && before.actor() != null) {
				country = actors.countryOf(before.actor());
				first = before.first();
			}
			else if (k > 0 && tokens.get(k - 1).is("former")) {
				first = k - 1;
			}
			else if (b + 1 < k && Character.isDigit(tokens.get(b + 1).text().charAt(0))
					|| b >= 0 && tokens.get(b).is("the") && (b == 0 || !tokens.get(b - 1).is("of"))) {
				// "16 student activists", "the plaintiffs": a group the text points at; whose, only the setting says
				first = b + 1;
				pointed = true;
			}
			else {
				continue;
			}
			String name = text(tokens, first, end);
			String id = slug(name);
			if (actors.byId(id).isPresent()) {
				continue;
			}
			CandidateActor candidate = new CandidateActor(id, "group", name, null, country, List.of());
			int from = first;
			result.removeIf(m -> m.first() >= from && m.last() <= end);
			Mention group = new Mention(first, end, id, null, Mention.Kind.CANDIDATE, null,
					end + 1 < tokens.size() && tokens.get(end + 1).is("'s"), candidate);
			result.add(group);
			if (pointed) {
				unplaced.add(group);
			}
			k = end;
		}
	}

	/**
	 * "leaders of Japan's new cabinet", "the government of South Korea": a collective government noun before "of" and a
	 * country is that country acting, as "the Japanese government" is ("leader of" names a person, not the country).
	 */
	private static final java.util.Set<String> COLLECTIVE_BODIES = java.util.Set.of("government", "leaders", "officials",
			"authorities", "administration", "delegation", "diplomats");

	/** "a court in South Korea", "police in Japan": a state body placed in a country is that country's. */
	private static final java.util.Set<String> STATE_BODIES_IN = java.util.Set.of("court", "courts", "police",
			"prosecutors", "authorities", "officials", "government");

	private void bodiesOf(List<Token> tokens, List<Mention> result) {
		for (int k = 0; k + 2 < tokens.size(); k++) {
			boolean of = COLLECTIVE_BODIES.contains(tokens.get(k).lower()) && tokens.get(k + 1).is("of");
			boolean in = STATE_BODIES_IN.contains(tokens.get(k).lower()) && tokens.get(k + 1).is("in");
			if (!of && !in || covering(result, k) != null) {
				continue;
			}
			Mention country = startingAt(result, k + 2);
			if (country == null || country.actor() == null || !actors.isCountry(country.actor())
					|| country.kind() != Mention.Kind.NAME && !(in && country.kind() == Mention.Kind.PLACE)) {
				continue;
			}
			result.remove(country);
			result.add(new Mention(k, country.last(), country.actor(), null, Mention.Kind.DEMONYM, null, false));
		}
	}

	private static int phraseLength(List<List<String>> phrases, List<Token> tokens, int at) {
		int best = 0;
		for (List<String> phrase : phrases) {
			if (phrase.size() > best && at + phrase.size() <= tokens.size()) {
				boolean matches = true;
				for (int k = 0; k < phrase.size() && matches; k++) {
					matches = tokens.get(at + k).lower().equals(phrase.get(k));
				}
				if (matches) {
					best = phrase.size();
				}
			}
		}
		return best;
	}

	private int titleLength(List<Token> tokens, int at) {
		int best = 0;
		for (List<String> title : titlesByFirstWord.getOrDefault(tokens.get(at).lower(), List.of())) {
			if (title.size() > best && at + title.size() <= tokens.size()) {
				boolean matches = true;
				for (int k = 1; k < title.size() && matches; k++) {
					matches = tokens.get(at + k).lower().equals(title.get(k));
				}
				if (matches) {
					best = title.size();
				}
			}
		}
		return best;
	}

	/** Nouns that head the name of a government's organ ("Ministry of Commerce", "Fisheries Agency"). */
	static final java.util.Set<String> ORGAN_NOUNS = java.util.Set.of("ministry", "agency", "office", "commission",
			"cabinet", "secretariat", "council", "department", "bureau");

	/**
	 * Where the name of a government organ that ends right before {@code at} starts ("Ministry of Commerce", "Foreign
	 * Ministry", "Defense Ministry"), or {@code at} when there is none. Words an actor already covers are not taken.
	 */
	private static int organBefore(List<Token> tokens, int at, List<Mention> mentions) {
		int j = at - 1;
		if (j < 0 || covering(mentions, j) != null || !tokens.get(j).isCapitalised()) {
			return at;
		}
		if (ORGAN_NOUNS.contains(tokens.get(j).lower())) {
			// "Foreign Ministry": up to two capitalised words before the noun
			int start = j;
			while (start > 0 && j - start < 2 && tokens.get(start - 1).isWord() && tokens.get(start - 1).isCapitalised()
					&& covering(mentions, start - 1) == null && !NOT_NAMES.contains(tokens.get(start - 1).lower())) {
				start--;
			}
			return start;
		}
		// "Ministry of Commerce", "Ministry of Oceans and Fisheries": the noun, "of", and up to three words
		int of = j;
		while (of > 0 && j - of < 3 && covering(mentions, of) == null
				&& (tokens.get(of).isCapitalised() || tokens.get(of).is("and"))) {
			of--;
		}
		if (of > 0 && of < j && tokens.get(of).is("of") && ORGAN_NOUNS.contains(tokens.get(of - 1).lower())
				&& tokens.get(of - 1).isCapitalised() && covering(mentions, of - 1) == null) {
			return of - 1;
		}
		return at;
	}

	private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("monday", "tuesday", "wednesday",
			"thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july",
			"august", "september", "october", "november", "december", "the", "on", "in", "said", "says", "and");

	private static boolean isNameWord(Token token) {
		return token.isWord() && token.isCapitalised() && Character.isLetter(token.text().charAt(0))
				&& !NOT_NAMES.contains(token.lower()) && !token.text().chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
	}

	private static Mention covering(List<Mention> mentions, int k) {
		for (Mention m : mentions) {
			if (m.first() <= k && k <= m.last()) {
				return m;
			}
		}
		return null;
	}

	private static Mention startingAt(List<Mention> mentions, int k) {
		return mentions.stream().filter(m -> m.first() == k).findFirst().orElse(null);
	}

	private static Mention endingAt(List<Mention> mentions, int k) {
		return mentions.stream().filter(m -> m.last() == k).findFirst().orElse(null);
	}

	private static String text(List<Token> tokens, int first, int last) {
		StringBuilder out = new StringBuilder();
		for (int k = first; k <= last; k++) {
			if (k > first) {
				out.append(' ');
			}
			out.append(tokens.get(k).text());
		}
		return out.toString();
	}

	static String slug(String name) {
		return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
			.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	private Mention at(List<Token> tokens, int i, Set<String> named) {
		// "Prime Minister Fumio Kishida": the title belongs to the name that follows it
		int title = officeTitleLength(tokens, i);
		if (title > 0 && tokens.get(i).isCapitalised()) {
			Name person = nameAt(tokens, i + title, named);
			if (person != null && person.actor() != null) {
				return mention(tokens, i, i + title + person.words().size() - 1, person.actor(), null, Mention.Kind.NAME, null);
			}
		}
		Name name = nameAt(tokens, i, named);
		if (name == null) {
			return null;
		}
		int last = i + name.words().size() - 1;
		return switch (name.kind()) {
			case NAME -> {
				// "North Korea's Foreign Ministry", "China's commerce ministry": the country's government acting
				if (last + 2 < tokens.size() && tokens.get(last + 1).is("'s") && actors.isCountry(name.actor())) {
					for (int noun = last + 2; noun < tokens.size() && noun <= last + 4; noun++) {
						if (cues.government().contains(tokens.get(noun).lower()) && officeTitleLength(tokens, last + 2) == 0) {
							yield mention(tokens, i, noun, name.actor(), null, Mention.Kind.DEMONYM, null);
						}
						if (!tokens.get(noun).isWord() || nameAt(tokens, noun, named) != null) {
							break;
						}
					}
				}
				// "Japan's prime minister"
				if (last + 2 < tokens.size() && tokens.get(last + 1).is("'s")) {
					int officeLength = officeTitleLength(tokens, last + 2);
					if (officeLength > 0 && nameAt(tokens, last + 2 + officeLength, named) == null) {
						yield office(tokens, i, last + 1 + officeLength, name.actor(), tokens.subList(last + 2, last + 2 + officeLength));
					}
				}
				yield mention(tokens, i, last, name.actor(), null, Mention.Kind.NAME, null);
			}
			case PLACE -> mention(tokens, i, last, null, name.place(), Mention.Kind.PLACE, null);
			case METONYM -> {
				boolean locative = i > 0 && cues.locative().contains(tokens.get(i - 1).lower());
				yield locative && name.place() != null ? mention(tokens, i, last, null, name.place(), Mention.Kind.PLACE, null)
						: mention(tokens, i, last, name.actor(), name.place(), Mention.Kind.METONYM, null);
			}
			case DEMONYM -> demonym(tokens, i, last, name.actor(), named);
		};
	}

	private Mention demonym(List<Token> tokens, int first, int last, String actor, Set<String> named) {
		int next = last + 1;
		int officeLength = officeTitleLength(tokens, next);
		if (officeLength > 0) {
			Name person = nameAt(tokens, next + officeLength, named);
			if (person != null && person.actor() != null) {
				return mention(tokens, first, next + officeLength + person.words().size() - 1, person.actor(), null,
						Mention.Kind.NAME, null);
			}
			return office(tokens, first, next + officeLength - 1, actor, tokens.subList(next, next + officeLength));
		}
		// "the Japanese government", "a South Korean appellate court": up to two lower-case words before the noun
		for (int noun = next; noun < tokens.size() && noun <= next + 2; noun++) {
			if (cues.government().contains(tokens.get(noun).lower())) {
				return mention(tokens, first, noun, actor, null, Mention.Kind.DEMONYM, null);
			}
			if (!tokens.get(noun).isWord() || tokens.get(noun).isCapitalised()) {
				break;
			}
		}
		boolean standsAlone = next >= tokens.size() || !tokens.get(next).isWord();
		return mention(tokens, first, last, actor, null, standsAlone ? Mention.Kind.DEMONYM : Mention.Kind.MODIFIER, null);
	}

	private Mention office(List<Token> tokens, int first, int last, String country, List<Token> title) {
		String role = cues.offices().get(title.stream().map(Token::lower).toList());
		return mention(tokens, first, last, country, null, Mention.Kind.OFFICE, role);
	}

	private static Mention mention(List<Token> tokens, int first, int last, String actor, String place, Mention.Kind kind,
			String role) {
		boolean possessive = last + 1 < tokens.size() && tokens.get(last + 1).is("'s");
		return new Mention(first, last, actor, place, kind, role, possessive);
	}

	private int officeTitleLength(List<Token> tokens, int at) {
		if (at >= tokens.size()) {
			return 0;
		}
		int best = 0;
		for (List<String> title : officesByFirstWord.getOrDefault(tokens.get(at).lower(), List.of())) {
			if (title.size() > best && at + title.size() <= tokens.size()) {
				boolean matches = true;
				for (int k = 1; k < title.size() && matches; k++) {
					matches = tokens.get(at + k).lower().equals(title.get(k));
				}
				if (matches) {
					best = title.size();
				}
			}
		}
		return best;
	}

	private Name nameAt(List<Token> tokens, int i, Set<String> named) {
		if (i >= tokens.size()) {
			return null;
		}
		for (Name name : byFirstWord.getOrDefault(tokens.get(i).lower(), List.of())) {
			if (i + name.words().size() <= tokens.size() && matches(name, tokens, i)
					&& (!name.needsAntecedent() || named.contains(name.actor()))) {
				return name;
			}
		}
		return fuzzyAt(tokens, i);
	}

	/**
	 * A name misspelled by one letter ("Kishdia", "GSOMIA" as "GSOIMA"): names of five letters or more, capitalised as
	 * written, whose words differ from the text by one edit in all; only when exactly one actor is that close (two
	 * actors one letter apart are never joined) and the words are no exact name themselves.
	 */
	private Name fuzzyAt(List<Token> tokens, int i) {
		if (!tokens.get(i).isCapitalised() || byFirstWord.containsKey(tokens.get(i).lower())) {
			return null;
		}
		Name found = null;
		for (Name name : fuzzy) {
			int size = name.words().size();
			if (i + size > tokens.size()) {
				continue;
			}
			int edits = 0;
			for (int k = 0; k < size && edits <= 1; k++) {
				String word = tokens.get(i + k).lower();
				String expected = name.lower().get(k);
				if (!word.equals(expected)) {
					edits += (word.length() >= 5 && expected.length() >= 5 && Fuzzy.withinOneEdit(word, expected)
							&& Character.isUpperCase(tokens.get(i + k).text().charAt(0))) ? 1 : 2;
				}
			}
			if (edits == 1) {
				if (found != null && !found.actor().equals(name.actor())) {
					return null;
				}
				if (found == null || name.words().size() > found.words().size()) {
					found = name;
				}
			}
		}
		return found;
	}

	private static boolean matches(Name name, List<Token> tokens, int at) {
		for (int k = 0; k < name.words().size(); k++) {
			Token token = tokens.get(at + k);
			String word = name.words().get(k);
			if (!token.lower().equals(name.lower().get(k))) {
				return false;
			}
			boolean acronym = word.length() > 1 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
			if (acronym && !token.text().equals(word) && !token.text().replace('\u2019', '\'').equals(word)) {
				return false;
			}
			if (Character.isUpperCase(word.charAt(0)) && !Character.isUpperCase(token.text().charAt(0))) {
				return false;
			}
		}
		return true;
	}

}
