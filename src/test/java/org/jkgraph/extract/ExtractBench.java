package org.jkgraph.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jkgraph.facts.FactDate;

/**
 * Not a test: times the extractor on about 1 MB of text (the corpus articles, or the test texts when the corpus is
 * absent, repeated). Run from the project root after {@code ./mvnw -o -q test-compile}:
 * <pre>
 * java -cp target/test-classes:target/classes:$(./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *   org.jkgraph.extract.ExtractBench
 * </pre>
 */
public final class ExtractBench {

	private ExtractBench() {
	}

	public static void main(String[] args) throws Exception {
		Path corpus = Path.of("..", "shared", "corpus");
		StringBuilder sample = new StringBuilder();
		List<Path> files = Files.isDirectory(corpus) ? DocumentFiles.list(List.of(corpus))
				: List.of(Path.of("src/test/resources/extract/summit-week.txt"));
		for (Path file : files) {
			sample.append(Files.readString(file)).append("\n\n");
		}
		String text = sample.toString().repeat(1_000_000 / sample.length() + 1);
		Extractor extractor = Extractor.fromSeeds(Path.of("seeds"));
		Document document = Document.of("bench", text, FactDate.parse("2023-03-17"));
		// the machine is shared: wall time depends on the load, the thread's CPU time much less
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int round = 1; round <= 5; round++) {
			long started = System.nanoTime();
			long cpuStarted = threads.getCurrentThreadCpuTime();
			Extraction extraction = extractor.extract(List.of(document), true, 0.5);
			long ms = (System.nanoTime() - started) / 1_000_000;
			long cpuMs = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
			System.out.printf("round %d: %,d chars, %d sentences, %d candidates, %d facts in %d ms (%d ms CPU)%n", round,
					text.length(), extraction.sentences(), extraction.candidates(), extraction.facts().size(), ms, cpuMs);
		}
	}

}
