package org.jkgraph.load;

import org.jkgraph.api.ApiProblems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Facts with problems answer 422 as problem+json, every problem listed with file, line and field. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvalidFactsProblems {

	@ExceptionHandler
	ProblemDetail invalidFacts(InvalidFactsException ex) {
		ProblemDetail problem = ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid facts",
				ex.problems().size() + " problem(s) in the facts; nothing was loaded", "invalid-facts");
		problem.setProperty("problems", ex.problems());
		return problem;
	}

}
