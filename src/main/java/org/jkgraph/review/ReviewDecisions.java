package org.jkgraph.review;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jkgraph.api.BadParameterException;
import org.jkgraph.api.GraphReader;
import org.jkgraph.api.NotFoundException;
import org.jkgraph.api.Page;
import org.jkgraph.api.Paging;
import org.jkgraph.extract.EventMention;
import org.jkgraph.facts.FactFile;
import org.jkgraph.facts.FactLines;
import org.jkgraph.load.FactLoader;
import org.jkgraph.load.LoadProgress;
import org.jkgraph.load.LoadRequest;
import org.jkgraph.load.MeasurePeriods;
import org.jkgraph.system.CypherFiles;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Lists the extractor's candidates with their evidence, and records a reviewer's decisions on them. A decision is
 * final: the same decision again answers as the first did (so a retried request is harmless), a different one is
 * refused ({@link AlreadyDecidedException}). Accepting or merging a candidate accepts the documents it rests on;
 * accepting a candidate event also accepts the candidate actors taking part in it and the measures it changes. A
 * merge writes the candidate's sentences as mentions of the event it reports, loaded like any fact file into the
 * {@value #DATASET} dataset, which no reload of the extracted dataset touches.
 */
@Service
public class ReviewDecisions {

	/** The dataset of the mentions merges write. */
	public static final String DATASET = "review";

	static final List<String> KINDS = List.of("event", "actor");

	private static final String CANDIDATES = "review/candidates";

	private static final Logger log = LoggerFactory.getLogger(ReviewDecisions.class);

	private final GraphReader reader;

	private final Driver driver;

	private final FactLoader loader;

	private final Map<String, String> queries;

	private final MeasurePeriods periods;

	public ReviewDecisions(GraphReader reader, Driver driver, FactLoader loader) {
		this.reader = reader;
		this.driver = driver;
		this.loader = loader;
		this.periods = new MeasurePeriods(driver, Duration.ofMinutes(1));
		this.queries = CypherFiles.read("review");
		reader.require(CANDIDATES);
		List.of("state", "decide", "accept_documents", "accept_participants", "merge_target").forEach(this::query);
	}

	/** The candidates awaiting review, of one kind (event, actor) or any, most confident first. */
	public Page<Candidate> candidates(String kind, Paging paging) {
		String wanted = (kind == null || kind.isBlank()) ? null : kind.strip();
		if (wanted != null && !KINDS.contains(wanted)) {
			throw new BadParameterException("kind", "kind must be one of " + String.join(", ", KINDS) + ", was '" + kind
					+ "'");
		}
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("id", null);
		parameters.put("kind", wanted);
		return reader.page(CANDIDATES, parameters, paging, Candidate.class).orElseThrow();
	}

	/** One candidate, decided or not; 404 for an id that is no candidate (a curated fact, or nothing). */
	public Candidate candidate(String id) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("id", id);
		parameters.put("kind", null);
		return reader.page(CANDIDATES, parameters, Paging.of(0, 1), Candidate.class)
			.flatMap(page -> page.items().stream().findFirst())
			.orElseThrow(() -> new NotFoundException("candidate", id));
	}

	public Decision accept(String id, String note) {
		return decide(id, "accepted", null, note);
	}

	public Decision reject(String id, String note) {
		return decide(id, "rejected", null, note);
	}

	/**
	 * The candidate event {@code id} reports the event {@code into}: its sentences become mentions of that event
	 * and the candidate leaves every answer.
	 */
	public Decision merge(String id, String into, String note) {
		Candidate candidate = candidate(id);
		if (!"event".equals(candidate.kind())) {
			throw new BadParameterException("into", "Only a candidate event can be merged into an event; '" + id
					+ "' is " + candidate.kind());
		}
		String target = into.strip();
		if (target.equals(id)) {
			throw new BadParameterException("into", "A candidate cannot be merged into itself");
		}
		Decision decision = decide(id, "merged", target, note);
		writeMentions(candidate, target);
		return decision;
	}

	private Decision decide(String id, String status, String into, String note) {
		try (Session session = driver.session()) {
			Decision decision = session.executeWrite(tx -> decide(tx, id, status, into, note));
			// An accepted candidate event that changes a measure changes where the measure stood.
			periods.refresh();
			log.info("Review: {} {}{}", id, status, (into != null) ? " into " + into : "");
			return decision;
		}
	}

	private Decision decide(TransactionContext tx, String id, String status, String into, String note) {
		Record state = tx.run(query("state"), Map.of("id", id)).single();
		String decided = state.get("decided").asString(null);
		if (decided != null) {
			Decision existing = new Decision(id, decided, state.get("into").asString(null),
					state.get("decidedAt").asString(null), null);
			if (decided.equals(status) && java.util.Objects.equals(existing.into(), into)) {
				return existing;
			}
			throw new AlreadyDecidedException(existing);
		}
		if (!state.get("exists").asBoolean() || state.get("status").isNull()) {
			throw new NotFoundException("candidate", id);
		}
		if (into != null) {
			List<Record> target = tx.run(query("merge_target"), Map.of("into", into)).list();
			if (target.isEmpty()) {
				throw new NotFoundException("event", into);
			}
			String targetStatus = target.getFirst().get("status").asString(null);
			if (targetStatus != null && !targetStatus.equals("accepted")) {
				throw new BadParameterException("into", "'" + into + "' is " + targetStatus
						+ ", not an event that counts; merge into a curated or accepted event");
			}
		}
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("id", id);
		parameters.put("status", status);
		parameters.put("into", into);
		parameters.put("note", (note == null || note.isBlank()) ? null : note.strip());
		Record written = tx.run(query("decide"), parameters).single();
		if (!status.equals("rejected")) {
			tx.run(query("accept_documents"), Map.of("id", id)).consume();
		}
		if (status.equals("accepted")) {
			tx.run(query("accept_participants"), Map.of("id", id)).consume();
		}
		return new Decision(id, written.get("status").asString(), written.get("into").asString(null),
				written.get("decided").asString(null), (String) parameters.get("note"));
	}

	/**
	 * The merged candidate's sentences as mention facts of {@code into}, one per sentence, with ids made as the
	 * extractor makes them (document, sentence, event) but their own, so that merging again (a retried request)
	 * rewrites the same facts and no load of the extracted dataset takes them over.
	 */
	private void writeMentions(Candidate candidate, String into) {
		List<Map<String, Object>> facts = new ArrayList<>();
		for (Candidate.Evidence evidence : candidate.evidence()) {
			Map<String, Object> citation = new LinkedHashMap<>();
			citation.put("source", evidence.source());
			putIf(citation, "locator", evidence.locator());
			putIf(citation, "note", evidence.note());
			if (evidence.sentence() != null && evidence.start() != null && evidence.end() != null) {
				Map<String, Object> sentence = new LinkedHashMap<>();
				sentence.put("sentence", evidence.sentence());
				sentence.put("start", evidence.start());
				sentence.put("end", evidence.end());
				putIf(sentence, "trigger", evidence.trigger());
				putIf(sentence, "triggerStart", evidence.triggerStart());
				putIf(sentence, "triggerEnd", evidence.triggerEnd());
				citation.put("evidence", sentence);
			}
			Map<String, Object> fact = new LinkedHashMap<>();
			fact.put("fact", "mention");
			fact.put("id", EventMention.id("review-" + evidence.source(), evidence.locator(), into));
			fact.put("event", into);
			putIf(fact, "type", candidate.type());
			putIf(fact, "date", candidate.dateText());
			fact.put("sources", List.of(citation));
			fact.put("method", "extracted");
			putIf(fact, "confidence", candidate.confidence());
			fact.put("notes", "Merged by a reviewer from the candidate " + candidate.id() + ".");
			facts.add(fact);
		}
		if (facts.isEmpty()) {
			return;
		}
		FactFile file = new FactFile("review:" + candidate.id() + ".jsonl", FactLines.of(facts));
		loader.load(new LoadRequest(List.of(file), DATASET, false), LoadProgress.SILENT);
	}

	private String query(String name) {
		String query = queries.get(name);
		if (query == null) {
			throw new IllegalStateException("Missing review query cypher/review/" + name + ".cypher");
		}
		return query;
	}

	private static void putIf(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
