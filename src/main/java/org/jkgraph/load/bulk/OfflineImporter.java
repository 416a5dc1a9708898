package org.jkgraph.load.bulk;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.context.FixedVersionContextSupplier;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.DatabaseCreationOptions;
import org.neo4j.kernel.impl.index.schema.DefaultIndexProvidersAccess;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.files.LogTailMetadataFactoryImpl;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.logging.internal.SimpleLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import org.neo4j.storageengine.api.StorageEngineFactory;

/**
 * Neo4j's own offline importer ({@code neo4j-admin database import full}), called in this JVM on the default
 * database of an embedded store: the store layout the embedded DBMS uses ({@code <store>/data/databases/neo4j}),
 * the default storage engine, a label and a relationship-type lookup index as a database Neo4j creates has. Strict:
 * a duplicate node or a relationship to a missing node fails the import (validation rules both out first, so either
 * would be a bug, not bad input).
 */
final class OfflineImporter {

	private final Path store;

	private final long offHeap;

	OfflineImporter(Path store, long offHeap) {
		this.store = store;
		this.offHeap = offHeap;
	}

	/** The default database of the embedded store at {@code store}, where the import writes. */
	static DatabaseLayout layout(Path store) {
		return Neo4jLayout.of(config(store)).databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	private static Config config(Path store) {
		return Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, store.toAbsolutePath().normalize()).build();
	}

	/** Imports {@code input}, replacing whatever files the default database has; the importer's progress goes to {@code progress}. */
	void run(Input input, PrintStream progress) throws IOException {
		Config config = config(store);
		DatabaseLayout layout = layout(store);
		StorageEngineFactory engine = StorageEngineFactory.selectStorageEngine(config);
		PageCacheTracer tracer = PageCacheTracer.NULL;
		CursorContextFactory contexts = new CursorContextFactory(tracer, FixedVersionContextSupplier.EMPTY_CONTEXT_SUPPLIER);
		SimpleLogService logs = new SimpleLogService(NullLogProvider.getInstance());
		try (DefaultFileSystemAbstraction files = new DefaultFileSystemAbstraction();
				JobScheduler scheduler = JobSchedulerFactory.createInitialisedScheduler()) {
			files.mkdirs(layout.databaseDirectory());
			try (DefaultIndexProvidersAccess indexProviders = new DefaultIndexProvidersAccess(engine, files, config,
					scheduler, logs, tracer, contexts)) {
				BatchImporter importer = engine.batchImporter(layout, files, true, tracer, configuration(), logs,
						progress, false, DefaultAdditionalIds.EMPTY, new LogTailMetadataFactoryImpl(files), config,
						Monitor.NO_MONITOR, scheduler, Collector.STRICT, TransactionLogInitializer.getLogFilesInitializer(),
						new IndexImporterFactoryImpl(), EmptyMemoryTracker.INSTANCE, contexts, () -> indexProviders, 0,
						null, DatabaseCreationOptions.EMPTY_CREATION_OPTIONS, BatchImporter.HardwareValidation.NONE);
				try (importer) {
					importer.doImport(input);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IOException(ex);
		}
	}

	private Configuration configuration() {
		return new Configuration.Overridden(Configuration.defaultConfiguration()) {
			@Override
			public long maxOffHeapMemory() {
				// The default is 90% of the free memory: too greedy on a machine the service shares.
				return offHeap;
			}

			@Override
			public IndexConfig indexConfig() {
				return IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
			}
		};
	}

}
