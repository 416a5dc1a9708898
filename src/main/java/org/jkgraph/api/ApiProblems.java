package org.jkgraph.api;

import java.net.URI;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem+json: unknown ids 404, bad parameters 400 naming the parameter (in
 * {@code detail} and as the {@code parameter} member) and queries that outlive their time limit 503. Features add
 * their own (facts with problems: 422, in org.jkgraph.load).
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

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
	ProblemDetail databaseTimeout(TransientException ex) {
		log.warn("Query gave up: {}", ex.getMessage());
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "Query took too long",
				"The query ran into its time limit; narrow it (fewer hops, a smaller limit, a shorter period)",
				"query-timeout");
	}

	@ExceptionHandler
	ProblemDetail databaseRejected(ClientException ex) {
		if (ex.code() != null && ex.code().contains("TransactionTimedOut")) {
			return databaseTimeout(new TransientException(ex.code(), ex.getMessage()));
		}
		throw ex;
	}

	public static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("https://github.com/jk-graph/jk-graph/blob/main/README.md#" + type));
		return problem;
	}

}
