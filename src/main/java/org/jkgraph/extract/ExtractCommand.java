package org.jkgraph.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.jkgraph.command.ExitCode;
import org.jkgraph.command.InvalidInputException;
import org.jkgraph.command.ServiceContext;
import org.jkgraph.facts.FactDate;
import org.jkgraph.facts.FactFile;
import org.jkgraph.load.FactLoader;
import org.jkgraph.load.LoadProgress;
import org.jkgraph.load.LoadReport;
import org.jkgraph.load.LoadRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code extract <files|folder>… [--out=file.jsonl|.yaml] [--published=YYYY-MM-DD] [--publisher=…] [--title=…]
 * [--url=…] [--load]}: candidate facts from plain-text files (publisher, title and URL describe their source facts;
 * otherwise the folder's README table does), as JSON Lines on standard output or into a file; {@code --load} loads
 * them as a partial load of the dataset {@code extracted}. Unreadable input stops everything before anything is
 * written (exit 1).
 */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Candidate facts from plain-text news files, as JSON Lines (or YAML).")
public class ExtractCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "<files|folder>", description = "Plain-text files, or a folder of .txt files")
	List<Path> paths;

	@Option(names = "--out", paramLabel = "<file.jsonl|.yaml>", description = "Write to this file (default: standard output)")
	Path out;

	@Option(names = "--published", paramLabel = "<YYYY-MM-DD>", converter = DateConverter.class,
			description = "Publication date relative dates are resolved against")
	FactDate published;

	@Option(names = "--publisher", paramLabel = "<name>", description = "Publisher of the documents' source (default: the folder's README table)")
	String publisher;

	@Option(names = "--title", paramLabel = "<title>", description = "Title of the document's source (one document only)")
	String title;

	@Option(names = "--url", paramLabel = "<url>", description = "Address of the document's source (one document only)")
	String url;

	@Option(names = "--load", description = "Load the candidates as a partial load of the dataset 'extracted'")
	boolean load;

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	private final ServiceContext services;

	ExtractCommand(ServiceContext services) {
		this.services = services;
	}

	/** Dates as fact files write them; anything else is a usage error naming the option. */
	static final class DateConverter implements ITypeConverter<FactDate> {

		@Override
		public FactDate convert(String value) {
			return FactDate.parse(value);
		}

	}

	@Override
	public Integer call() {
		for (Path path : paths) {
			if (!Files.exists(path)) {
				throw new InvalidInputException("No such file or folder: " + path);
			}
		}
		long started = System.nanoTime();
		List<Path> files = DocumentFiles.list(paths);
		if (files.isEmpty()) {
			throw new InvalidInputException("No .txt files in " + paths);
		}
		if (files.size() > 1 && (title != null || url != null)) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(),
					"--title and --url describe one document; " + files.size() + " files were given");
		}
		DocumentFiles.Given given = new DocumentFiles.Given(published, blankToNull(publisher), blankToNull(title),
				blankToNull(url));
		Extractor extractor = services.bean(Extractor.class);
		ExtractProperties properties = services.bean(ExtractProperties.class);
		List<Document> documents = new ArrayList<>();
		for (Path file : files) {
			try {
				documents.add(DocumentFiles.read(file, given, extractor, properties.maxSize().toBytes()));
			}
			catch (UnreadableTextException | IllegalArgumentException ex) {
				throw new InvalidInputException(ex.getMessage() + "; nothing was extracted");
			}
			if (files.size() > 5 && (documents.size() % 10 == 0 || documents.size() == files.size())) {
				System.err.println("read " + documents.size() + "/" + files.size() + " file(s)");
			}
		}
		Extraction extraction = extractor.extract(documents, true, properties.minConfidence());
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
			throw new InvalidInputException("Cannot write " + out + ": " + ex.getMessage());
		}
		System.err.printf("%d document(s), %d sentence(s), %d candidate(s): %d new event(s), %d candidate actor(s); %d"
				+ " mention(s) of %d curated event(s), written as mentions (curated facts are left as they are); the new"
				+ " events and actors are candidates for review, in %d ms%n",
				extraction.documents(), extraction.sentences(), extraction.candidates(), extraction.newEvents(),
				extraction.actors().size(), extraction.mentions().size(), extraction.supportedEvents(),
				(System.nanoTime() - started) / 1_000_000);
		if (load) {
			LoadReport report = services.bean(FactLoader.class).load(new LoadRequest(List.of(new FactFile("extracted.jsonl",
					extraction.jsonLines())), "extracted", false), LoadProgress.SILENT);
			System.out.println(report.summary());
		}
		return ExitCode.OK;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
