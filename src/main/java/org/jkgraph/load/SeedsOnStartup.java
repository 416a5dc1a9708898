package org.jkgraph.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jkgraph.embedded.EmbeddedNeo4j;
import org.jkgraph.facts.FactFile;
import org.jkgraph.facts.FactFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the curated seeds when the service starts (by default only on the embedded database), so a newcomer's
 * first start has the whole dataset. A reload of unchanged seeds writes nothing. Seeds with a problem stop
 * start-up with the list of problems rather than serve a graph that silently lacks them.
 */
@Component
@Order(SeedsOnStartup.ORDER)
class SeedsOnStartup implements ApplicationRunner {

	/** Before the query warm-up's runner, which waits for the seeds on a new store. */
	static final int ORDER = 0;

	private static final Logger log = LoggerFactory.getLogger(SeedsOnStartup.class);

	private final FactLoader loader;

	private final LoadProperties properties;

	private final boolean embedded;

	SeedsOnStartup(FactLoader loader, LoadProperties properties, ObjectProvider<EmbeddedNeo4j> embedded) {
		this.loader = loader;
		this.properties = properties;
		this.embedded = embedded.getIfAvailable() != null;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean wanted = switch (properties.seedsOnStartup()) {
			case ALWAYS -> true;
			case EMBEDDED -> embedded;
			case NEVER -> false;
		};
		if (!wanted) {
			return;
		}
		Path folder = Path.of(properties.seeds());
		List<FactFile> files = Files.isDirectory(folder) ? FactFiles.under(folder) : FactFiles.fromClasspath("seeds");
		log.debug("Loading seeds from {}", Files.isDirectory(folder) ? folder.toAbsolutePath() : "the application jar");
		try {
			loader.load(new LoadRequest(files, "seeds", true), LoadProgress.SILENT);
		}
		catch (ForeignFactsException ex) {
			// Someone took these ids over on purpose (load --take-over); taking them back at every start would flip
			// the facts between datasets. The graph stays as it is and says why the seeds were not reloaded.
			log.warn("The seeds were not reloaded: {} of their facts now belong to other datasets ({}). Load seeds/ with"
					+ " --take-over to bring them back, or give the other facts ids of their own.", ex.owners().size(),
					ex.owners().keySet().stream().sorted().limit(10).toList());
		}
	}

}
