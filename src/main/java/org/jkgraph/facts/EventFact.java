package org.jkgraph.facts;

import java.util.List;

import org.jkgraph.model.FactKind;
import org.jkgraph.model.FactValues;

/** Something that happened, typed from the event-type vocabulary and linked to its actors, place and causes. */
public record EventFact(FactKind kind, FactValues values, Origin origin) implements Fact {

	public String type() {
		return values.text("type");
	}

	public FactDate date() {
		return (FactDate) values.date("date");
	}

	public FactDate endDate() {
		return (FactDate) values.date("endDate");
	}

	public String title() {
		return values.text("title");
	}

	public String summary() {
		return values.text("summary");
	}

	public List<Participant> participants() {
		return values.objects("participants").stream().map(Participant::of).toList();
	}

	public String place() {
		return values.text("place");
	}

	public List<String> topics() {
		return values.texts("topics");
	}

	public List<MeasureChange> measures() {
		return values.objects("measures").stream().map(MeasureChange::of).toList();
	}

	public List<String> respondsTo() {
		return values.texts("respondsTo");
	}

	public List<String> followsUp() {
		return values.texts("followsUp");
	}

	public List<String> causes() {
		return values.texts("causes");
	}

	public String partOf() {
		return values.text("partOf");
	}

	/** The PLOVER mode the file gives, overriding its type's; {@code null} when it gives none. */
	public String mode() {
		return values.text("mode");
	}

}
