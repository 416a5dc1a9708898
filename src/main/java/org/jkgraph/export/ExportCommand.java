package org.jkgraph.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.jkgraph.command.ExitCode;
import org.jkgraph.command.InvalidInputException;
import org.jkgraph.command.ServiceContext;
import org.jkgraph.facts.FactLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export [--dataset=name] [--out=file.jsonl]}: the graph's facts as JSON Lines, to a file or stdout. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Write the graph's facts with their provenance as JSON Lines, ready for load.")
public class ExportCommand implements Callable<Integer> {

	@Option(names = "--dataset", paramLabel = "<name>", description = "Only this dataset's facts (default: all)")
	String dataset;

	@Option(names = "--out", paramLabel = "<file.jsonl>", description = "Write to this file (default: standard output)")
	Path out;

	private final ServiceContext services;

	ExportCommand(ServiceContext services) {
		this.services = services;
	}

	@Override
	public Integer call() {
		GraphExport export = services.bean(GraphExport.class);
		// A file is written beside its destination and moved into place when complete, so a failed export never
		// leaves a short backup under the name of a good one.
		Path partial = null;
		OutputStream target;
		try {
			if (out != null) {
				Path folder = out.toAbsolutePath().getParent();
				partial = Files.createTempFile(folder, "." + out.getFileName() + ".", ".partial");
				target = Files.newOutputStream(partial);
			}
			else {
				target = System.out;
			}
		}
		catch (IOException ex) {
			throw new InvalidInputException("Cannot write " + out + ": " + ex.getMessage());
		}
		try (OutputStream stream = new BufferedOutputStream(target, 1 << 16); FactLines lines = new FactLines(stream)) {
			int count = export.export(dataset, lines);
			lines.flush();
			if (partial != null) {
				stream.close();
				Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				partial = null;
			}
			System.err.println("Exported " + count + " facts" + ((out != null) ? " to " + out : ""));
			return ExitCode.OK;
		}
		catch (ExportIncompleteException ex) {
			System.err.println(ex.getMessage() + ((out != null) ? "; " + out + " was not written" : "; the output is"
					+ " incomplete") + ". Run the export again (or raise jkgraph.export.timeout).");
			return ExitCode.DATABASE_FAILED;
		}
		catch (IOException | UncheckedIOException ex) {
			throw new InvalidInputException("Cannot write " + ((out != null) ? out : "the facts") + ": " + ex.getMessage());
		}
		finally {
			if (partial != null) {
				try {
					Files.deleteIfExists(partial);
				}
				catch (IOException ex) {
					System.err.println("Could not remove " + partial + ": " + ex.getMessage());
				}
			}
		}
	}

}
