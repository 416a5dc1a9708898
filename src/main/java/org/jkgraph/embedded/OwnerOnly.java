package org.jkgraph.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Creates and tightens files and folders so that only their owner can read them (0600 and 0700). On file systems
 * without POSIX permissions (Windows) nothing is changed: there the user's profile folder already keeps others out.
 */
final class OwnerOnly {

	static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

	private OwnerOnly() {
	}

	/** Creates {@code dir} and any missing parents owner-only, and makes {@code dir} itself owner-only if it existed. */
	static void createDirectories(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			Files.createDirectories(dir, attributes(posix(dir), FOLDER));
		}
		restrict(dir, FOLDER);
	}

	static void createFile(Path file) throws IOException {
		Files.createFile(file, attributes(posix(file.getParent()), Neo4jPassword.OWNER_READ_WRITE));
	}

	/** Sets the permissions when they differ (a store made by an older version was world-readable). */
	static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
		if (view != null && !view.readAttributes().permissions().equals(permissions)) {
			view.setPermissions(permissions);
		}
	}

	private static boolean posix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

	private static FileAttribute<?>[] attributes(boolean posix, Set<PosixFilePermission> permissions) {
		return posix ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(permissions) }
				: new FileAttribute<?>[0];
	}

}
