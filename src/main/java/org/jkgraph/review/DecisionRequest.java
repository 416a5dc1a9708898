package org.jkgraph.review;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** The body of accept and reject (optional): why, in the reviewer's words. */
record DecisionRequest(@Schema(description = "Why, in the reviewer's words") @Size(max = 500) String note) {
}
