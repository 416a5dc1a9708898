package org.jkgraph.review;

import org.jkgraph.api.ApiProblems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A second, different decision on a candidate: 409 with the decision that stands. */
@RestControllerAdvice
class ReviewProblems {

	@ExceptionHandler
	ProblemDetail alreadyDecided(AlreadyDecidedException ex) {
		ProblemDetail problem = ApiProblems.problem(HttpStatus.CONFLICT, "Already decided", ex.getMessage(),
				"already-decided");
		problem.setProperty("decision", ex.decision());
		return problem;
	}

}
