package org.jkgraph.load;

import java.util.List;
import java.util.regex.Pattern;

import org.jkgraph.api.BadParameterException;
import org.jkgraph.facts.FactFile;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/facts}: a bulk load of facts as JSON Lines ({@code application/x-ndjson}) or a YAML fact file,
 * validated and written like the {@code load} command (a partial load: nothing is removed). Like every write it
 * needs an API key, and is refused when none is configured (see org.jkgraph.security).
 */
@RestController
@RequestMapping("/api/facts")
class FactsController {

	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

	private final FactLoader loader;

	FactsController(FactLoader loader) {
		this.loader = loader;
	}

	@PostMapping(consumes = { "application/x-ndjson", "application/jsonl", "application/yaml", "text/yaml" })
	ResponseEntity<LoadReport> load(@RequestBody String body, @RequestParam(defaultValue = "api") String dataset,
			@RequestParam(defaultValue = "facts") String name, @RequestParam(defaultValue = "false") boolean takeOver,
			@RequestHeader("Content-Type") String contentType) {
		if (!NAME.matcher(dataset).matches()) {
			throw new BadParameterException("dataset", "dataset must be a slug of up to 60 characters (a-z, 0-9, -)");
		}
		if (!NAME.matcher(name).matches()) {
			throw new BadParameterException("name", "name must be a slug of up to 60 characters (a-z, 0-9, -)");
		}
		String extension = contentType.contains("yaml") ? ".yaml" : ".jsonl";
		FactFile file = new FactFile("request:" + name + extension, body);
		LoadReport report = loader.load(new LoadRequest(List.of(file), dataset, false, takeOver), LoadProgress.SILENT);
		return ResponseEntity.ok(report);
	}

}
