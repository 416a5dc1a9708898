package org.jkgraph.api;

import java.net.URI;
import java.util.Arrays;
import java.util.stream.StreamSupport;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
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
				ex.getName() + " has an invalid value '" + shown(ex.getValue()) + "'", "bad-parameter");
		problem.setProperty("parameter", ex.getName());
		return problem;
	}

	/** A request record that failed Bean Validation or could not be bound: 400 naming the first bad parameter. */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		FieldError error = ex.getBindingResult().getFieldError();
		if (error == null) {
			return super.handleMethodArgumentNotValid(ex, headers, status, request);
		}
		// An element of a repeated parameter is reported by the parameter's name: quadClass, not quadClass[1].
		String parameter = error.getField().replaceFirst("\\[.*$", "");
		String detail = error.isBindingFailure()
				? parameter + " has an invalid value '" + shown(error.getRejectedValue()) + "'"
				: parameter + " " + error.getDefaultMessage() + ", was " + shown(error.getRejectedValue());
		return badParameter(parameter, detail);
	}

	/** A constraint on a single {@code @RequestParam} failed. */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			String name = result.getMethodParameter().getParameterName();
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				return badParameter(name, name + " " + error.getDefaultMessage() + ", was "
						+ shown(result.getArgument()));
			}
		}
		return super.handleHandlerMethodValidationException(ex, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return badParameter(ex.getParameterName(), ex.getParameterName() + " is required");
	}

	private static ResponseEntity<Object> badParameter(String parameter, String detail) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad parameter", detail, "bad-parameter");
		problem.setProperty("parameter", parameter);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** A rejected value as a client would read it back: lists and arrays by their items, long text cut. */
	static String shown(Object value) {
		String text = switch (value) {
			case null -> "nothing";
			case Object[] array -> String.join(",", Arrays.stream(array).map(String::valueOf).toList());
			case Iterable<?> items -> String.join(",", StreamSupport.stream(items.spliterator(), false).map(String::valueOf).toList());
			default -> String.valueOf(value);
		};
		return (text.length() > 100) ? text.substring(0, 100) + "…" : text;
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

	public static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("https://github.com/jk-graph/jk-graph/blob/main/README.md#" + type));
		return problem;
	}

}
