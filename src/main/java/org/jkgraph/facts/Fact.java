package org.jkgraph.facts;

import java.util.List;

import org.jkgraph.model.FactKind;
import org.jkgraph.model.FactValues;

/**
 * A fact read from a fact file: its kind (declared in org.jkgraph.model), the values of its fields and where it was
 * written. The records of each kind ({@link EventFact}, {@link ActorFact}, …) add typed getters for Java code;
 * the loader, the export and the validator read the values as the model declares them.
 */
public interface Fact {

	FactKind kind();

	FactValues values();

	Origin origin();

	/** The stable slug other facts, URLs and the graph use to refer to this fact. */
	default String id() {
		return values().text("id");
	}

	/** {@code curated} or {@code extracted}. */
	default String method() {
		return values().text("method");
	}

	/** How sure we are that the fact is right, 0..1. */
	default double confidence() {
		Double confidence = values().number("confidence");
		return (confidence != null) ? confidence : 0;
	}

	default List<Citation> sources() {
		return Citation.all(values().objects("sources"));
	}

	default List<Claim> claims() {
		return values().objects("claims").stream().map(Claim::of).toList();
	}

	/** Editor's note, in our own words. */
	default String notes() {
		return values().text("notes");
	}

	/** The fact of {@code kind} with {@code values}: the record of its kind where there is one. */
	static Fact of(FactKind kind, FactValues values, Origin origin) {
		return switch (kind.id()) {
			case "source" -> new SourceFact(kind, values, origin);
			case "actor" -> new ActorFact(kind, values, origin);
			case "place" -> new PlaceFact(kind, values, origin);
			case "topic" -> new TopicFact(kind, values, origin);
			case "measure" -> new MeasureFact(kind, values, origin);
			case "event" -> new EventFact(kind, values, origin);
			case "observation" -> new ObservationFact(kind, values, origin);
			default -> new AnyFact(kind, values, origin);
		};
	}

}
