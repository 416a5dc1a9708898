package org.jkgraph.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.jkgraph.command.ExitCode;
import org.jkgraph.command.InvalidInputException;
import org.jkgraph.command.ServiceContext;
import org.jkgraph.facts.FactFiles;
import org.jkgraph.load.bulk.BulkLoad;
import org.jkgraph.load.bulk.BulkMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code load <folder|file>… [--dataset=name] [--partial] [--bulk[=auto]]}: validates and loads facts, with a progress bar and a
 * summary. Input with problems exits 1 and writes nothing.
 */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Validate and load facts. A folder is a full load of its dataset (facts of that dataset missing "
				+ "from it are removed); files add and update.")
public class LoadCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "<folder|file>", description = "A folder of fact files, or fact files")
	List<Path> paths;

	@Option(names = "--dataset", paramLabel = "<name>",
			description = "The dataset the facts belong to (default: the folder's name)")
	String dataset;

	@Option(names = "--partial", description = "Load a folder without removing facts that are missing from it")
	boolean partial;

	@Option(names = "--take-over", description = "Move facts of other datasets that these files give into this one "
			+ "(without it, such a load is refused and the facts are listed)")
	boolean takeOver;

	@Option(names = "--bulk", arity = "0..1", fallbackValue = "always", paramLabel = "auto",
			description = "Import into an empty embedded store through Neo4j's offline importer (much faster for a "
					+ "first large load); refused on any other store. --bulk=auto: in bulk when the store is empty, "
					+ "transactionally otherwise")
	BulkMode bulk;

	private final ServiceContext services;

	LoadCommand(ServiceContext services) {
		this.services = services;
	}

	@Override
	public Integer call() {
		for (Path path : paths) {
			if (!Files.exists(path)) {
				throw new InvalidInputException("No such file or folder: " + path);
			}
		}
		boolean folder = paths.size() == 1 && Files.isDirectory(paths.getFirst());
		List<Path> files = folder ? FactFiles.pathsUnder(paths.getFirst()) : FactFiles.sortedByName(paths);
		String name = (dataset != null) ? dataset : datasetOf(paths.getFirst(), folder);
		boolean full = folder && !partial;
		LoadProgress progress = ConsoleProgress.onStandardError();
		LoadReport report = Optional.ofNullable(bulk)
			.flatMap(mode -> BulkLoad.load(services, mode, files, name, full, progress))
			.orElseGet(() -> services.bean(FactLoader.class).load(files, name, full, takeOver, progress));
		System.out.println(report.summary());
		return ExitCode.OK;
	}

	/** A folder's facts belong to the dataset named after it; single files to the folder at the top of their path. */
	static String datasetOf(Path path, boolean folder) {
		Path normalized = path.toAbsolutePath().normalize();
		if (folder) {
			return normalized.getFileName().toString();
		}
		Path relative = Path.of("").toAbsolutePath().relativize(normalized);
		return relative.startsWith("..") || relative.getNameCount() < 2 ? normalized.getParent().getFileName().toString()
				: relative.getName(0).toString();
	}

}
