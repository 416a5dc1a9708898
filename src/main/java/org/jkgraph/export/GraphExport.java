package org.jkgraph.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.jkgraph.facts.EventType;
import org.jkgraph.facts.EventTypes;
import org.jkgraph.system.CypherFiles;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * Writes the graph back out as facts in the loader's format, with their provenance, so that what is in Neo4j can
 * always be saved, diffed and loaded again: export, wipe, load and export again gives the same facts. Facts
 * stream out one at a time in a read transaction, so the size of the graph does not matter.
 */
@Service
public class GraphExport {

	private final Driver driver;

	private final Map<String, String> queries;

	private final EventTypes eventTypes;

	public GraphExport(Driver driver, EventTypes eventTypes) {
		this.driver = driver;
		this.queries = CypherFiles.read("export");
		this.eventTypes = eventTypes;
	}

	/** Hands every fact of {@code dataset} (all datasets when null) to {@code sink}, in kind and id order. */
	public int export(String dataset, Consumer<Map<String, Object>> sink) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("dataset", dataset);
		try (Session session = driver.session()) {
			return session.executeRead(tx -> {
				Map<String, List<Map<String, Object>>> claims = new HashMap<>();
				tx.run(queries.get("claims"), parameters).forEachRemaining(r -> claims
					.computeIfAbsent(r.get("about").asString(), id -> new ArrayList<>()).add(claim(r)));
				int[] count = { 0 };
				tx.run(queries.get("facts"), parameters).forEachRemaining(r -> {
					sink.accept(fact(r, claims));
					count[0]++;
				});
				return count[0];
			});
		}
	}

	private Map<String, Object> fact(Record record, Map<String, List<Map<String, Object>>> claims) {
		Map<String, Object> node = record.get("fact").asMap();
		Owned owned = Owned.from(record.get("owned").asList(Value::asMap));
		String kind = (String) node.get("fact");
		Fields fact = new Fields();
		fact.put("fact", kind);
		fact.put("id", node.get("id"));
		switch (kind) {
			case "source" -> {
				fact.copy(node, "publisher", "author", "title");
				fact.put("published", dateText(node, "published"));
				fact.copy(node, "url", "language", "type", "corpusFile");
			}
			case "actor" -> {
				fact.copy(node, "kind", "name", "aliases");
				fact.put("names", nativeNames(node));
				fact.copy(node, "country");
				fact.put("memberOf", owned.targets("MEMBER_OF"));
				fact.put("offices", owned.of("HELD_OFFICE").stream().map(office -> {
					Fields o = new Fields();
					o.copy(office.properties(), "role");
					o.put("of", office.other());
					o.copy(office.properties(), "title");
					o.put("start", dateText(office.properties(), "start"));
					o.put("end", dateText(office.properties(), "end"));
					return o.map();
				}).toList());
				fact.copy(node, "demonyms", "metonyms", "description");
			}
			case "place" -> {
				fact.copy(node, "kind", "name");
				fact.put("names", nativeNames(node));
				fact.copy(node, "aliases");
				fact.put("country", owned.target("IN_COUNTRY"));
				fact.put("claimants", owned.targets("CLAIMED_BY"));
				fact.put("within", owned.target("WITHIN"));
				fact.put("lat", node.get("latitude"));
				fact.put("lon", node.get("longitude"));
				fact.copy(node, "description");
			}
			case "topic" -> {
				fact.copy(node, "name", "aliases");
				fact.put("broader", owned.target("BROADER"));
				fact.copy(node, "description");
			}
			case "measure" -> {
				fact.copy(node, "kind", "name", "summary");
				fact.put("imposedBy", owned.targets("IMPOSED_BY"));
				fact.put("targets", owned.targets("TARGETS"));
				fact.put("parties", owned.targets("HAS_PARTY"));
				fact.put("topics", owned.targets("ABOUT"));
			}
			case "event" -> event(node, owned, fact);
			case "observation" -> {
				fact.copy(node, "indicator");
				fact.put("subject", owned.target("SUBJECT"));
				fact.put("counterpart", owned.target("COUNTERPART"));
				fact.copy(node, "value", "unit");
				fact.put("period", dateText(node, "period"));
				fact.copy(node, "question");
				fact.put("event", owned.target("REPORTED_IN"));
			}
			default -> throw new IllegalStateException("Unknown fact kind '" + kind + "' on " + node.get("id"));
		}
		fact.put("sources", citations(owned.of("CITES")));
		fact.copy(node, "method", "confidence");
		fact.put("claims", claims.getOrDefault((String) node.get("id"), List.of()));
		fact.copy(node, "notes");
		return fact.map();
	}

	private void event(Map<String, Object> node, Owned owned, Fields fact) {
		fact.copy(node, "type");
		fact.put("date", node.get("dateText"));
		fact.put("endDate", node.get("endDateText"));
		fact.copy(node, "title", "summary");
		fact.put("participants", owned.of("PARTICIPATED_IN").stream()
			.map(p -> Map.<String, Object>of("actor", p.other(), "role", p.properties().get("role")))
			.toList());
		fact.put("place", owned.target("AT"));
		fact.put("topics", owned.targets("ABOUT"));
		fact.put("measures", owned.of("CHANGED").stream().map(change -> {
			Fields c = new Fields();
			c.put("measure", change.other());
			c.copy(change.properties(), "change");
			c.put("effective", dateText(change.properties(), "effective"));
			return c.map();
		}).toList());
		fact.put("respondsTo", owned.targets("RESPONDS_TO"));
		fact.put("followsUp", owned.targets("FOLLOWS_UP"));
		fact.put("causes", owned.targets("CAUSED"));
		fact.put("partOf", owned.target("PART_OF"));
		// The node holds the effective mode; the fact only states it where it differs from its type's.
		String typeMode = eventTypes.byId((String) node.get("type")).map(EventType::mode).orElse(null);
		if (!Objects.equals(node.get("mode"), typeMode)) {
			fact.put("mode", node.get("mode"));
		}
	}

	private Map<String, Object> claim(Record record) {
		Map<String, Object> claim = record.get("claim").asMap();
		Fields c = new Fields();
		c.copy(claim, "field", "value", "rank");
		List<Owned.Link> citations = record.get("citations").asList(Value::asMap).stream()
			.filter(m -> m.get("source") != null)
			.map(m -> new Owned.Link("CITES", asMap(m.get("properties")), (String) m.get("source")))
			.toList();
		c.put("sources", citations(citations));
		c.copy(claim, "note");
		return c.map();
	}

	/** Citations in the order they were written (their ids end in a running number). */
	private static List<Map<String, Object>> citations(List<Owned.Link> links) {
		return links.stream()
			.sorted(Comparator.comparingInt(link -> citationNumber((String) link.properties().get("id"))))
			.map(link -> {
				Fields c = new Fields();
				c.put("source", link.other());
				c.copy(link.properties(), "locator", "note");
				if (link.properties().get("evidence") != null) {
					Fields evidence = new Fields();
					evidence.put("sentence", link.properties().get("evidence"));
					evidence.put("start", link.properties().get("evidenceStart"));
					evidence.put("end", link.properties().get("evidenceEnd"));
					c.put("evidence", evidence.map());
				}
				return c.map();
			})
			.toList();
	}

	private static int citationNumber(String id) {
		try {
			return Integer.parseInt(id.substring(id.lastIndexOf(':') + 1));
		}
		catch (RuntimeException ex) {
			return Integer.MAX_VALUE;
		}
	}

	private static Map<String, Object> nativeNames(Map<String, Object> node) {
		Map<String, Object> names = new LinkedHashMap<>();
		node.keySet().stream().filter(k -> k.startsWith("name_")).sorted()
			.forEach(k -> names.put(k.substring("name_".length()), node.get(k)));
		return names;
	}

	/** A date as the fact files write it, from the day and precision the graph keeps. */
	static String dateText(Map<String, Object> properties, String name) {
		Object value = properties.get(name);
		if (!(value instanceof LocalDate date)) {
			return null;
		}
		return switch (String.valueOf(properties.get(name + "Precision"))) {
			case "year" -> String.valueOf(date.getYear());
			case "month" -> date.toString().substring(0, 7);
			default -> date.toString();
		};
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value) {
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

	/** The relationships a fact owns, by type, with the id of the fact at their other end. */
	private record Owned(List<Link> links) {

		/** Rows of the facts query; an OPTIONAL MATCH without results gives one row of nulls. */
		static Owned from(List<Map<String, Object>> rows) {
			return new Owned(rows.stream()
				.filter(row -> row.get("type") != null)
				.map(row -> new Link((String) row.get("type"), asMap(row.get("properties")), (String) row.get("other")))
				.sorted(Comparator.comparing(link -> String.valueOf(link.properties().get("id"))))
				.toList());
		}

		record Link(String type, Map<String, Object> properties, String other) {
		}

		List<Link> of(String type) {
			return links.stream().filter(link -> link.type().equals(type)).toList();
		}

		List<String> targets(String type) {
			return of(type).stream().map(Link::other).toList();
		}

		String target(String type) {
			List<String> targets = targets(type);
			return targets.isEmpty() ? null : targets.getFirst();
		}

	}

	/** An ordered map that leaves out empty values, as a hand-written fact would. */
	private static final class Fields {

		private final Map<String, Object> map = new LinkedHashMap<>();

		void put(String name, Object value) {
			boolean empty = value == null || (value instanceof List<?> list && list.isEmpty())
					|| (value instanceof Map<?, ?> m && m.isEmpty());
			if (!empty) {
				map.put(name, value);
			}
		}

		void copy(Map<String, Object> from, String... names) {
			for (String name : names) {
				put(name, from.get(name));
			}
		}

		Map<String, Object> map() {
			return map;
		}

	}

}
