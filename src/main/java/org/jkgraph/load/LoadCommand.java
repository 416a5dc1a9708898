package org.jkgraph.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jkgraph.command.Command;
import org.jkgraph.facts.FactFiles;

import org.springframework.stereotype.Component;

/**
 * {@code load <folder|file>… [--dataset=name] [--partial]}: validates and loads facts, with a progress bar and a
 * summary; exits 1 when the input has problems (nothing is written then) and 2 on wrong usage.
 */
@Component
class LoadCommand implements Command {

	private final FactLoader loader;

	LoadCommand(FactLoader loader) {
		this.loader = loader;
	}

	@Override
	public String name() {
		return "load";
	}

	@Override
	public String usage() {
		return "<folder|file>… [--dataset=<name>] [--partial]   validate and load facts (a folder is a full load of its dataset)";
	}

	@Override
	public int run(List<String> args) {
		List<Path> paths = new ArrayList<>();
		String dataset = null;
		boolean partial = false;
		for (String arg : args) {
			if (arg.startsWith("--dataset=")) {
				dataset = arg.substring("--dataset=".length());
			}
			else if (arg.equals("--partial")) {
				partial = true;
			}
			else {
				paths.add(Path.of(arg));
			}
		}
		if (paths.isEmpty()) {
			System.err.println("usage: load " + usage());
			return 2;
		}
		for (Path path : paths) {
			if (!Files.exists(path)) {
				System.err.println("No such file or folder: " + path);
				return 2;
			}
		}
		boolean folder = paths.size() == 1 && Files.isDirectory(paths.getFirst());
		List<Path> files = folder ? FactFiles.pathsUnder(paths.getFirst()) : FactFiles.sortedByName(paths);
		String name = (dataset != null) ? dataset : datasetOf(paths.getFirst(), folder);
		try {
			LoadReport report = loader.load(files, name, folder && !partial, ConsoleProgress.onStandardError());
			System.out.println(report.summary());
			return 0;
		}
		catch (InvalidFactsException ex) {
			System.err.println(ex.getMessage());
			return 1;
		}
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
