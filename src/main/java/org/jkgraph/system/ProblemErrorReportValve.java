package org.jkgraph.system;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's error page, as problem+json instead of HTML: for the requests Tomcat refuses before any servlet sees
 * them — a request line or headers over the size limit, an encoded slash or bad percent-encoding in the path,
 * characters a URL may not hold. Installed as the host's error report valve by {@link HttpErrorsConfiguration}.
 * Each is logged in one line: it is the client's mistake, not a failure of the service.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorReportValve.class);

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		// the checks of Tomcat's own valve: only errors, only when nothing was written and the connection can take it
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get() || !response.setErrorReported()) {
			return;
		}
		String detail = detail(status, response.getMessage(), throwable);
		// the raw path: Tomcat refused to decode it, or did not get as far as reading it
		String path = request.getCoyoteRequest().requestURI().toString();
		if (path == null || path.isEmpty()) {
			path = "(a request line it could not read)";
		}
		if (status < 500) {
			log.info("{} {} {}: {}", status, request.getMethod(), ProblemResponses.abbreviate(path), detail);
		}
		else {
			log.error("{} {} {}", status, request.getMethod(), ProblemResponses.abbreviate(path), throwable);
		}
		try {
			response.setSuspended(false);
			response.resetBuffer();
			ProblemResponses.write(response, status, detail, null);
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone; nothing left to tell it
		}
	}

	private static String detail(int status, String message, Throwable throwable) {
		String reason = (throwable != null && throwable.getMessage() != null) ? throwable.getMessage() : message;
		if (reason != null && reason.contains("Request header is too large")) {
			return "The request line (path and query string) or its headers are longer than the server accepts;"
					+ " shorten them";
		}
		if (status >= 500) {
			return "The server could not answer this request";
		}
		return (reason != null && !reason.isBlank()) ? reason : ProblemResponses.title(status);
	}

}
