package org.jkgraph.extract;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cues of {@code seeds/lexicon/cues.yaml}: modality words (and which of them reach through a clause), locative prepositions, office titles, the nouns that
 * make a demonym a government, plural anaphors, names that need an antecedent, extra aliases of curated actors and
 * phrases that repeat the event just reported ("followed suit"), and the head nouns that name a group of people.
 */
record Cues(Map<Modality, List<List<String>>> modality, Set<String> clauseWide, Map<Modality, Set<String>> nounModality,
		Set<String> locative, Map<List<String>, String> offices, Set<String> government, List<List<String>> twoLeaders,
		List<List<String>> twoCountries, Map<List<String>, String> needsAntecedent, Map<String, List<String>> aliases,
		List<List<String>> echoes, List<List<String>> titles, List<List<String>> threeLeaders,
		List<List<String>> threeCountries, List<List<String>> groups) {

	static Cues read(Path seeds) {
		Map<String, Object> file = LexiconFiles.read(seeds, "cues.yaml");
		Map<Modality, List<List<String>>> modality = new EnumMap<>(Modality.class);
		LexiconFiles.map(file.get("modality")).forEach((name, words) -> modality.put(modality(name),
				LexiconFiles.strings(words).stream().map(LexiconFiles::words).toList()));
		Map<Modality, Set<String>> nounModality = new EnumMap<>(Modality.class);
		LexiconFiles.map(file.get("nounModality")).forEach((name, words) -> nounModality.put(modality(name),
				Set.copyOf(LexiconFiles.strings(words).stream().map(Tokenizer::lower).toList())));
		Map<List<String>, String> offices = new LinkedHashMap<>();
		LexiconFiles.map(file.get("offices")).forEach((title, role) -> offices.put(LexiconFiles.words(title), String.valueOf(role)));
		Map<List<String>, String> needsAntecedent = new LinkedHashMap<>();
		LexiconFiles.map(file.get("needsAntecedent"))
			.forEach((phrase, actor) -> needsAntecedent.put(LexiconFiles.words(phrase), String.valueOf(actor)));
		Map<String, List<String>> aliases = new LinkedHashMap<>();
		LexiconFiles.map(file.get("aliases")).forEach((actor, names) -> aliases.put(actor, LexiconFiles.strings(names)));
		return new Cues(modality, lowered(file.get("clauseWide")), nounModality, lowered(file.get("locative")), offices,
				lowered(file.get("government")),
				phrases(file.get("twoLeaders")), phrases(file.get("twoCountries")), needsAntecedent, aliases,
				phrases(file.get("echoes")), phrases(file.get("titles")), phrases(file.get("threeLeaders")),
				phrases(file.get("threeCountries")), phrases(file.get("groups")));
	}

	private static Modality modality(String name) {
		try {
			return Modality.valueOf(name.toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("seeds/lexicon/cues.yaml: unknown modality '" + name + "'", ex);
		}
	}

	private static Set<String> lowered(Object words) {
		Set<String> set = new HashSet<>();
		LexiconFiles.strings(words).forEach(word -> set.add(Tokenizer.lower(word)));
		return Set.copyOf(set);
	}

	private static List<List<String>> phrases(Object words) {
		return LexiconFiles.strings(words).stream().map(LexiconFiles::words).toList();
	}

}
