package org.jkgraph.measures;

import io.swagger.v3.oas.annotations.media.Schema;

/** An actor a measure names: who imposes it, whom it targets, who is party to it. */
@Schema(name = "MeasureActor")
public record ActorRef(String id, String name) {
}
