package org.jkgraph.system;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error dispatch ({@code /error}) as problem+json, in place of Spring Boot's own JSON: what the servlet
 * container forwards here (a query string it cannot decode, an exception no handler took) keeps its status. A
 * request for {@code /error} itself is a 404 like any other unknown path. The type is fixed, whatever the request
 * accepts, so an unacceptable {@code Accept} header cannot turn the error into an empty answer.
 */
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (!(code instanceof Integer status)) {
			return problem(404, "No such resource: /error", request.getRequestURI());
		}
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (status >= 500) {
			return problem(status, "The server could not answer this request", path);
		}
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		String detail = (exception != null && exception.getMessage() != null) ? exception.getMessage()
				: (message instanceof String text && !text.isBlank()) ? text : ProblemResponses.title(status);
		return problem(status, detail, path);
	}

	private static ResponseEntity<Map<String, Object>> problem(int status, String detail, String instance) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemResponses.problem(status, detail, instance));
	}

}
