package org.jkgraph.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above a limit with 413, before they are read into memory: by their declared length, or,
 * for chunked uploads without one, as soon as the limit is passed while reading.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long limit;

	private final WriteProblems problems;

	RequestSizeLimitFilter(long limit, WriteProblems problems) {
		this.limit = limit;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limit) {
			problems.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Request too large",
					"The request body is " + request.getContentLengthLong() + " bytes; the limit is " + limit
							+ " (jkgraph.security.max-request-size). Split it, or use the load command.");
			return;
		}
		Bounded bounded = new Bounded(request, limit);
		try {
			chain.doFilter(bounded, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			// Spring wraps what a message converter throws (in a ServletException, a parse error, …): what counts is
			// whether the body passed the limit, not the shape the exception arrived in.
			if (!bounded.exceeded || response.isCommitted()) {
				throw ex;
			}
		}
		if (bounded.exceeded && !response.isCommitted()) {
			// also when an error handler turned the interrupted read into some other, not yet sent, answer
			response.reset();
			problems.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Request too large",
					"The request body passed the limit of " + limit + " bytes (jkgraph.security.max-request-size)."
							+ " Split it, or use the load command.");
		}
	}

	/** Thrown while reading past the limit; unchecked so it leaves message converters as soon as it can. */
	static final class TooLarge extends RuntimeException {

		TooLarge() {
			super("request body too large", null, false, false);
		}

	}

	private static final class Bounded extends HttpServletRequestWrapper {

		private final long limit;

		private volatile boolean exceeded;

		Bounded(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					count(b < 0 ? 0 : 1);
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					count(Math.max(n, 0));
					return n;
				}

				private void count(int n) {
					read += n;
					if (read > limit) {
						exceeded = true;
						throw new TooLarge();
					}
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}
			};
		}

	}

}
