package org.jkgraph.review;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;

import org.springframework.http.ProblemDetail;

/**
 * The answers every reviewer's decision (accept, reject, merge) documents alike: the decision, no API key, and a
 * candidate already decided otherwise. Each decision states its own 404 (merge's also names the event to merge into)
 * and any other answer beside this annotation: swagger-core adds these to the method's own, and where both give the
 * same status this one's wins, so it holds none that differ.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiResponses({ @ApiResponse(responseCode = "200", description = "The decision"),
		@ApiResponse(responseCode = "401", description = "No API key",
				content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class))),
		@ApiResponse(responseCode = "409", description = "Already decided otherwise",
				content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class))) })
@interface DecisionResponses {

}
