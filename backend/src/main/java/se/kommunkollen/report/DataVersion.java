package se.kommunkollen.report;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import graphql.GraphQLContext;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A number that grows whenever the published data changes (a report imported or
 * replaced), kept in the database so that every instance sharing it agrees. Use it to key
 * caches of anything read from reports: while {@link #current()} is unchanged, so is the
 * data.
 * <p>
 * {@link #current()} reads the database at most once per
 * {@code kommunkollen.cache.version-ttl} (default 0: every call) per instance: after a
 * change committed by another instance, this one answers the old version for at most that
 * long. A change committed through this instance is seen at once.
 */
@Component
public class DataVersion {

	private final JdbcClient jdbc;

	private final long ttlNanos;

	private final Clock clock;

	private volatile Snapshot snapshot;

	DataVersion(JdbcClient jdbc, @Value("${kommunkollen.cache.version-ttl:0s}") Duration ttl, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.ttlNanos = ttl.toNanos();
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * @return the version of the published data, at most {@code version-ttl} old
	 */
	public long current() {
		Snapshot last = this.snapshot;
		long now = System.nanoTime();
		if (last != null && now - last.readAt() < this.ttlNanos) {
			return last.version();
		}
		return read();
	}

	/**
	 * @return the version of the published data as the database holds it now (in the
	 * caller's transaction, if any)
	 */
	public long read() {
		long now = System.nanoTime();
		long version = this.jdbc.sql("SELECT version FROM data_version WHERE id = 1").query(Long.class).single();
		this.snapshot = new Snapshot(version, now);
		return version;
	}

	/**
	 * The version read from the database once per GraphQL request, so that every part of
	 * one answer agrees and an import committed by any instance shows in the next
	 * request.
	 */
	public long ofRequest(GraphQLContext context) {
		Long version = context.computeIfAbsent(DataVersion.class, (key) -> read());
		return version;
	}

	/**
	 * Makes {@code version} the one {@link #ofRequest} answers for a request whose
	 * transport has read it already (a GET answer's ETag names it), so the request reads
	 * it once and its answer is the data its ETag names.
	 */
	public static void pin(GraphQLContext.Builder context, long version) {
		context.of(DataVersion.class, version);
	}

	/**
	 * Raises the version. Call it inside the transaction that changes report data, so
	 * that the change and the new version are committed (or rolled back) together. The
	 * row stays locked until then: imports that run at once wait for each other here.
	 * @throws IllegalStateException outside a transaction
	 */
	public void changed() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("The data version changes only with the transaction that changes the data");
		}
		this.jdbc.sql("UPDATE data_version SET version = version + 1, changed_at = :now WHERE id = 1")
			.param("now", OffsetDateTime.now(this.clock))
			.update();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				DataVersion.this.snapshot = null;
			}
		});
	}

	private record Snapshot(long version, long readAt) {
	}

}
