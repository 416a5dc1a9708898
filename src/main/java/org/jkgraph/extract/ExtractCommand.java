package org.jkgraph.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jkgraph.command.Command;
import org.jkgraph.facts.FactDate;
import org.jkgraph.facts.FactFile;
import org.jkgraph.load.FactLoader;
import org.jkgraph.load.InvalidFactsException;
import org.jkgraph.load.LoadProgress;
import org.jkgraph.load.LoadReport;
import org.jkgraph.load.LoadRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code extract <files|folder>… [--out=file.jsonl|.yaml] [--published=YYYY-MM-DD] [--publisher=…] [--title=…]
 * [--url=…] [--load]}: candidate facts from plain-text files (publisher, title and URL describe their source facts;
 * otherwise the folder's README table does), as JSON Lines on standard output or into a file; {@code --load} loads them as a partial load of
 * the dataset {@code extracted}. Unreadable input stops everything before anything is written (exit 1); wrong usage
 * exits 2.
 */
@Component
class ExtractCommand implements Command {

	/** Built on first use: the service may never extract anything. */
	private final ObjectProvider<Extractor> extractor;

	private final ObjectProvider<FactLoader> loader;

	private final ExtractProperties properties;

	ExtractCommand(ObjectProvider<Extractor> extractor, ObjectProvider<FactLoader> loader, ExtractProperties properties) {
		this.extractor = extractor;
		this.loader = loader;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "extract";
	}

	@Override
	public String usage() {
		return "<files|folder>… [--out=file.jsonl|.yaml] [--published=YYYY-MM-DD] [--publisher=…] [--title=…] [--url=…]"
				+ " [--load]   candidate facts from plain text";
	}

	@Override
	public int run(List<String> args) {
		List<Path> paths = new ArrayList<>();
		Path out = null;
		FactDate published = null;
		String publisher = null;
		String title = null;
		String url = null;
		boolean load = false;
		for (String arg : args) {
			if (arg.startsWith("--out=")) {
				out = Path.of(arg.substring("--out=".length()));
			}
			else if (arg.startsWith("--published=")) {
				try {
					published = FactDate.parse(arg.substring("--published=".length()));
				}
				catch (IllegalArgumentException ex) {
					System.err.println("--published: " + ex.getMessage());
					return 2;
				}
			}
			else if (arg.startsWith("--publisher=")) {
				publisher = arg.substring("--publisher=".length()).strip();
			}
			else if (arg.startsWith("--title=")) {
				title = arg.substring("--title=".length()).strip();
			}
			else if (arg.startsWith("--url=")) {
				url = arg.substring("--url=".length()).strip();
			}
			else if (arg.equals("--load")) {
				load = true;
			}
			else if (arg.startsWith("--")) {
				System.err.println("Unknown option " + arg + "\nusage: extract " + usage());
				return 2;
			}
			else {
				paths.add(Path.of(arg));
			}
		}
		if (paths.isEmpty()) {
			System.err.println("usage: extract " + usage());
			return 2;
		}
		for (Path path : paths) {
			if (!Files.exists(path)) {
				System.err.println("No such file or folder: " + path);
				return 2;
			}
		}
		long started = System.nanoTime();
		List<Path> files = DocumentFiles.list(paths);
		if (files.isEmpty()) {
			System.err.println("No .txt files in " + paths);
			return 2;
		}
		if (files.size() > 1 && (title != null || url != null)) {
			System.err.println("--title and --url describe one document; " + files.size() + " files were given");
			return 2;
		}
		DocumentFiles.Given given = new DocumentFiles.Given(published, blankToNull(publisher), blankToNull(title),
				blankToNull(url));
		List<Document> documents = new ArrayList<>();
		for (Path file : files) {
			try {
				documents.add(DocumentFiles.read(file, given, extractor.getObject(), properties.maxSize().toBytes()));
			}
			catch (UnreadableTextException | IllegalArgumentException ex) {
				System.err.println(ex.getMessage() + "; nothing was extracted");
				return 1;
			}
			if (files.size() > 5 && (documents.size() % 10 == 0 || documents.size() == files.size())) {
				System.err.println("read " + documents.size() + "/" + files.size() + " file(s)");
			}
		}
		Extraction extraction = extractor.getObject().extract(documents, true, properties.minConfidence());
		String text = (out != null && (out.toString().endsWith(".yaml") || out.toString().endsWith(".yml")))
				? extraction.yaml() : extraction.jsonLines();
		try {
			if (out != null) {
				Files.writeString(out, text);
			}
			else {
				System.out.print(text);
			}
		}
		catch (IOException ex) {
			System.err.println("Cannot write " + out + ": " + ex.getMessage());
			return 1;
		}
		System.err.printf("%d document(s), %d sentence(s), %d candidate(s): %d new event(s), %d candidate actor(s); %d"
				+ " mention(s) of %d curated event(s), not written (curated facts are left as they are) in %d ms%n",
				extraction.documents(), extraction.sentences(), extraction.candidates(), extraction.newEvents(),
				extraction.actors().size(), extraction.mentions().size(), extraction.supportedEvents(),
				(System.nanoTime() - started) / 1_000_000);
		if (load) {
			try {
				LoadReport report = loader.getObject().load(new LoadRequest(List.of(new FactFile("extracted.jsonl",
						extraction.jsonLines())), "extracted", false), LoadProgress.SILENT);
				System.out.println(report.summary());
			}
			catch (InvalidFactsException ex) {
				System.err.println(ex.getMessage());
				return 1;
			}
		}
		return 0;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
