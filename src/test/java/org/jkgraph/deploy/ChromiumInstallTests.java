package org.jkgraph.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * CI's Chromium install ({@code .ci/install-chromium}, run by {@code .ci/run}) waits for another package install
 * that holds the package locks instead of failing, and never fails CI itself. It runs against a stand-in
 * {@code apt-get} that behaves like Debian's while another process holds its locks: {@code update} fails on the
 * lists' lock a few times, {@code install} fails on dpkg's lock unless told to wait for it.
 */
class ChromiumInstallTests {

	private static final Path SCRIPT = Path.of(".ci/install-chromium");

	@TempDir
	Path bin;

	Path calls;

	@BeforeEach
	void standInTools() throws IOException {
		assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
		calls = bin.resolve("apt-get.calls");
		// what the script needs from the system, without the real chromium, apt-get or sudo
		for (String tool : List.of("env", "timeout", "mktemp", "tail", "head", "rm", "grep", "sleep", "cat", "chmod")) {
			Path real = Path.of("/usr/bin", tool);
			Files.createSymbolicLink(bin.resolve(tool), Files.exists(real) ? real : Path.of("/bin", tool));
		}
		script("id", "echo 0");
	}

	@Test
	void waitsForThePackageLocksAnotherInstallHolds() throws Exception {
		script("apt-get", """
				echo "$*" >> %1$s
				case " $* " in
				  *" update "*)
				    n=$(grep -c ' update' %1$s)
				    if [ "$n" -le 2 ]; then
				      echo "E: Could not get lock /var/lib/apt/lists/lock. It is held by process 4242 (apt-get)" >&2; exit 100
				    fi ;;
				  *" install "*)
				    case "$*" in
				      *"DPkg::Lock::Timeout=600"*) ;;
				      *) echo "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (apt-get)" >&2; exit 100 ;;
				    esac
				    printf '#!/bin/bash\\necho "Chromium 1.2.3 stand-in"\\n' > %2$s/chromium
				    printf '#!/bin/bash\\n' > %2$s/chromedriver
				    chmod +x %2$s/chromium %2$s/chromedriver ;;
				esac
				exit 0
				""".formatted(calls, bin));
		Run run = run();
		assertThat(run.exit()).as(run.output()).isZero();
		assertThat(run.output()).as(run.output()).contains("another package install holds the lock; waiting")
			.contains("installed Chromium 1.2.3 stand-in");
		List<String> apt = Files.readAllLines(calls);
		assertThat(apt).filteredOn(line -> line.contains(" update")).hasSize(3);
		assertThat(apt).filteredOn(line -> line.contains(" install "))
			.singleElement()
			.asString()
			.contains("-o DPkg::Lock::Timeout=600")
			.contains("chromium chromium-driver");
	}

	@Test
	void aFailedInstallNeverFailsCi() throws Exception {
		script("apt-get", "echo \"E: Unable to locate package chromium\" >&2; exit 100");
		Run run = run();
		assertThat(run.exit()).isZero();
		assertThat(run.output()).contains("installing chromium failed").contains("Unable to locate package chromium");
	}

	private void script(String name, String body) throws IOException {
		Path file = bin.resolve(name);
		Files.writeString(file, "#!/bin/bash\n" + body + "\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	record Run(int exit, String output) {
	}

	private Run run() throws Exception {
		ProcessBuilder builder = new ProcessBuilder("/bin/bash", SCRIPT.toString()).redirectErrorStream(true);
		builder.environment().put("PATH", bin.toString());
		builder.environment().put("APT_LOCK_RETRY_PAUSE", "0");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Run(process.exitValue(), output);
	}

}
