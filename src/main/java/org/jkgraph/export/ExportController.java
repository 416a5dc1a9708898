package org.jkgraph.export;

import org.jkgraph.facts.FactLines;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** {@code GET /api/export}: the graph's facts as JSON Lines, streamed, ready for {@code load}. */
@RestController
class ExportController {

	private final GraphExport export;

	ExportController(GraphExport export) {
		this.export = export;
	}

	@GetMapping("/api/export")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String dataset) {
		StreamingResponseBody body = out -> export.export(dataset, new FactLines(out));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/x-ndjson"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"jk-graph-"
					+ ((dataset != null) ? dataset.replaceAll("[^a-z0-9-]", "") : "all") + ".jsonl\"")
			.body(body);
	}

}
