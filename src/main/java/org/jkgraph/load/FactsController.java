package org.jkgraph.load;

import java.util.List;

import org.jkgraph.facts.FactFile;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/facts}: a bulk load of facts as JSON Lines ({@code application/x-ndjson}) or a YAML fact file,
 * validated and written like the {@code load} command (a partial load: nothing is removed). Disabled unless
 * {@code jkgraph.load.api-enabled=true}, because anyone who can reach the port could write: keep it off until
 * write access is secured.
 */
@RestController
@RequestMapping("/api/facts")
class FactsController {

	private final FactLoader loader;

	private final LoadProperties properties;

	FactsController(FactLoader loader, LoadProperties properties) {
		this.loader = loader;
		this.properties = properties;
	}

	@PostMapping(consumes = { "application/x-ndjson", "application/jsonl", "application/yaml", "text/yaml" })
	ResponseEntity<?> load(@RequestBody String body, @RequestParam(defaultValue = "api") String dataset,
			@RequestParam(defaultValue = "facts") String name,
			@org.springframework.web.bind.annotation.RequestHeader("Content-Type") String contentType) {
		if (!properties.apiEnabled()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
					"Loading facts over HTTP is disabled until write access is secured; use the load command, "
							+ "or set jkgraph.load.api-enabled=true on a trusted network");
			problem.setTitle("Writes disabled");
			return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
		}
		String extension = contentType.contains("yaml") ? ".yaml" : ".jsonl";
		FactFile file = new FactFile("request:" + name + extension, body);
		LoadReport report = loader.load(new LoadRequest(List.of(file), dataset, false), LoadProgress.SILENT);
		return ResponseEntity.ok(report);
	}

}
