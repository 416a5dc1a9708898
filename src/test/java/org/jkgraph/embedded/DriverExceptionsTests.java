package org.jkgraph.embedded;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.kernel.api.exceptions.Status;

import static org.assertj.core.api.Assertions.assertThat;

class DriverExceptionsTests {

	@Test
	void aTimeLimitMetInProcessIsTheClientErrorTheDriverWouldRaiseWithTheOriginalAsCause() {
		RuntimeException kernel = new Failure("terminated: timed out", Status.Transaction.TransactionTimedOutClientConfiguration);
		RuntimeException translated = DriverExceptions.translated(kernel);
		assertThat(translated).isInstanceOf(ClientException.class).hasMessage("terminated: timed out").hasCause(kernel);
		assertThat(((ClientException) translated).code()).isEqualTo("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration");
	}

	@Test
	void aTransientFailureStaysTransientSoThatItIsRetried() {
		RuntimeException kernel = new Failure("deadlock", Status.Transaction.DeadlockDetected);
		assertThat(DriverExceptions.translated(kernel)).isInstanceOf(TransientException.class).hasCause(kernel);
	}

	@Test
	void aFailureWithoutAStatusIsLeftAsItIs() {
		RuntimeException plain = new IllegalArgumentException("no status");
		assertThat(DriverExceptions.translated(plain)).isSameAs(plain);
	}

	private static final class Failure extends RuntimeException implements Status.HasStatus {

		private final Status status;

		Failure(String message, Status status) {
			super(message);
			this.status = status;
		}

		@Override
		public Status status() {
			return this.status;
		}

	}

}
