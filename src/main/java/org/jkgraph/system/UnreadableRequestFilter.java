package org.jkgraph.system;

import java.io.IOException;
import java.util.Collections;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything else runs, the requests whose headers or query string cannot be read at all: an
 * {@code Accept} header that is no list of media types (406: otherwise every error of such a request would be an
 * empty answer, since no problem could be written in a type the client "accepts"), and a query string with bad
 * percent-encoding (400: otherwise the servlet container throws while a handler reads a parameter, logs a stack
 * trace and answers with its own error page).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnreadableRequestFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			MediaType.parseMediaTypes(Collections.list(request.getHeaders("Accept")));
		}
		catch (IllegalArgumentException ex) {
			ProblemResponses.write(response, HttpServletResponse.SC_NOT_ACCEPTABLE,
					"The Accept header is not a list of media types (" + ex.getMessage()
							+ "); ask for application/json, or send no Accept header",
					request.getRequestURI());
			return;
		}
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			ProblemResponses.write(response, HttpServletResponse.SC_BAD_REQUEST,
					"The query string cannot be decoded: percent-encode it as UTF-8 (a '%' is written %25)",
					request.getRequestURI());
			return;
		}
		chain.doFilter(request, response);
	}

}
