package se.kommunkollen.report;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A number that grows whenever the published data changes (a report imported or replaced,
 * a correction), kept in the database so that every instance sharing it agrees. Use it to
 * key caches of anything read from reports: while {@link #current()} is unchanged, so is
 * the data.
 * <p>
 * How often an instance reads it from the database:
 * <ul>
 * <li>while a {@link DataVersionListener} listens (PostgreSQL): when another instance's
 * change is announced, and otherwise at most once per
 * {@code kommunkollen.cache.version-listen-max-age} (default 1 s, which also bounds how
 * long a change made outside the application, e.g. by {@code pg_restore}, goes
 * unseen);</li>
 * <li>otherwise at most once per {@code kommunkollen.cache.version-ttl} (default 0: on
 * every request).</li>
 * </ul>
 * A change committed through this instance is seen at once.
 */
@Component
public class DataVersion {

	/** The channel on which PostgreSQL announces a new version to every instance. */
	static final String CHANNEL = "kommunkollen_data_version";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final long ttlNanos;

	private final long listenedMaxAgeNanos;

	private final Clock clock;

	/**
	 * Raised by every change this instance learns of, so a read begun before it is not
	 * kept.
	 */
	private final AtomicLong changes = new AtomicLong();

	private final AtomicLong highest = new AtomicLong(Long.MIN_VALUE);

	private volatile @Nullable Snapshot snapshot;

	private volatile boolean listened;

	private volatile @Nullable Boolean announces;

	DataVersion(DataSource dataSource, JdbcClient jdbc, @Value("${kommunkollen.cache.version-ttl:0s}") Duration ttl,
			@Value("${kommunkollen.cache.version-listen-max-age:1s}") Duration listenedMaxAge, Optional<Clock> clock) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.ttlNanos = ttl.toNanos();
		this.listenedMaxAgeNanos = listenedMaxAge.toNanos();
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * @return the version of the published data: as the database held it at most
	 * {@code version-ttl} ago, or while a listener listens, as it holds it now but for
	 * the time an announcement takes to arrive
	 */
	public long current() {
		Snapshot last = this.snapshot;
		if (last != null
				&& System.nanoTime() - last.readAt() < (this.listened ? this.listenedMaxAgeNanos : this.ttlNanos)) {
			return last.version();
		}
		return read();
	}

	/**
	 * @return the version of the published data as the database holds it now (in the
	 * caller's transaction, if any)
	 */
	public long read() {
		long changesBefore = this.changes.get();
		long now = System.nanoTime();
		long version = this.jdbc.sql("SELECT version FROM data_version WHERE id = 1").query(Long.class).single();
		this.highest.accumulateAndGet(version, Math::max);
		synchronized (this) {
			Snapshot last = this.snapshot;
			// a read that began before a change this instance has learned of since may
			// hold
			// the version before it: not kept
			if (this.changes.get() == changesBefore && (last == null || version >= last.version())) {
				this.snapshot = new Snapshot(version, now);
			}
		}
		return version;
	}

	/**
	 * The version for one GraphQL request, taken once, so that every part of one answer
	 * agrees.
	 */
	public long ofRequest(GraphQLContext context) {
		Long version = context.computeIfAbsent(DataVersion.class, (key) -> current());
		return version;
	}

	/**
	 * @return the highest version this instance has read: any request's version is at
	 * most this one
	 */
	public long highestSeen() {
		return this.highest.get();
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
	 * row stays locked until then: imports that run at once wait for each other here. On
	 * PostgreSQL the commit also announces the change to every listening instance.
	 * @throws IllegalStateException outside a transaction
	 */
	public void changed() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("The data version changes only with the transaction that changes the data");
		}
		this.jdbc.sql("UPDATE data_version SET version = version + 1, changed_at = :now WHERE id = 1")
			.param("now", OffsetDateTime.now(this.clock))
			.update();
		if (announces()) {
			// delivered by PostgreSQL when (and only if) the transaction commits
			this.jdbc.sql("NOTIFY " + CHANNEL).update();
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				changedElsewhere();
			}
		});
	}

	/**
	 * The version may have changed (an announcement arrived, or one may have been
	 * missed): the next {@link #current()} reads it.
	 */
	void changedElsewhere() {
		synchronized (this) {
			this.changes.incrementAndGet();
			this.snapshot = null;
		}
	}

	/**
	 * Whether a listener hears every announced change now: while it does, the version is
	 * read only when one arrives (or the last read is older than the listened maximum
	 * age).
	 */
	void listened(boolean listened) {
		this.listened = listened;
		changedElsewhere();
	}

	boolean listened() {
		return this.listened;
	}

	private boolean announces() {
		Boolean announces = this.announces;
		if (announces == null) {
			try {
				announces = "PostgreSQL".equals(JdbcUtils.commonDatabaseName(
						JdbcUtils.extractDatabaseMetaData(this.dataSource, DatabaseMetaData::getDatabaseProductName)));
			}
			catch (MetaDataAccessException ex) {
				throw new IllegalStateException("Cannot tell which database holds the data version", ex);
			}
			this.announces = announces;
		}
		return announces;
	}

	private record Snapshot(long version, long readAt) {
	}

}
