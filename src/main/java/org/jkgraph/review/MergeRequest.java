package org.jkgraph.review;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of a merge: the event the candidate reports, and why. */
record MergeRequest(
		@Schema(description = "Id of the event the candidate is a report of", example = "2023-03-16-tokyo-summit",
				requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank(message = "is required") @Size(max = 200) String into,
		@Schema(description = "Why, in the reviewer's words") @Size(max = 500) String note) {
}
