package org.jkgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jkgraph.facts.Citation;
import org.jkgraph.facts.Claim;
import org.jkgraph.facts.FactLines;
import org.jkgraph.facts.EventFact;
import org.jkgraph.facts.MeasureChange;
import org.jkgraph.facts.Participant;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes facts in the loader's format (seeds/README.md): JSON Lines ({@link FactLines}), one fact a line with its kind in {@code fact},
 * or a YAML fact file with one list per kind. Facts are ordered maps of their fields, so both forms come out the same.
 */
final class FactWriter {

	private FactWriter() {
	}

	static String jsonLines(List<Map<String, Object>> facts) {
		return FactLines.of(facts);
	}

	static String yaml(List<Map<String, Object>> facts) {
		Map<String, List<Map<String, Object>>> lists = new LinkedHashMap<>();
		for (Map<String, Object> fact : facts) {
			Map<String, Object> fields = new LinkedHashMap<>(fact);
			String kind = String.valueOf(fields.remove("fact"));
			lists.computeIfAbsent(kind.equals("source") ? "sources" : kind + "s", k -> new ArrayList<>()).add(fields);
		}
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setWidth(120);
		options.setSplitLines(false);
		return "# Extracted facts (method: extracted); see seeds/README.md for the format.\n" + new Yaml(options).dump(lists);
	}

	/** A curated event as a fact map: every field it has, so that re-emitting it with more citations loses nothing. */
	static Map<String, Object> event(EventFact event, List<Citation> sources) {
		Map<String, Object> fact = new LinkedHashMap<>();
		fact.put("fact", "event");
		fact.put("id", event.id());
		fact.put("type", event.type());
		fact.put("date", event.date().text());
		putIf(fact, "endDate", event.endDate() != null ? event.endDate().text() : null);
		fact.put("title", event.title());
		putIf(fact, "summary", event.summary());
		fact.put("participants", participants(event.participants()));
		putIf(fact, "place", event.place());
		putList(fact, "topics", event.topics());
		List<Map<String, Object>> measures = new ArrayList<>();
		for (MeasureChange change : event.measures()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("measure", change.measure());
			m.put("change", change.change());
			putIf(m, "effective", change.effective() != null ? change.effective().text() : null);
			measures.add(m);
		}
		putList(fact, "measures", measures);
		putList(fact, "respondsTo", event.respondsTo());
		putList(fact, "followsUp", event.followsUp());
		putList(fact, "causes", event.causes());
		putIf(fact, "partOf", event.partOf());
		putIf(fact, "mode", event.mode());
		fact.put("method", event.method());
		fact.put("confidence", event.confidence());
		fact.put("sources", citations(sources));
		List<Map<String, Object>> claims = new ArrayList<>();
		for (Claim claim : event.claims()) {
			Map<String, Object> c = new LinkedHashMap<>();
			c.put("field", claim.field());
			c.put("value", claim.value() instanceof org.jkgraph.facts.FactDate date ? date.text() : claim.value());
			c.put("rank", claim.rank().name().toLowerCase(Locale.ROOT));
			c.put("sources", citations(claim.sources()));
			putIf(c, "note", claim.note());
			claims.add(c);
		}
		putList(fact, "claims", claims);
		putIf(fact, "notes", event.notes());
		return fact;
	}

	static List<Map<String, Object>> participants(List<Participant> participants) {
		List<Map<String, Object>> list = new ArrayList<>();
		for (Participant participant : participants) {
			Map<String, Object> p = new LinkedHashMap<>();
			p.put("actor", participant.actor());
			p.put("role", participant.role());
			list.add(p);
		}
		return list;
	}

	static List<Map<String, Object>> citations(List<Citation> citations) {
		List<Map<String, Object>> list = new ArrayList<>();
		for (Citation citation : citations) {
			Map<String, Object> c = new LinkedHashMap<>();
			c.put("source", citation.source());
			putIf(c, "locator", citation.locator());
			putIf(c, "note", citation.note());
			if (citation.evidence() != null) {
				Map<String, Object> evidence = new LinkedHashMap<>();
				evidence.put("sentence", citation.evidence().sentence());
				evidence.put("start", citation.evidence().start());
				evidence.put("end", citation.evidence().end());
				c.put("evidence", evidence);
			}
			list.add(c);
		}
		return list;
	}

	static void putIf(Map<String, Object> fact, String field, Object value) {
		if (value != null) {
			fact.put(field, value);
		}
	}

	private static void putList(Map<String, Object> fact, String field, List<?> values) {
		if (!values.isEmpty()) {
			fact.put(field, values);
		}
	}

}
