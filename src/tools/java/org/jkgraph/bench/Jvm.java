package org.jkgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How to start another JVM running this application, and what the machine is doing. */
final class Jvm {

	private Jvm() {
	}

	/** {@code java [options] -jar jk-graph.jar} (or the class path and main class when not run from the jar). */
	static List<String> javaCommand(String... options) {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(List.of(options));
		command.add("--enable-native-access=ALL-UNNAMED");
		command.add("--sun-misc-unsafe-memory-access=allow");
		String classPath = System.getProperty("java.class.path");
		if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
			command.addAll(List.of("-jar", classPath));
		}
		else {
			command.addAll(List.of("-cp", classPath, "org.jkgraph.JkGraphApplication"));
		}
		return command;
	}

	/** The 1, 5 and 15 minute load averages, as {@code uptime} shows them. */
	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return "load average " + parts[0] + ", " + parts[1] + ", " + parts[2];
		}
		catch (IOException | RuntimeException ex) {
			return "load average unknown";
		}
	}

	/** Resident memory of a process in MB, from /proc (Linux). */
	static long residentMb(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
				}
			}
		}
		catch (IOException ex) {
			// not Linux, or gone
		}
		return -1;
	}

}
