package org.jkgraph.provenance;

import java.util.List;
import java.util.Map;

import org.jkgraph.api.GraphReader;
import org.jkgraph.api.NotFoundException;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * Finds the provenance of a node or a relationship by its id. Node ids are slugs; relationship ids are
 * {@code owner:TYPE:other[:qualifier]}, so a ':' tells them apart.
 */
@Service
public class ProvenanceLookup {

	private static final String NODE = "provenance/node";

	private static final String RELATIONSHIP = "provenance/relationship";

	private final GraphReader reader;

	public ProvenanceLookup(GraphReader reader) {
		this.reader = reader;
		reader.require(NODE, RELATIONSHIP);
	}

	public Provenance of(String id) {
		boolean relationship = id.contains(":");
		return reader
			.single(relationship ? RELATIONSHIP : NODE, Map.of("id", id),
					relationship ? ProvenanceLookup::ofRelationship : ProvenanceLookup::ofNode)
			.orElseThrow(() -> new NotFoundException(relationship ? "relationship" : "fact", id));
	}

	private static Provenance ofNode(Record row) {
		return new Provenance(row.get("id").asString(), "node", string(row.get("kind")),
				row.get("labels").asList(Value::asString), string(row.get("name")), null, null, null,
				string(row.get("method")), number(row.get("confidence")), string(row.get("dataset")),
				string(row.get("loadId")), row.get("firstLoaded").asZonedDateTime(null),
				row.get("lastChanged").asZonedDateTime(null), string(row.get("file")), string(row.get("status")),
				sources(row.get("sources")), row.get("claims").asList(ProvenanceLookup::claim),
				row.get("mentions").asList(ProvenanceLookup::mention));
	}

	private static Provenance ofRelationship(Record row) {
		return new Provenance(row.get("id").asString(), "relationship", string(row.get("type")), null, null,
				string(row.get("owner")), string(row.get("from")), string(row.get("to")), string(row.get("method")),
				number(row.get("confidence")), string(row.get("dataset")), string(row.get("loadId")),
				row.get("firstLoaded").asZonedDateTime(null), row.get("lastChanged").asZonedDateTime(null),
				string(row.get("file")), null, sources(row.get("sources")), row.get("claims").asList(ProvenanceLookup::claim),
				List.of());
	}

	private static Provenance.Claim claim(Value claim) {
		return new Provenance.Claim(string(claim.get("id")), string(claim.get("field")), claim.get("value").asObject(),
				string(claim.get("rank")), string(claim.get("stance")), claim.get("by").asList(Value::asString),
				string(claim.get("note")), sources(claim.get("sources")));
	}

	private static Provenance.Mention mention(Value mention) {
		Value source = mention.get("source");
		return new Provenance.Mention(string(mention.get("id")),
				new Provenance.Source(string(source.get("id")), string(source.get("title")), string(source.get("publisher")),
						source.get("published").asLocalDate(null), string(source.get("url")), null, null, null),
				string(mention.get("locator")), string(mention.get("sentence")), count(mention.get("start")),
				count(mention.get("end")), string(mention.get("trigger")), count(mention.get("triggerStart")),
				count(mention.get("triggerEnd")), string(mention.get("type")), string(mention.get("date")),
				number(mention.get("confidence")), string(mention.get("method")), string(mention.get("dataset")));
	}

	private static Integer count(Value value) {
		return value.isNull() ? null : value.asInt();
	}

	private static List<Provenance.Source> sources(Value sources) {
		return sources.asList(source -> new Provenance.Source(string(source.get("id")), string(source.get("title")),
				string(source.get("publisher")), source.get("published").asLocalDate(null), string(source.get("url")),
				string(source.get("locator")), string(source.get("note")), string(source.get("evidence"))));
	}

	private static String string(Value value) {
		return value.asString(null);
	}

	private static Double number(Value value) {
		return value.isNull() ? null : value.asDouble();
	}

}
