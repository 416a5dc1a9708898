package org.jkgraph.load;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The name a fact's file keeps in the graph ({@code file} on its node): its path from the working directory when it
 * lies below it, else from the folder above the load's root (the folder that holds every file of the load), so
 * {@code seeds/events/2023.yaml} whether the load was given {@code seeds/}, {@code ./seeds} or
 * {@code /srv/jk-graph/seeds}. Provenance never shows where the server
 * keeps its files; problems still name files as the user gave them. Names that are not paths (a posted body's
 * {@code request:facts.jsonl}) stay as they are.
 */
public final class ProvenanceFiles {

	private final Map<String, String> names = new HashMap<>();

	private ProvenanceFiles(List<String> files) {
		Path root = null;
		for (String file : files) {
			Path folder = path(file).map(Path::getParent).orElse(null);
			if (folder == null) {
				continue;
			}
			root = (root == null) ? folder : common(root, folder);
		}
		// Files below the working directory keep their path from it, as a user names them (seeds/events/2023.yaml,
		// whether the whole folder or one file is loaded); others their path from the folder above the load's root.
		Path cwd = Path.of("").toAbsolutePath().normalize();
		Path base = (root == null) ? null : root.startsWith(cwd) ? cwd : root.getParent();
		for (String file : files) {
			Path path = path(file).orElse(null);
			names.put(file, (path != null && base != null && path.startsWith(base))
					? base.relativize(path).toString().replace('\\', '/') : file);
		}
	}

	public static ProvenanceFiles of(List<String> files) {
		return new ProvenanceFiles(files);
	}

	public String of(String file) {
		return names.getOrDefault(file, file);
	}

	private static java.util.Optional<Path> path(String file) {
		if (file.contains(":") && !file.matches("^[A-Za-z]:[\\\\/].*")) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(Path.of(file).toAbsolutePath().normalize());
		}
		catch (InvalidPathException ex) {
			return java.util.Optional.empty();
		}
	}

	private static Path common(Path a, Path b) {
		Path common = a;
		while (common != null && !b.startsWith(common)) {
			common = common.getParent();
		}
		return common;
	}

}
