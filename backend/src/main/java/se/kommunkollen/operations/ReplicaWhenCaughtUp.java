package se.kommunkollen.operations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Connections for read-only transactions: from the replica while its data version has
 * caught up with the primary's and with the highest this instance has seen (the version
 * that keys its caches and ETags, which may be newer than the last check when another
 * instance's import was announced), otherwise from the primary. Both versions are read at
 * most once per interval, and again after every read-write transaction this instance
 * commits, so a read right after an import through this instance comes from the primary
 * until the replica has replayed it, and an answer is never read from a replica older
 * than the version it is kept under. A replica that does not answer counts as behind.
 */
public class ReplicaWhenCaughtUp implements TransactionExecutionListener {

	private static final Log logger = LogFactory.getLog(ReplicaWhenCaughtUp.class);

	private static final String VERSION = "SELECT version FROM data_version WHERE id = 1";

	private final DataSource primary;

	private final DataSource replica;

	private final long intervalNanos;

	private final LongSupplier highestSeen;

	private volatile @Nullable Check last;

	/**
	 * @param highestSeen the highest data version this instance has read (and may key an
	 * answer with)
	 */
	ReplicaWhenCaughtUp(DataSource primary, DataSource replica, Duration interval, LongSupplier highestSeen) {
		this.primary = primary;
		this.replica = replica;
		this.intervalNanos = interval.toNanos();
		this.highestSeen = highestSeen;
	}

	/**
	 * @return a data source of connections from the replica while it has caught up, from
	 * the primary otherwise
	 */
	DataSource dataSource() {
		return new AbstractDataSource() {
			@Override
			public Connection getConnection() throws SQLException {
				return (caughtUp() ? ReplicaWhenCaughtUp.this.replica : ReplicaWhenCaughtUp.this.primary)
					.getConnection();
			}

			@Override
			public Connection getConnection(String username, String password) {
				throw new UnsupportedOperationException("The replica's credentials are configured on its pool");
			}
		};
	}

	/**
	 * @return whether the replica had, when last checked, every change the primary had
	 * then and every change this instance has seen since
	 */
	public boolean caughtUp() throws SQLException {
		Check check = this.last;
		if (check == null || System.nanoTime() - check.at() >= this.intervalNanos) {
			check = check();
		}
		return check.caughtUp() && check.replicaVersion() >= this.highestSeen.getAsLong();
	}

	private synchronized Check check() throws SQLException {
		Check previous = this.last;
		if (previous != null && System.nanoTime() - previous.at() < this.intervalNanos) {
			return previous;
		}
		long now = System.nanoTime();
		long primaryVersion = version(this.primary);
		boolean caughtUp;
		boolean answers = true;
		long replicaVersion = Long.MIN_VALUE;
		try {
			replicaVersion = version(this.replica);
			caughtUp = replicaVersion >= primaryVersion;
			if (!caughtUp && (previous == null || previous.caughtUp()) && logger.isInfoEnabled()) {
				logger.info("Replica behind (data version " + replicaVersion + ", primary " + primaryVersion
						+ "): reads go to the primary");
			}
		}
		catch (SQLException ex) {
			caughtUp = false;
			answers = false;
			if (previous == null || previous.answers()) {
				logger.warn("Replica does not answer with a data version: reads go to the primary", ex);
			}
		}
		Check check = new Check(caughtUp, answers, replicaVersion, now);
		this.last = check;
		return check;
	}

	private static long version(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(VERSION)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/** A change committed here may not have reached the replica yet: check again. */
	@Override
	public void afterCommit(TransactionExecution transaction, @Nullable Throwable failure) {
		if (!transaction.isReadOnly()) {
			this.last = null;
		}
	}

	/**
	 * The replica's state for the health endpoint: checked now if the last check is old.
	 */
	Health health() {
		try {
			caughtUp();
		}
		catch (SQLException ex) {
			return Health.down(ex).withDetail("reads", "failing: the primary does not answer").build();
		}
		Check check = this.last;
		if (check == null || !check.answers()) {
			return Health.down().withDetail("reads", "primary").build();
		}
		return Health.up()
			.withDetail("caughtUp", check.caughtUp())
			.withDetail("reads", check.caughtUp() ? "replica" : "primary")
			.build();
	}

	private record Check(boolean caughtUp, boolean answers, long replicaVersion, long at) {
	}

}
