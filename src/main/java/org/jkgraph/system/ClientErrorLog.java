package org.jkgraph.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One line per refused request (4xx): status, method, path and the size of the query — enough to see what clients
 * get wrong, never a stack trace (a client's mistake is not the service's failure) and never the query itself,
 * which may be long or hold what the client would not want logged. Server errors are logged where they happen.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClientErrorLog extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(ClientErrorLog.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		int status = response.getStatus();
		if (status >= 400 && status < 500 && log.isInfoEnabled()) {
			String query = request.getQueryString();
			log.info("{} {} {}{}", status, request.getMethod(), ProblemResponses.abbreviate(request.getRequestURI()),
					(query == null) ? "" : " (query of " + query.length() + " characters)");
		}
	}

}
