package org.jkgraph.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

/**
 * The password of the embedded database's {@code neo4j} user. {@code jkgraph.embedded.password} wins when it is set;
 * otherwise it is the one kept in a file beside the store ({@code data/neo4j.password} for the store
 * {@code data/neo4j}), generated on the first start and readable by its owner only. The service, Neo4j Browser,
 * cypher-shell and the commands all take it from there, so nobody has to choose one.
 *
 * @param value  the password; never logged ({@link #toString()} leaves it out)
 * @param file   the file it was read from or written to; empty when it came from {@code jkgraph.embedded.password}
 */
public record Neo4jPassword(String value, Optional<Path> file) {

	/** The built-in user of the embedded database. */
	public static final String USER = "neo4j";

	/** Neo4j's own lower bound ({@code dbms.security.auth_minimum_password_length}). */
	static final int MIN_LENGTH = 8;

	/** 24 random bytes: 192 bits, written as 32 URL-safe characters. */
	private static final int GENERATED_BYTES = 24;

	static final Set<PosixFilePermission> OWNER_READ_WRITE = Set.of(PosixFilePermission.OWNER_READ,
			PosixFilePermission.OWNER_WRITE);

	/** Where the password of the store {@code store} is kept: a file beside it, named after it. */
	public static Path fileFor(Path store) {
		Path absolute = store.toAbsolutePath().normalize();
		return absolute.resolveSibling(absolute.getFileName() + ".password");
	}

	/**
	 * The password the embedded database runs with: the configured one, or the file's, creating the file with a new
	 * strong password when there is none yet.
	 */
	static Neo4jPassword forService(EmbeddedNeo4jProperties properties) {
		Optional<Neo4jPassword> configured = configured(properties);
		if (configured.isPresent()) {
			return configured.get();
		}
		Path file = fileFor(properties.storePath());
		if (!Files.exists(file)) {
			create(file);
		}
		return read(file);
	}

	/** The password a client of the running service should use, when it can know it; never creates anything. */
	public static Optional<Neo4jPassword> forClient(EmbeddedNeo4jProperties properties) {
		Optional<Neo4jPassword> configured = configured(properties);
		if (configured.isPresent()) {
			return configured;
		}
		Path file = fileFor(properties.storePath());
		return Files.isReadable(file) ? Optional.of(read(file)) : Optional.empty();
	}

	public AuthToken authToken() {
		return AuthTokens.basic(USER, value);
	}

	/** Where the password comes from, in words for a log line: never the password itself. */
	public String origin() {
		return file.map(f -> "in " + f).orElse("from jkgraph.embedded.password");
	}

	@Override
	public String toString() {
		return "Neo4jPassword[" + origin() + "]";
	}

	private static Optional<Neo4jPassword> configured(EmbeddedNeo4jProperties properties) {
		String password = properties.password();
		if (password == null || password.isBlank()) {
			return Optional.empty();
		}
		if (password.strip().length() < MIN_LENGTH) {
			throw new EmbeddedNeo4jStartException("jkgraph.embedded.password is shorter than " + MIN_LENGTH
					+ " characters, which Neo4j refuses; choose a longer one or unset it to use a generated password.");
		}
		return Optional.of(new Neo4jPassword(password.strip(), Optional.empty()));
	}

	private static Neo4jPassword read(Path file) {
		String password;
		try {
			password = Files.readString(file, StandardCharsets.UTF_8).strip();
			OwnerOnly.restrict(file, OWNER_READ_WRITE);
		}
		catch (IOException ex) {
			throw new EmbeddedNeo4jStartException("Cannot read the Neo4j password file " + file + ": " + ex.getMessage(),
					ex);
		}
		if (password.length() < MIN_LENGTH) {
			throw new EmbeddedNeo4jStartException("The Neo4j password file " + file + " holds fewer than " + MIN_LENGTH
					+ " characters; delete it to have a new password generated, or write a longer one into it.");
		}
		return new Neo4jPassword(password, Optional.of(file));
	}

	/**
	 * Writes a new password to a temporary file that is owner-only from its creation, then moves it into place, so
	 * the password is never readable by others and a crash never leaves half a file.
	 */
	private static void create(Path file) {
		byte[] random = new byte[GENERATED_BYTES];
		new SecureRandom().nextBytes(random);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		try {
			Files.createDirectories(file.getParent());
			Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
			Files.deleteIfExists(temporary); // left by a start that crashed right here
			OwnerOnly.createFile(temporary);
			Files.writeString(temporary, password + "\n", StandardCharsets.UTF_8);
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, file);
			}
		}
		catch (IOException ex) {
			throw new EmbeddedNeo4jStartException("Cannot write the Neo4j password file " + file + ": " + ex.getMessage(),
					ex);
		}
	}

}
