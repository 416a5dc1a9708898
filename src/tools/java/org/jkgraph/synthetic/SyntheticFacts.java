package org.jkgraph.synthetic;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.jkgraph.facts.EventType;
import org.jkgraph.facts.EventTypes;
import org.jkgraph.facts.FactLines;

/**
 * Writes a synthetic dataset in the loader's format (JSON Lines), shaped like the curated one but at any size:
 * a few thousand actors of whom a few take part in most events (Zipf), several participants per event, places,
 * topics, measures that events impose, suspend and lift over their lifetime, sources that events cite (some as
 * extracted facts with evidence), disagreeing claims, observations, and dates over six decades with more events in
 * recent years. Facts are written one line at a time, so memory does not grow with the number of events, and the
 * same seed always gives the same files.
 *
 * <p>
 * Files are numbered so that the loader, which reads them in name order, meets sources, actors, places, topics and
 * measures before the events that refer to them. Some events name later events they caused, so a load also meets
 * references forward in the input.
 */
public final class SyntheticFacts {

	static final LocalDate FIRST_DAY = LocalDate.of(1965, 6, 22);

	static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

	private static final long SPAN = ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY);

	/** Events per events file: each file stays well below a gigabyte. */
	static final int EVENTS_PER_FILE = 250_000;

	private static final String[] COUNTRIES = { "japan", "south-korea", "north-korea", "united-states", "china",
			"russia", "taiwan", "australia", "india", "united-kingdom", "france", "germany", "canada", "philippines",
			"vietnam", "indonesia", "singapore", "mongolia", "thailand", "malaysia", "new-zealand", "italy", "brazil",
			"mexico" };

	private static final String[] ACTOR_KINDS = { "government_body", "party", "company", "media", "research_body",
			"international_organisation", "group", "person" };

	/** Shares of the non-country actors per kind, in the order of {@link #ACTOR_KINDS}. */
	private static final double[] ACTOR_KIND_SHARES = { 0.15, 0.05, 0.12, 0.05, 0.03, 0.02, 0.03, 0.55 };

	private static final String[] KOREAN_SURNAMES = { "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon",
			"Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon" };

	private static final String[] KOREAN_GIVEN = { "Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yoon", "Su-bin",
			"Jae-won", "Hye-jin", "Sung-min", "Young-ho", "Eun-ji", "Dong-hyun", "Ji-woo", "Tae-yang" };

	private static final String[] JAPANESE_SURNAMES = { "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito",
			"Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue" };

	private static final String[] JAPANESE_GIVEN = { "Hiroshi", "Takeshi", "Yuki", "Haruto", "Sakura", "Kenji",
			"Aiko", "Daisuke", "Naoko", "Shinji", "Emi", "Kazuo", "Yumi", "Ren" };

	private static final String[] BODIES = { "Ministry of Foreign Affairs", "Ministry of Trade", "Ministry of Defence",
			"Supreme Court", "National Assembly Committee", "Prosecutors' Office", "Coast Guard", "Cabinet Office",
			"Fisheries Agency", "Customs Service" };

	private static final String[] OFFICE_ROLES = { "official", "ambassador", "member", "spokesperson", "chair",
			"foreign_minister", "trade_minister", "defence_minister", "executive", "researcher", "professor" };

	private static final String[] PUBLISHERS = { "Yonhap", "Kyodo", "NHK", "The Korea Herald", "The Japan Times",
			"Asahi Shimbun", "Chosun Ilbo", "Reuters", "Associated Press", "Agence France-Presse",
			"Ministry of Foreign Affairs of Japan", "Ministry of Foreign Affairs of the Republic of Korea",
			"Nikkei Asia", "JoongAng Ilbo", "Mainichi Shimbun", "Hankyoreh" };

	private static final String[] SOURCE_TYPES = { "news", "news", "news", "news", "analysis", "official",
			"dataset" };

	private static final String[] LANGUAGES = { "en", "en", "ko", "ja" };

	private static final String[][] CITIES = { { "tokyo", "Tokyo", "japan", "35.68", "139.69" },
			{ "seoul", "Seoul", "south-korea", "37.57", "126.98" }, { "osaka", "Osaka", "japan", "34.69", "135.50" },
			{ "busan", "Busan", "south-korea", "35.18", "129.08" },
			{ "pyongyang", "Pyongyang", "north-korea", "39.04", "125.76" },
			{ "washington", "Washington", "united-states", "38.90", "-77.04" },
			{ "beijing", "Beijing", "china", "39.90", "116.41" }, { "fukuoka", "Fukuoka", "japan", "33.59", "130.40" },
			{ "incheon", "Incheon", "south-korea", "37.46", "126.71" },
			{ "nagasaki", "Nagasaki", "japan", "32.75", "129.88" } };

	private static final String[] TOPIC_ROOTS = { "history-and-apology", "trade", "security", "territory",
			"culture", "economy", "diplomacy", "fisheries", "tourism", "energy", "technology", "environment",
			"labour", "education", "sport", "health", "migration", "finance", "maritime-affairs", "north-korean-threat" };

	private static final String[] MEASURE_KINDS = { "export_control", "trade_status", "trade_dispute",
			"security_agreement", "diplomatic_channel", "compensation_scheme", "agreement", "sanction",
			"information_sharing" };

	private static final String[] INDICATORS = { "exports", "imports", "gdp", "poll_share", "visitors" };

	/** How often each event type occurs among events that change no measure; types not listed weigh 1. */
	private static final Map<String, Integer> TYPE_WEIGHTS = Map.ofEntries(Map.entry("meeting", 12),
			Map.entry("criticism", 8), Map.entry("phone_call", 6), Map.entry("announcement", 6),
			Map.entry("visit", 5), Map.entry("protest", 5), Map.entry("dialogue", 4), Map.entry("demand", 4),
			Map.entry("cooperation", 4), Map.entry("summit", 3), Map.entry("missile_launch", 3),
			Map.entry("praise", 2), Map.entry("military_drill", 2), Map.entry("joint_exercise", 2),
			Map.entry("poll", 2), Map.entry("trade_flow", 2), Map.entry("policy_document", 2));

	private final Shape shape;

	private final SplittableRandom random;

	private final EventTypes eventTypes;

	private final Path folder;

	private final SyntheticIds ids;

	private final Map<String, Long> counts = new TreeMap<>();

	private final List<Path> files = new ArrayList<>();

	private long bytes;

	private final List<Actor> actors = new ArrayList<>();

	private final Map<String, String> actorNames = new HashMap<>();

	/** Actor indexes by participation rank: rank 0 takes part in the most events. */
	private int[] actorByRank;

	private Zipf actorRanks;

	private final List<String> places = new ArrayList<>();

	private final List<String> topics = new ArrayList<>();

	private final List<Measure> measures = new ArrayList<>();

	private final PriorityQueue<Change> schedule = new PriorityQueue<>();

	private final List<String> ordinaryTypes = new ArrayList<>();

	private final List<Integer> typeWeights = new ArrayList<>();

	private int totalTypeWeight;

	private final Map<String, List<String>> typesByChange = new HashMap<>();

	private final Map<String, EventType> typesById = new HashMap<>();

	/**
	 * How much of each kind to write.
	 *
	 * @param events       events, the size that matters
	 * @param actors       actors (countries included)
	 * @param places       places
	 * @param topics       topics
	 * @param measures     measures, each changed by a few events over its lifetime
	 * @param sources      sources the facts cite
	 * @param observations observations (trade flows, polls)
	 */
	public record Shape(int events, int actors, int places, int topics, int measures, int sources,
			int observations) {

		/** The proportions of the curated dataset, stretched to {@code events} events. */
		public static Shape forEvents(int events) {
			return new Shape(events, clamp(events / 25, 60, 4000), clamp(events / 300, 30, 600),
					clamp(events / 1000, 24, 150), clamp(events / 200, 6, 5000), clamp(events / 10, 20, 100_000),
					clamp(events / 100, 10, 10_000));
		}

		private static int clamp(int value, int min, int max) {
			return Math.max(min, Math.min(max, value));
		}

	}

	/** What was written: facts per kind, the files and their total size. */
	public record Summary(Map<String, Long> facts, List<Path> files, long bytes) {

		public long total() {
			return facts.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	private record Actor(String id, String name, String kind, String country) {
	}

	private record Measure(String id, String name, List<String> imposedBy, List<String> targets) {
	}

	/** A change due to a measure at the event with index {@code event}. */
	private record Change(int event, int measure, String change) implements Comparable<Change> {

		@Override
		public int compareTo(Change other) {
			return (event != other.event) ? Integer.compare(event, other.event) : Integer.compare(measure, other.measure);
		}

	}

	private SyntheticFacts(Shape shape, long seed, EventTypes eventTypes, Path folder) {
		this.shape = shape;
		this.random = new SplittableRandom(seed);
		this.eventTypes = eventTypes;
		this.folder = folder;
		this.ids = new SyntheticIds(org.jkgraph.model.FactModel.standard(eventTypes));
		for (EventType type : eventTypes.all()) {
			typesById.put(type.id(), type);
			type.changes().forEach(change -> typesByChange.computeIfAbsent(change, c -> new ArrayList<>()).add(type.id()));
			if (type.changes().isEmpty()) {
				ordinaryTypes.add(type.id());
				int weight = TYPE_WEIGHTS.getOrDefault(type.id(), 1);
				typeWeights.add(weight);
				totalTypeWeight += weight;
			}
		}
	}

	/** Writes the dataset of {@code shape} into {@code folder} (created if needed) and says what it wrote. */
	public static Summary write(Shape shape, long seed, EventTypes eventTypes, Path folder) {
		try {
			Files.createDirectories(folder);
			SyntheticFacts facts = new SyntheticFacts(shape, seed, eventTypes, folder);
			facts.writeAll();
			return new Summary(facts.counts, List.copyOf(facts.files), facts.bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write synthetic facts to " + folder, ex);
		}
	}

	private void writeAll() throws IOException {
		try (Lines out = open("01-sources.jsonl")) {
			for (int i = 0; i < shape.sources(); i++) {
				out.write(source(i));
			}
		}
		try (Lines out = open("02-actors.jsonl")) {
			writeActors(out);
		}
		try (Lines out = open("03-places.jsonl")) {
			writePlaces(out);
		}
		try (Lines out = open("04-topics.jsonl")) {
			writeTopics(out);
		}
		try (Lines out = open("05-measures.jsonl")) {
			for (int i = 0; i < shape.measures(); i++) {
				out.write(measure(i));
			}
		}
		Lines out = null;
		try {
			for (int i = 0; i < shape.events(); i++) {
				if (i % EVENTS_PER_FILE == 0) {
					if (out != null) {
						out.close();
					}
					out = open("06-events-%04d.jsonl".formatted(i / EVENTS_PER_FILE + 1));
				}
				out.write(event(i));
			}
		}
		finally {
			if (out != null) {
				out.close();
			}
		}
		try (Lines observations = open("07-observations.jsonl")) {
			for (int i = 0; i < shape.observations(); i++) {
				observations.write(observation(i));
			}
		}
	}

	// --- sources ---------------------------------------------------------------------------------------------

	static String sourceId(int index) {
		return "src-" + index;
	}

	/** Sources are published in the order of their index, spread like the events that cite them. */
	private static LocalDate sourceDay(int index, int sources) {
		return dayAt(index / (double) sources);
	}

	private Map<String, Object> source(int i) {
		String publisher = PUBLISHERS[random.nextInt(PUBLISHERS.length)];
		LocalDate published = sourceDay(i, shape.sources());
		Map<String, Object> fact = fact("source", sourceId(i));
		fact.put("publisher", publisher);
		fact.put("title", publisher + " report " + i + " on Japan and South Korea, " + published.getYear());
		fact.put("published", published.toString());
		fact.put("url", "https://example.org/" + slug(publisher) + "/" + i);
		fact.put("language", pick(LANGUAGES));
		fact.put("type", pick(SOURCE_TYPES));
		return fact;
	}

	// --- actors ----------------------------------------------------------------------------------------------

	private void writeActors(Lines out) {
		int countries = Math.min(COUNTRIES.length, shape.actors() / 2);
		for (int i = 0; i < countries; i++) {
			String id = COUNTRIES[i];
			Actor actor = new Actor(id, title(id), "country", id);
			actors.add(actor);
			actorNames.put(id, actor.name());
			Map<String, Object> fact = actorFact(actor, 0);
			if (i < 2) {
				fact.put("names", i == 0 ? ordered("ja", "日本", "ko", "일본") : ordered("ko", "대한민국", "ja", "大韓民国"));
				fact.put("demonyms", List.of(i == 0 ? "Japanese" : "South Korean"));
				fact.put("metonyms", List.of(i == 0 ? "Tokyo" : "Seoul"));
			}
			out.write(fact);
		}
		// Organisations first and people last, so offices and memberships point back at actors already written.
		int others = shape.actors() - countries;
		int index = 0;
		List<Integer> bodies = new ArrayList<>();
		List<Integer> parties = new ArrayList<>();
		for (int k = 0; k < ACTOR_KINDS.length; k++) {
			String kind = ACTOR_KINDS[k];
			int count = (k == ACTOR_KINDS.length - 1) ? others - index : (int) Math.round(others * ACTOR_KIND_SHARES[k]);
			for (int n = 0; n < count; n++, index++) {
				String country = homeCountry(countries);
				String name = actorName(kind, country, index);
				Actor actor = new Actor(slug(name) + "-" + index, name, kind, country);
				Map<String, Object> fact = actorFact(actor, index);
				if (kind.equals("person")) {
					person(fact, country, bodies, parties, countries);
				}
				else if (kind.equals("government_body")) {
					bodies.add(actors.size());
				}
				else if (kind.equals("party")) {
					parties.add(actors.size());
				}
				actors.add(actor);
				actorNames.put(actor.id(), name);
				out.write(fact);
			}
		}
		// Participation ranks: the two countries first, then their neighbours, then everyone else in random order.
		actorByRank = new int[actors.size()];
		List<Integer> rest = new ArrayList<>();
		int leading = Math.min(5, countries);
		for (int i = 0; i < actors.size(); i++) {
			if (i >= leading) {
				rest.add(i);
			}
		}
		for (int i = rest.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			Integer swap = rest.get(i);
			rest.set(i, rest.get(j));
			rest.set(j, swap);
		}
		for (int i = 0; i < leading; i++) {
			actorByRank[i] = i;
		}
		for (int i = 0; i < rest.size(); i++) {
			actorByRank[leading + i] = rest.get(i);
		}
		actorRanks = new Zipf(actors.size(), 1.05);
	}

	/** Most actors belong to Japan or South Korea. */
	private String homeCountry(int countries) {
		double draw = random.nextDouble();
		if (draw < 0.45) {
			return COUNTRIES[0];
		}
		if (draw < 0.9) {
			return COUNTRIES[1];
		}
		return COUNTRIES[2 + random.nextInt(countries - 2)];
	}

	private String actorName(String kind, String country, int index) {
		boolean japanese = country.equals("japan");
		return switch (kind) {
			case "person" -> japanese ? pick(JAPANESE_SURNAMES) + " " + pick(JAPANESE_GIVEN)
					: pick(KOREAN_SURNAMES) + " " + pick(KOREAN_GIVEN);
			case "government_body" -> title(country) + " " + pick(BODIES) + " " + (index % 97);
			case "party" -> title(country) + " " + pick(new String[] { "Democratic", "Liberal", "People's", "Progressive",
					"Justice", "Reform" }) + " Party " + index;
			case "company" -> pick(new String[] { "Hanil", "Nichikan", "Daehan", "Toyo", "Asia", "Pacific", "Eastern" })
					+ " " + pick(new String[] { "Steel", "Electronics", "Chemicals", "Shipping", "Motors", "Trading",
							"Semiconductor" }) + " " + index;
			case "media" -> pick(new String[] { "Daily", "Evening", "Morning", "Weekly" }) + " " + title(country)
					+ " " + index;
			case "research_body" -> title(country) + " Institute for Asian Affairs " + index;
			case "international_organisation" -> pick(new String[] { "Regional Forum", "Trade Council",
					"Maritime Commission", "Development Bank" }) + " " + index;
			default -> pick(new String[] { "Victims' Association", "Citizens' Network", "Veterans' League",
					"Students' Union" }) + " " + title(country) + " " + index;
		};
	}

	private Map<String, Object> actorFact(Actor actor, int index) {
		Map<String, Object> fact = fact("actor", actor.id());
		fact.put("kind", actor.kind());
		fact.put("name", actor.name());
		if (!actor.kind().equals("country")) {
			fact.put("country", actor.country());
		}
		fact.put("sources", citations(index / (double) Math.max(1, shape.actors()), 1, false));
		return fact;
	}

	private void person(Map<String, Object> fact, String country, List<Integer> bodies, List<Integer> parties,
			int countries) {
		if (!parties.isEmpty() && random.nextDouble() < 0.3) {
			fact.put("memberOf", List.of(actors.get(parties.get(random.nextInt(parties.size()))).id()));
		}
		if (random.nextDouble() < 0.4) {
			List<Map<String, Object>> offices = new ArrayList<>();
			int count = 1 + random.nextInt(2);
			LocalDate start = dayAt(random.nextDouble());
			for (int i = 0; i < count; i++) {
				String of = (!bodies.isEmpty() && random.nextBoolean())
						? actors.get(bodies.get(random.nextInt(bodies.size()))).id() : country;
				Map<String, Object> office = new LinkedHashMap<>();
				office.put("role", pick(OFFICE_ROLES));
				office.put("of", of);
				office.put("start", start.toString());
				LocalDate end = start.plusDays(200 + random.nextInt(2000));
				if (end.isBefore(LAST_DAY)) {
					office.put("end", end.toString());
				}
				offices.add(office);
				start = end.plusDays(1 + random.nextInt(300));
				if (!start.isBefore(LAST_DAY)) {
					break;
				}
			}
			fact.put("offices", offices);
		}
	}

	// --- places and topics -----------------------------------------------------------------------------------

	private void writePlaces(Lines out) {
		int countries = Math.min(COUNTRIES.length, shape.actors() / 2);
		for (String[] city : CITIES) {
			if (places.size() >= shape.places() || !isCountry(city[2], countries)) {
				continue;
			}
			Map<String, Object> fact = fact("place", city[0]);
			fact.put("kind", "city");
			fact.put("name", city[1]);
			fact.put("country", city[2]);
			fact.put("lat", Double.parseDouble(city[3]));
			fact.put("lon", Double.parseDouble(city[4]));
			fact.put("sources", citations(0, 1, false));
			out.write(fact);
			places.add(city[0]);
		}
		if (places.size() < shape.places()) {
			Map<String, Object> rocks = fact("place", "liancourt-rocks");
			rocks.put("kind", "islands");
			rocks.put("name", "Liancourt Rocks");
			rocks.put("names", ordered("ko", "독도", "ja", "竹島"));
			rocks.put("aliases", List.of("Dokdo", "Takeshima"));
			rocks.put("country", "south-korea");
			rocks.put("claimants", List.of("south-korea", "japan"));
			rocks.put("lat", 37.24);
			rocks.put("lon", 131.87);
			rocks.put("sources", citations(0, 1, false));
			out.write(rocks);
			places.add("liancourt-rocks");
		}
		int cities = places.size();
		for (int i = places.size(); i < shape.places(); i++) {
			String within = places.get(random.nextInt(cities));
			String id = within + "-site-" + i;
			Map<String, Object> fact = fact("place", id);
			fact.put("kind", pick(new String[] { "site", "site", "region", "city" }));
			fact.put("name", title(within) + " site " + i);
			fact.put("country", random.nextDouble() < 0.5 ? "japan" : "south-korea");
			fact.put("within", within);
			fact.put("lat", round(33 + random.nextDouble() * 8, 4));
			fact.put("lon", round(125 + random.nextDouble() * 16, 4));
			fact.put("sources", citations(random.nextDouble(), 1, false));
			out.write(fact);
			places.add(id);
		}
	}

	private static boolean isCountry(String id, int countries) {
		for (int i = 0; i < countries; i++) {
			if (COUNTRIES[i].equals(id)) {
				return true;
			}
		}
		return false;
	}

	private void writeTopics(Lines out) {
		int roots = Math.min(TOPIC_ROOTS.length, shape.topics());
		for (int i = 0; i < shape.topics(); i++) {
			String id = (i < roots) ? TOPIC_ROOTS[i] : TOPIC_ROOTS[i % roots] + "-" + i;
			Map<String, Object> fact = fact("topic", id);
			fact.put("name", title(id));
			if (i >= roots) {
				fact.put("broader", TOPIC_ROOTS[i % roots]);
			}
			fact.put("sources", citations(0, 1, false));
			out.write(fact);
			topics.add(id);
		}
	}

	// --- measures --------------------------------------------------------------------------------------------

	private Map<String, Object> measure(int i) {
		String kind = MEASURE_KINDS[i % MEASURE_KINDS.length];
		String id = kind.replace('_', '-') + "-" + i;
		List<String> imposedBy = List.of(actors.get(actorByRank[random.nextInt(2)]).id());
		String target = imposedBy.getFirst().equals(COUNTRIES[0]) ? COUNTRIES[1] : COUNTRIES[0];
		if (random.nextDouble() < 0.3) {
			target = actors.get(actorByRank[actorRanks.next(random)]).id();
		}
		List<String> targets = target.equals(imposedBy.getFirst()) ? List.of() : List.of(target);
		String name = title(kind) + " " + i + " of " + title(imposedBy.getFirst());
		measures.add(new Measure(id, name, imposedBy, targets));
		Map<String, Object> fact = fact("measure", id);
		fact.put("kind", kind);
		fact.put("name", name);
		fact.put("summary", "A synthetic " + kind.replace('_', ' ') + " between the two countries.");
		boolean agreement = kind.equals("agreement") || kind.endsWith("_agreement") || kind.equals("information_sharing");
		if (agreement) {
			List<String> parties = new ArrayList<>(imposedBy);
			parties.addAll(targets);
			fact.put("parties", parties);
		}
		else {
			fact.put("imposedBy", imposedBy);
			fact.put("targets", targets);
		}
		fact.put("topics", List.of(topics.get(random.nextInt(topics.size()))));
		double start = random.nextDouble() * 0.95;
		fact.put("sources", citations(start, 1, false));
		schedule(i, kind, (int) (start * shape.events()));
		return fact;
	}

	/** Plans the measure's lifecycle: the events that will announce, impose, suspend, resume and end it. */
	private void schedule(int measure, String kind, int first) {
		List<String> changes = new ArrayList<>();
		switch (kind) {
			case "export_control" -> {
				changes.add("impose");
				for (int i = random.nextInt(3); i > 0; i--) {
					changes.add(random.nextBoolean() ? "tighten" : "ease");
				}
				changes.add("lift");
			}
			case "sanction" -> changes.addAll(List.of("impose", "lift"));
			case "trade_status" -> changes.addAll(List.of("impose", "restore"));
			case "trade_dispute" -> {
				changes.add("file");
				if (random.nextBoolean()) {
					changes.addAll(List.of("suspend", "resume"));
				}
				changes.add("withdraw");
			}
			case "security_agreement", "information_sharing" -> {
				changes.addAll(List.of("sign", "enter_into_force"));
				if (random.nextBoolean()) {
					changes.add("notify_termination");
					changes.add(random.nextBoolean() ? "suspend_termination" : "terminate");
				}
			}
			case "diplomatic_channel" -> {
				changes.add("establish");
				for (int i = random.nextInt(3); i > 0; i--) {
					changes.addAll(List.of("suspend", "resume"));
				}
				if (random.nextBoolean()) {
					changes.add("end");
				}
			}
			case "compensation_scheme" -> changes.addAll(List.of("announce", "establish", "end"));
			default -> changes.addAll(List.of("sign", "enter_into_force"));
		}
		int event = first;
		int gap = Math.max(1, shape.events() / 40);
		for (String change : changes) {
			if (event >= shape.events()) {
				break;
			}
			schedule.add(new Change(event, measure, change));
			event += 1 + (int) (-Math.log(1 - random.nextDouble()) * gap);
		}
	}

	// --- events ----------------------------------------------------------------------------------------------

	/** The day of a point {@code x} (0..1) of the timeline; events thicken towards the present. */
	static LocalDate dayAt(double x) {
		return FIRST_DAY.plusDays((long) (SPAN * Math.sqrt(Math.min(1, Math.max(0, x)))));
	}

	/** Event ids follow from their index alone, so that other facts can refer to any event. */
	static String eventId(int index, int events) {
		return dayAt(index / (double) events) + "-ev-" + index;
	}

	private Map<String, Object> event(int i) {
		int n = shape.events();
		double x = i / (double) n;
		LocalDate day = dayAt(x);
		List<Change> changes = new ArrayList<>();
		while (!schedule.isEmpty() && schedule.peek().event() <= i) {
			Change change = schedule.poll();
			if (changes.stream().anyMatch(c -> c.measure() == change.measure())) {
				// One change per measure and event: the second one moves to the next event.
				if (i + 1 < n) {
					schedule.add(new Change(i + 1, change.measure(), change.change()));
				}
				break;
			}
			changes.add(change);
		}
		String type = changes.isEmpty() ? ordinaryType() : typeFor(changes.getFirst().change());
		Map<String, Object> fact = fact("event", eventId(i, n));
		fact.put("type", type);
		boolean dayPrecision = true;
		double precision = random.nextDouble();
		if (changes.isEmpty() && day.getYear() < 1990 && precision < 0.05) {
			fact.put("date", String.valueOf(day.getYear()));
			dayPrecision = false;
		}
		else if (changes.isEmpty() && precision < 0.08) {
			fact.put("date", day.toString().substring(0, 7));
			dayPrecision = false;
		}
		else {
			fact.put("date", day.toString());
		}
		if (dayPrecision && random.nextDouble() < 0.08) {
			fact.put("endDate", day.plusDays(1 + random.nextInt(3)).toString());
		}
		List<Map<String, Object>> participants = participants(type, changes);
		fact.put("title", title(type) + ": " + participantNames(participants) + " (" + day.getYear() + ")");
		fact.put("summary", "Synthetic " + type.replace('_', ' ') + " number " + i + " between "
				+ participantNames(participants) + ".");
		fact.put("participants", participants);
		if (random.nextDouble() < 0.75) {
			fact.put("place", places.get(Math.min(places.size() - 1, (int) (places.size() * Math.pow(random.nextDouble(), 3)))));
		}
		int topicCount = 1 + (random.nextDouble() < 0.35 ? 1 : 0) + (random.nextDouble() < 0.1 ? 1 : 0);
		List<String> eventTopics = new ArrayList<>();
		for (int t = 0; t < topicCount; t++) {
			String topic = topics.get(Math.min(topics.size() - 1, (int) (topics.size() * Math.pow(random.nextDouble(), 2))));
			if (!eventTopics.contains(topic)) {
				eventTopics.add(topic);
			}
		}
		fact.put("topics", eventTopics);
		if (!changes.isEmpty()) {
			List<Map<String, Object>> measureChanges = new ArrayList<>();
			for (Change change : changes) {
				Map<String, Object> c = new LinkedHashMap<>();
				c.put("measure", measures.get(change.measure()).id());
				c.put("change", change.change());
				if (random.nextDouble() < 0.2) {
					c.put("effective", day.plusDays(1 + random.nextInt(60)).toString());
				}
				measureChanges.add(c);
			}
			fact.put("measures", measureChanges);
		}
		if (i > 0 && random.nextDouble() < 0.1) {
			fact.put("respondsTo", List.of(eventId(earlier(i, 2000), n)));
		}
		if (i > 0 && random.nextDouble() < 0.05) {
			fact.put("followsUp", List.of(eventId(earlier(i, 20_000), n)));
		}
		if (i + 1 < n && random.nextDouble() < 0.01) {
			// A reference forward in the input: this event caused a later one.
			fact.put("causes", List.of(eventId(Math.min(n - 1, i + 1 + random.nextInt(500)), n)));
		}
		if (i > 0 && random.nextDouble() < 0.02) {
			fact.put("partOf", eventId(earlier(i, 50), n));
		}
		boolean extracted = random.nextDouble() < 0.3;
		if (extracted) {
			fact.put("method", "extracted");
			fact.put("confidence", round(0.55 + random.nextDouble() * 0.4, 2));
		}
		List<Map<String, Object>> citations = citations(x, 1 + (random.nextDouble() < 0.4 ? 1 : 0)
				+ (random.nextDouble() < 0.1 ? 1 : 0), extracted);
		fact.put("sources", citations);
		if (dayPrecision && random.nextDouble() < 0.003) {
			Map<String, Object> preferred = new LinkedHashMap<>();
			preferred.put("field", "date");
			preferred.put("value", day.toString());
			preferred.put("rank", "preferred");
			preferred.put("sources", List.of(citations.getFirst()));
			Map<String, Object> other = new LinkedHashMap<>();
			other.put("field", "date");
			other.put("value", day.toString().substring(0, 7));
			other.put("rank", "normal");
			other.put("sources", citations(x, 1, false));
			other.put("note", "This source gives only the month.");
			fact.put("claims", List.of(preferred, other));
		}
		return fact;
	}

	private int earlier(int i, int window) {
		return Math.max(0, i - 1 - random.nextInt(Math.min(i, window)));
	}

	private String ordinaryType() {
		int draw = random.nextInt(totalTypeWeight);
		for (int t = 0; t < ordinaryTypes.size(); t++) {
			draw -= typeWeights.get(t);
			if (draw < 0) {
				return ordinaryTypes.get(t);
			}
		}
		return ordinaryTypes.getLast();
	}

	private String typeFor(String change) {
		List<String> candidates = typesByChange.getOrDefault(change, List.of("announcement"));
		return candidates.get(random.nextInt(candidates.size()));
	}

	/** One to five actors, the measure's own first when the event changes one, the rest drawn by rank. */
	private List<Map<String, Object>> participants(String type, List<Change> changes) {
		int count = participantCount();
		List<String> chosen = new ArrayList<>();
		if (!changes.isEmpty()) {
			Measure measure = measures.get(changes.getFirst().measure());
			chosen.addAll(measure.imposedBy());
			measure.targets().stream().filter(t -> !chosen.contains(t)).forEach(chosen::add);
		}
		for (int attempt = 0; chosen.size() < count && attempt < 20; attempt++) {
			String actor = actors.get(actorByRank[actorRanks.next(random)]).id();
			if (!chosen.contains(actor)) {
				chosen.add(actor);
			}
		}
		EventType eventType = typesById.get(type);
		boolean conflict = eventType != null && eventType.quadClass() != null && eventType.quadClass() >= 3;
		boolean visit = eventType != null && "visit".equals(eventType.mode());
		List<Map<String, Object>> participants = new ArrayList<>();
		for (int p = 0; p < chosen.size(); p++) {
			String role;
			if (p == 0) {
				role = conflict || !visit ? "initiator" : "host";
			}
			else if (p == 1) {
				role = conflict ? "target" : visit ? "guest" : "participant";
			}
			else {
				role = random.nextDouble() < 0.2 ? "observer" : "participant";
			}
			participants.add(ordered("actor", chosen.get(p), "role", role));
		}
		return participants;
	}

	private int participantCount() {
		double draw = random.nextDouble();
		return draw < 0.15 ? 1 : draw < 0.6 ? 2 : draw < 0.85 ? 3 : draw < 0.95 ? 4 : 5;
	}

	private String participantNames(List<Map<String, Object>> participants) {
		StringBuilder text = new StringBuilder();
		for (Map<String, Object> participant : participants.subList(0, Math.min(2, participants.size()))) {
			String id = (String) participant.get("actor");
			if (!text.isEmpty()) {
				text.append(" and ");
			}
			text.append(nameOf(id));
		}
		return text.toString();
	}

	private String nameOf(String actorId) {
		return actorNames.get(actorId);
	}

	/** Citations of sources published around point {@code x} of the timeline, with evidence on extracted facts. */
	private List<Map<String, Object>> citations(double x, int count, boolean evidence) {
		List<Map<String, Object>> citations = new ArrayList<>();
		int base = Math.min(shape.sources() - 1, (int) (x * shape.sources()));
		List<Integer> used = new ArrayList<>();
		for (int c = 0; c < count; c++) {
			int source = Math.min(shape.sources() - 1, base + random.nextInt(4));
			if (used.contains(source)) {
				continue;
			}
			used.add(source);
			Map<String, Object> citation = new LinkedHashMap<>();
			citation.put("source", sourceId(source));
			citation.put("locator", "para " + (1 + random.nextInt(12)));
			if (evidence) {
				int start = random.nextInt(4000);
				String sentence = "The two governments said they had met and agreed to keep talking.";
				citation.put("evidence", ordered("sentence", sentence, "start", start, "end", start + sentence.length()));
			}
			citations.add(citation);
		}
		return citations;
	}

	// --- observations ----------------------------------------------------------------------------------------

	private Map<String, Object> observation(int i) {
		String indicator = INDICATORS[i % INDICATORS.length];
		boolean korea = random.nextBoolean();
		String subject = korea ? COUNTRIES[1] : COUNTRIES[0];
		String counterpart = korea ? COUNTRIES[0] : COUNTRIES[1];
		Map<String, Object> fact = fact("observation", "obs-" + indicator.replace('_', '-') + "-" + subject + "-" + i);
		fact.put("indicator", indicator);
		fact.put("subject", subject);
		if (!indicator.equals("gdp")) {
			fact.put("counterpart", counterpart);
		}
		fact.put("value", round(switch (indicator) {
			case "poll_share" -> random.nextDouble() * 100;
			case "gdp" -> 500 + random.nextDouble() * 4000;
			default -> 1 + random.nextDouble() * 80;
		}, 1));
		fact.put("unit", switch (indicator) {
			case "poll_share" -> "percent";
			case "visitors" -> "million people";
			default -> "USD billion";
		});
		double x = random.nextDouble();
		LocalDate day = dayAt(x);
		fact.put("period", random.nextBoolean() ? String.valueOf(day.getYear()) : day.toString().substring(0, 7));
		if (indicator.equals("poll_share")) {
			fact.put("question", "Share of respondents with a favourable view of the other country.");
		}
		if (random.nextDouble() < 0.2) {
			fact.put("event", eventId((int) (x * (shape.events() - 1)), shape.events()));
		}
		fact.put("sources", citations(x, 1, false));
		return fact;
	}

	// --- writing ---------------------------------------------------------------------------------------------

	private Map<String, Object> fact(String kind, String id) {
		Map<String, Object> fact = new LinkedHashMap<>();
		fact.put("fact", kind);
		fact.put("id", id);
		return fact;
	}

	private Lines open(String name) throws IOException {
		Path path = folder.resolve(name);
		files.add(path);
		return new Lines(new BufferedOutputStream(Files.newOutputStream(path), 1 << 16));
	}

	/** One fact per line (written by the loader's own JSON Lines writer), counted by kind and bytes. */
	private final class Lines implements AutoCloseable {

		private final OutputStream out;

		private final FactLines lines;

		Lines(OutputStream out) {
			this.out = new FilterOutputStream(out) {
				@Override
				public void write(int b) throws IOException {
					super.out.write(b);
					bytes++;
				}

				@Override
				public void write(byte[] b, int off, int len) throws IOException {
					super.out.write(b, off, len);
					bytes += len;
				}
			};
			this.lines = new FactLines(this.out);
		}

		void write(Map<String, Object> fact) {
			lines.accept(ids.apply(fact));
			counts.merge((String) fact.get("fact"), 1L, Long::sum);
		}

		@Override
		public void close() {
			try {
				out.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/** A map that keeps the order its entries are given in, so the same seed writes the same bytes. */
	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	private <T> T pick(T[] items) {
		return items[random.nextInt(items.length)];
	}

	private static double round(double value, int digits) {
		double scale = Math.pow(10, digits);
		return Math.round(value * scale) / scale;
	}

	static String slug(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	private static String title(String id) {
		StringBuilder out = new StringBuilder();
		for (String word : id.split("[-_]")) {
			if (!out.isEmpty()) {
				out.append(' ');
			}
			out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
		}
		return out.toString();
	}

}
