package org.jkgraph.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Refusals from the security filters, in the same problem+json shape as every other API error. */
class WriteProblems {

	private final JsonMapper json;

	WriteProblems(JsonMapper json) {
		this.json = json;
	}

	void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
		problem.setTitle(title);
		problem.setType(URI.create("https://github.com/jk-graph/jk-graph/blob/main/README.md#security"));
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (status == HttpServletResponse.SC_UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"jk-graph\"");
		}
		json.writeValue(response.getOutputStream(), problem);
	}

}
