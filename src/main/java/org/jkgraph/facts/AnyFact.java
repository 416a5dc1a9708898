package org.jkgraph.facts;

import org.jkgraph.model.FactKind;
import org.jkgraph.model.FactValues;

/** A fact of a kind without a record of its own: the model's values are all there is. */
public record AnyFact(FactKind kind, FactValues values, Origin origin) implements Fact {
}
