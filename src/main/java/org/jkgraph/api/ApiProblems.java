package org.jkgraph.api;

import java.net.URI;

import org.jkgraph.load.InvalidFactsException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem+json: unknown ids 404, bad parameters 400 naming the parameter (in
 * {@code detail} and as the {@code parameter} member), facts with problems 422 listing them, and queries that
 * outlive their time limit 503.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage(), "not-found");
	}

	@ExceptionHandler
	ProblemDetail badParameter(BadParameterException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad parameter", ex.getMessage(), "bad-parameter");
		problem.setProperty("parameter", ex.parameter());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad parameter",
				ex.getName() + " has an invalid value '" + ex.getValue() + "'", "bad-parameter");
		problem.setProperty("parameter", ex.getName());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidFacts(InvalidFactsException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid facts",
				ex.problems().size() + " problem(s) in the facts; nothing was loaded", "invalid-facts");
		problem.setProperty("problems", ex.problems());
		return problem;
	}

	/**
	 * Errors of the database, as the Driver raises them or as Spring Data Neo4j translates them: a query that ran
	 * into its time limit (or a transient failure) is 503, anything else a 500 that is logged once with its cause.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class, Neo4jException.class })
	ProblemDetail database(Exception ex) {
		Neo4jException cause = neo4jCause(ex);
		boolean timedOut = cause != null && cause.code() != null && cause.code().contains("TransactionTimedOut");
		if (timedOut || cause instanceof TransientException) {
			log.warn("Query gave up: {}", cause.getMessage());
			return problem(HttpStatus.SERVICE_UNAVAILABLE, "Query took too long",
					"The query ran into its time limit; narrow it (fewer hops, a smaller limit, a shorter period)",
					"query-timeout");
		}
		log.error("Database error", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Database error",
				"The database could not answer this request", "database-error");
	}

	private static Neo4jException neo4jCause(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof Neo4jException neo4j) {
				return neo4j;
			}
		}
		return null;
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("https://github.com/jk-graph/jk-graph/blob/main/README.md#" + type));
		return problem;
	}

}
