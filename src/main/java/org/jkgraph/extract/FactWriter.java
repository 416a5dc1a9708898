package org.jkgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jkgraph.facts.Citation;
import org.jkgraph.facts.FactLines;
import org.jkgraph.facts.Participant;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes facts in the loader's format (seeds/README.md): JSON Lines ({@link FactLines}), one fact a line with its kind in {@code fact},
 * or a YAML fact file with one list per kind. Facts are ordered maps of their fields, so both forms come out the same.
 */
final class FactWriter {

	/** The review status of everything the extractor writes: nothing it finds counts until a reviewer accepts it. */
	static final String CANDIDATE = "candidate";

	private FactWriter() {
	}

	/** A mention of a curated event as a fact: the event, what was read, the one sentence it rests on. */
	static Map<String, Object> mention(EventMention mention) {
		Map<String, Object> fact = new LinkedHashMap<>();
		fact.put("fact", "mention");
		fact.put("id", mention.id());
		fact.put("event", mention.event());
		putIf(fact, "type", mention.type());
		putIf(fact, "date", mention.date() != null ? mention.date().text() : null);
		fact.put("sources", citations(List.of(mention.citation())));
		fact.put("method", "extracted");
		fact.put("confidence", mention.confidence());
		// no status: a mention adds evidence to an event, it changes no answer, so there is nothing to review
		return fact;
	}

	static String jsonLines(List<Map<String, Object>> facts) {
		return FactLines.of(facts);
	}

	static String yaml(List<Map<String, Object>> facts) {
		Map<String, List<Map<String, Object>>> lists = new LinkedHashMap<>();
		for (Map<String, Object> fact : facts) {
			Map<String, Object> fields = new LinkedHashMap<>(fact);
			String kind = String.valueOf(fields.remove("fact"));
			lists.computeIfAbsent(kind + "s", k -> new ArrayList<>()).add(fields);
		}
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setWidth(120);
		options.setSplitLines(false);
		return "# Extracted facts (method: extracted); see seeds/README.md for the format.\n" + new Yaml(options).dump(lists);
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
				putIf(evidence, "trigger", citation.evidence().trigger());
				putIf(evidence, "triggerStart", citation.evidence().triggerStart());
				putIf(evidence, "triggerEnd", citation.evidence().triggerEnd());
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
