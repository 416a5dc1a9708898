package org.jkgraph.export;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletResponse;
import org.jkgraph.facts.FactLines;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/export}: the graph's facts as JSON Lines, streamed, ready for {@code load}.
 * <p>
 * The facts are written on the request's own thread, not handed to an asynchronous {@code StreamingResponseBody}:
 * that one is bound by Spring MVC's async request timeout (30 s on Tomcat), after which the response ended cleanly
 * with status 200 and part of the facts. Here the export's own limit ({@code jkgraph.export.timeout}) applies, and an
 * export that stops early (that limit, the database failing) cuts the chunked response off without its last chunk,
 * which every HTTP client reports as an error (curl: exit code 18, "transfer closed with outstanding read data").
 */
@RestController
class ExportController {

	private final GraphExport export;

	ExportController(GraphExport export) {
		this.export = export;
	}

	@GetMapping(value = "/api/export", produces = "application/x-ndjson")
	void export(@RequestParam(required = false) String dataset, HttpServletResponse response) throws IOException {
		response.setContentType("application/x-ndjson");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"jk-graph-"
				+ ((dataset != null) ? dataset.replaceAll("[^a-z0-9-]", "") : "all") + ".jsonl\"");
		OutputStream out = response.getOutputStream();
		FactLines lines = new FactLines(out);
		export.export(dataset, lines);
		lines.flush();
	}

}
