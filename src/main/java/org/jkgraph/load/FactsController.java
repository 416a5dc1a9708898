package org.jkgraph.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.jkgraph.api.BadParameterException;
import org.jkgraph.facts.FactFile;
import org.jkgraph.facts.NotUtf8Exception;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.ErrorResponseException;
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
 * <p>
 * The body is bounded before it gets here ({@code jkgraph.security.max-request-size}) and must be UTF-8 (415
 * otherwise, rather than facts stored with U+FFFD). A body above {@code jkgraph.load.stream-above} goes to a
 * temporary file and is loaded streamed, like a large file, so the heap holds a chunk of it, never the whole load.
 */
@RestController
@RequestMapping("/api/facts")
class FactsController {

	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

	private final FactLoader loader;

	private final LoadProperties properties;

	FactsController(FactLoader loader, LoadProperties properties) {
		this.loader = loader;
		this.properties = properties;
	}

	@PostMapping(consumes = { "application/x-ndjson", "application/jsonl", "application/yaml", "text/yaml" })
	ResponseEntity<LoadReport> load(@RequestBody byte[] body, @RequestParam(defaultValue = "api") String dataset,
			@RequestParam(defaultValue = "facts") String name, @RequestParam(defaultValue = "false") boolean takeOver,
			@RequestHeader("Content-Type") String contentType) {
		if (!NAME.matcher(dataset).matches()) {
			throw new BadParameterException("dataset", "dataset must be a slug of up to 60 characters (a-z, 0-9, -)");
		}
		if (!NAME.matcher(name).matches()) {
			throw new BadParameterException("name", "name must be a slug of up to 60 characters (a-z, 0-9, -)");
		}
		Charset declared = MediaType.parseMediaType(contentType).getCharset();
		if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
			throw notUtf8("Facts are UTF-8 text; this body says it is " + declared.name() + ". Send it as UTF-8.");
		}
		String fileName = name + (contentType.contains("yaml") ? ".yaml" : ".jsonl");
		String text;
		try {
			text = NotUtf8Exception.decode(body, "request:" + fileName);
		}
		catch (NotUtf8Exception ex) {
			throw notUtf8("The body is not UTF-8 text: " + ex.problem().message() + " (line " + ex.problem().line()
					+ ").");
		}
		if (body.length > properties.streamAbove().toBytes()) {
			return ResponseEntity.ok(loadStreamed(body, fileName, dataset, takeOver));
		}
		FactFile file = new FactFile("request:" + fileName, text);
		return ResponseEntity.ok(loader.load(new LoadRequest(List.of(file), dataset, false, takeOver), LoadProgress.SILENT));
	}

	private LoadReport loadStreamed(byte[] body, String fileName, String dataset, boolean takeOver) {
		Path folder = null;
		try {
			folder = Files.createTempDirectory("jk-graph-post-");
			Path file = Files.write(folder.resolve(fileName), body);
			return loader.loadStreamed(List.of(file), path -> "request:" + fileName, dataset, false, takeOver,
					LoadProgress.SILENT);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the posted facts in a temporary file", ex);
		}
		finally {
			if (folder != null) {
				try {
					FileSystemUtils.deleteRecursively(folder);
				}
				catch (IOException ex) {
					// a temporary folder the system cleans up
				}
			}
		}
	}

	private static ErrorResponseException notUtf8(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail);
		problem.setTitle("Not UTF-8");
		return new ErrorResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, problem, null);
	}

}
