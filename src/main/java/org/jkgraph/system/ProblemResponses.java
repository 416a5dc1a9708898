package org.jkgraph.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Writes an RFC 9457 problem straight to a servlet response, for the errors that never reach Spring MVC's handlers:
 * requests Tomcat itself refuses, unreadable headers and query strings, {@code /error}. The same members as the
 * API's own problems ({@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}).
 */
final class ProblemResponses {

	static final String TYPE = "https://github.com/jk-graph/jk-graph/blob/main/README.md#rest-api";

	/** Paths and details echo the request; a hostile one need not be echoed whole. */
	private static final int MAX_ECHO = 200;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemResponses() {
	}

	static Map<String, Object> problem(int status, String detail, String instance) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", TYPE);
		problem.put("title", title(status));
		problem.put("status", status);
		problem.put("detail", abbreviate(detail));
		if (instance != null) {
			problem.put("instance", abbreviate(instance));
		}
		return problem;
	}

	static void write(HttpServletResponse response, int status, String detail, String instance) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		byte[] body = JSON.writeValueAsBytes(problem(status, detail, instance));
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	static String title(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? known.getReasonPhrase() : "Error " + status;
	}

	static String abbreviate(String text) {
		if (text == null) {
			return null;
		}
		String oneLine = text.replaceAll("\\s+", " ").strip();
		return (oneLine.length() <= MAX_ECHO) ? oneLine : oneLine.substring(0, MAX_ECHO) + "…";
	}

}
