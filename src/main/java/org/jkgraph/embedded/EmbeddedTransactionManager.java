package org.jkgraph.embedded;

import java.util.concurrent.TimeUnit;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.internal.kernel.api.security.StaticAccessMode;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.SmartTransactionObject;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring's transactions on the embedded database itself, in this JVM: {@code @Transactional} opens a Neo4j
 * transaction bound to the thread, with the time limit of the definition (or the manager's default, which
 * {@code spring.transaction.default-timeout} sets) — the same contract as Spring Data Neo4j's transaction manager has
 * over the Driver, without a Bolt round trip for begin, each query and commit. A read-only definition gets Neo4j's
 * read access mode, so a query that tries to write fails as it would in a Driver read transaction.
 */
public final class EmbeddedTransactionManager extends AbstractPlatformTransactionManager {

	private final GraphDatabaseAPI database;

	private final LoginContext readOnly;

	EmbeddedTransactionManager(GraphDatabaseService database) {
		this.database = (GraphDatabaseAPI) database;
		this.readOnly = SecurityContext.authDisabled(StaticAccessMode.READ, ClientConnectionInfo.EMBEDDED_CONNECTION,
				database.databaseName());
	}

	/** The transaction {@code @Transactional} opened on this thread; fails outside one. */
	public InternalTransaction currentTransaction() {
		Holder holder = (Holder) TransactionSynchronizationManager.getResource(database);
		if (holder == null) {
			throw new IllegalTransactionStateException("No embedded transaction on this thread: call through a"
					+ " @Transactional method");
		}
		return holder.transaction;
	}

	@Override
	protected Object doGetTransaction() {
		return new Handle((Holder) TransactionSynchronizationManager.getResource(database));
	}

	@Override
	protected boolean isExistingTransaction(Object transaction) {
		return ((Handle) transaction).holder != null;
	}

	@Override
	protected void doBegin(Object transaction, TransactionDefinition definition) {
		int timeout = determineTimeout(definition);
		LoginContext login = definition.isReadOnly() ? readOnly : LoginContext.AUTH_DISABLED;
		InternalTransaction begun;
		try {
			begun = (timeout > 0)
					? database.beginTransaction(KernelTransaction.Type.EXPLICIT, login,
							ClientConnectionInfo.EMBEDDED_CONNECTION, timeout, TimeUnit.SECONDS)
					: database.beginTransaction(KernelTransaction.Type.EXPLICIT, login,
							ClientConnectionInfo.EMBEDDED_CONNECTION);
		}
		catch (RuntimeException ex) {
			throw new CannotCreateTransactionException("Could not begin an embedded Neo4j transaction", ex);
		}
		Holder holder = new Holder(begun);
		((Handle) transaction).holder = holder;
		TransactionSynchronizationManager.bindResource(database, holder);
	}

	@Override
	protected Object doSuspend(Object transaction) {
		((Handle) transaction).holder = null;
		return TransactionSynchronizationManager.unbindResource(database);
	}

	@Override
	protected void doResume(Object transaction, Object suspended) {
		TransactionSynchronizationManager.bindResource(database, suspended);
	}

	@Override
	protected void doCommit(DefaultTransactionStatus status) {
		try {
			((Handle) status.getTransaction()).holder.transaction.commit();
		}
		catch (RuntimeException ex) {
			throw new TransactionSystemException("Could not commit the embedded Neo4j transaction",
					DriverExceptions.translated(ex));
		}
	}

	@Override
	protected void doRollback(DefaultTransactionStatus status) {
		((Handle) status.getTransaction()).holder.transaction.rollback();
	}

	@Override
	protected void doSetRollbackOnly(DefaultTransactionStatus status) {
		((Handle) status.getTransaction()).holder.rollbackOnly = true;
	}

	@Override
	protected void doCleanupAfterCompletion(Object transaction) {
		Handle handle = (Handle) transaction;
		TransactionSynchronizationManager.unbindResource(database);
		handle.holder.transaction.close();
		handle.holder = null;
	}

	/** What is bound to the thread while a transaction runs. */
	private static final class Holder {

		final InternalTransaction transaction;

		boolean rollbackOnly;

		Holder(InternalTransaction transaction) {
			this.transaction = transaction;
		}

	}

	/** Spring's transaction object: the holder found on the thread, or the one begun for it. */
	private static final class Handle implements SmartTransactionObject {

		Holder holder;

		Handle(Holder holder) {
			this.holder = holder;
		}

		/** A participant that failed marks the whole transaction, so that its outermost scope rolls back. */
		@Override
		public boolean isRollbackOnly() {
			return holder != null && holder.rollbackOnly;
		}

		@Override
		public void flush() {
		}

	}

}
