package org.jkgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.jkgraph.facts.Citation;
import org.jkgraph.facts.FactDate;
import org.jkgraph.facts.MeasureChange;

/**
 * Candidate measures of one extraction: a change to a measure seeds lack ({@link MeasureLexicon#unnamed}) names a
 * candidate measure by its phrase, one per phrase in the extraction (reports of it add citations), and a new event
 * that changes one writes it as a measure fact with {@code status: candidate}, so that review accepts or rejects it
 * like a new actor. It is never joined to a curated measure: that happens only by the curated measure's own words.
 */
final class NewMeasures {

	/** Kinds whose sides are parties to the measure rather than its imposers and targets. */
	private static final Set<String> SHARED = Set.of("agreement", "security_agreement", "information_sharing",
			"diplomatic_channel");

	private static final int MAX_ID = 60;

	private NewMeasures() {
	}

	/**
	 * The change a phrase reading makes: to the curated measure it names in that measure's words, else to the
	 * candidate measure it names, registered in {@code found}; none without a reading.
	 */
	static List<MeasureChange> change(Optional<MeasureLexicon.Unnamed> unnamed, FactDate effective, Citation citation,
			Map<String, CandidateMeasure> found, Predicate<String> curatedId) {
		if (unnamed.isEmpty()) {
			return List.of();
		}
		MeasureLexicon.Unnamed read = unnamed.get();
		if (read.curated() != null) {
			return List.of(new MeasureChange(read.curated(), read.change(), effective));
		}
		String id = idOf(read.phrase().name(), curatedId);
		found.merge(id, new CandidateMeasure(id, read.phrase().kind(), read.phrase().name(), read.phrase().head(),
				read.imposedBy(), read.targets(), List.of(citation)), (a, b) -> {
					List<Citation> citations = new ArrayList<>(a.citations());
					b.citations().stream().filter(c -> !citations.contains(c)).forEach(citations::add);
					return new CandidateMeasure(a.id(), a.kind(), a.name(), a.head(), union(a.imposedBy(), b.imposedBy()),
							union(a.targets(), b.targets()), citations);
				});
		return List.of(new MeasureChange(id, read.change(), effective));
	}

	/** "measure-ban-on-seafood-from-japan": the phrase's words, never a curated id. */
	static String idOf(String name, Predicate<String> curatedId) {
		String slug = ("measure-" + name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("'s", "s"))
			.replaceAll("[^a-z0-9]+", "-").replaceAll("-+", "-").replaceAll("-$", "");
		if (slug.length() > MAX_ID) {
			slug = slug.substring(0, slug.lastIndexOf('-', MAX_ID) > 0 ? slug.lastIndexOf('-', MAX_ID) : MAX_ID);
		}
		return curatedId.test(slug) ? slug + "-extracted" : slug;
	}

	private static List<String> union(List<String> a, List<String> b) {
		Set<String> all = new LinkedHashSet<>(a);
		all.addAll(b);
		return List.copyOf(all);
	}

	/**
	 * One event, one measure per change: where the sentences of one event change a curated measure and, in other
	 * words, a candidate one the same way ("withdrew the WTO complaint", "dropped its complaint about the curbs"), the
	 * candidate is that curated measure and its change is dropped.
	 */
	static List<EventMerger.Group> preferCurated(List<EventMerger.Group> groups, Map<String, CandidateMeasure> found) {
		List<EventMerger.Group> result = new ArrayList<>();
		for (EventMerger.Group group : groups) {
			Set<String> curatedChanges = new LinkedHashSet<>();
			group.measures().stream().filter(m -> !found.containsKey(m.measure())).forEach(m -> curatedChanges.add(m.change()));
			boolean beside = group.measures().stream()
				.anyMatch(m -> found.containsKey(m.measure()) && curatedChanges.contains(m.change()));
			if (!beside) {
				result.add(group);
				continue;
			}
			result.add(new EventMerger.Group(group.members().stream().map(member -> member.withMeasures(member.measures()
				.stream().filter(m -> !found.containsKey(m.measure()) || !curatedChanges.contains(m.change())).toList()))
				.toList()));
		}
		return result;
	}

	/** The candidate measures that an event read changes, in the order they were found. */
	static List<CandidateMeasure> used(Map<String, CandidateMeasure> found, List<ExtractedEvent> events) {
		Set<String> changed = new LinkedHashSet<>();
		events.forEach(e -> e.measures().forEach(m -> changed.add(m.measure())));
		return found.values().stream().filter(m -> changed.contains(m.id())).toList();
	}

	/** Whether a new event (one written as a fact) changes the measure: only then is the measure written. */
	static boolean changedByNew(CandidateMeasure measure, List<ExtractedEvent> events) {
		return events.stream().filter(ExtractedEvent::isNew)
			.anyMatch(e -> e.measures().stream().anyMatch(m -> m.measure().equals(measure.id())));
	}

	/**
	 * The candidate as a measure fact: the text's phrase for its name, its sides among the curated actors, the
	 * confidence of the surest event that changes it.
	 */
	static Map<String, Object> fact(CandidateMeasure measure, Actors actors, List<ExtractedEvent> events) {
		Map<String, Object> fact = new LinkedHashMap<>();
		fact.put("fact", "measure");
		fact.put("id", measure.id());
		fact.put("kind", measure.kind());
		fact.put("name", Character.toUpperCase(measure.name().charAt(0)) + measure.name().substring(1));
		fact.put("summary", "A measure named in the text that the curated data lacks; read by the extractor from a "
				+ "sentence reporting a change to it, for review.");
		List<String> imposers = measure.imposedBy().stream().filter(id -> actors.byId(id).isPresent()).toList();
		List<String> targets = measure.targets().stream().filter(id -> actors.byId(id).isPresent()).toList();
		if (SHARED.contains(measure.kind())) {
			List<String> parties = union(imposers, targets);
			if (!parties.isEmpty()) {
				fact.put("parties", parties);
			}
		}
		else {
			if (!imposers.isEmpty()) {
				fact.put("imposedBy", imposers);
			}
			if (!targets.isEmpty()) {
				fact.put("targets", targets);
			}
		}
		fact.put("method", "extracted");
		fact.put("confidence", events.stream()
			.filter(e -> e.measures().stream().anyMatch(m -> m.measure().equals(measure.id())))
			.mapToDouble(ExtractedEvent::confidence).max().orElse(0.5));
		fact.put("status", FactWriter.CANDIDATE);
		fact.put("sources", FactWriter.citations(measure.citations()));
		return fact;
	}

}
