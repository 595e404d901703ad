package se.kommunkollen.report;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, listens on a connection of its own for the announcements
 * {@link DataVersion#changed()} makes at every commit, so that each instance reads the
 * data version only when it has changed, not on every request, and still serves another
 * instance's import within milliseconds. While the connection is down (the database
 * restarted, the connection was cut) the data version is read as if nobody listened, and
 * the listener reconnects, after {@code kommunkollen.cache.version-listen-retry} (1 s)
 * and twice as long after each further failure (up to 30 s).
 * <p>
 * {@code kommunkollen.cache.version-listen=false} turns it off. The connection shows in
 * {@code pg_stat_activity} as application {@value #APPLICATION_NAME}; the gauge
 * {@code kommunkollen.data.version.listening} is 1 while it listens.
 */
@Component
class DataVersionListener implements SmartLifecycle {

	static final String APPLICATION_NAME = "kommunkollen-data-version";

	private static final Log logger = LogFactory.getLog(DataVersionListener.class);

	/** How long one wait for announcements lasts before the connection is checked. */
	private static final int WAIT_MILLIS = 10_000;

	private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

	private final DataVersion dataVersion;

	private final DataSourceProperties database;

	private final boolean enabled;

	private final Duration firstPause;

	private volatile @Nullable Thread thread;

	private volatile @Nullable Connection connection;

	DataVersionListener(DataVersion dataVersion, DataSourceProperties database,
			@Value("${kommunkollen.cache.version-listen:true}") boolean enabled,
			@Value("${kommunkollen.cache.version-listen-retry:1s}") Duration firstPause,
			ObjectProvider<MeterRegistry> meters) {
		this.dataVersion = dataVersion;
		this.database = database;
		this.enabled = enabled;
		this.firstPause = firstPause;
		meters.ifAvailable((registry) -> Gauge
			.builder("kommunkollen.data.version.listening", dataVersion, (version) -> version.listened() ? 1 : 0)
			.description("1 while this instance hears every change of the data version announced by PostgreSQL")
			.register(registry));
	}

	@Override
	public void start() {
		String url = this.database.determineUrl();
		if (!this.enabled || url == null || !url.startsWith("jdbc:postgresql:")) {
			return;
		}
		Thread listening = new Thread(() -> listen(url), "data-version-listener");
		listening.setDaemon(true);
		this.thread = listening;
		listening.start();
	}

	@Override
	public void stop() {
		Thread listening = this.thread;
		this.thread = null;
		if (listening == null) {
			return;
		}
		listening.interrupt();
		closeQuietly(this.connection);
		try {
			listening.join(5_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.dataVersion.listened(false);
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	private void listen(String url) {
		Duration pause = this.firstPause;
		while (this.thread == Thread.currentThread()) {
			try (Connection listening = connect(url)) {
				this.connection = listening;
				try (Statement statement = listening.createStatement()) {
					statement.execute("LISTEN " + DataVersion.CHANNEL);
				}
				this.dataVersion.listened(true);
				pause = this.firstPause;
				PGConnection notifications = listening.unwrap(PGConnection.class);
				while (this.thread == Thread.currentThread()) {
					var arrived = notifications.getNotifications(WAIT_MILLIS);
					if (arrived != null && arrived.length > 0) {
						this.dataVersion.changedElsewhere();
					}
					else if (!listening.isValid(5)) {
						throw new SQLException("The connection no longer answers");
					}
				}
			}
			catch (SQLException ex) {
				this.dataVersion.listened(false);
				if (this.thread != Thread.currentThread()) {
					return;
				}
				logger.warn("Not listening for changes of the data version (reading it on every request) for "
						+ pause.toMillis() + " ms: " + ex.getMessage());
				if (!sleep(pause)) {
					return;
				}
				pause = (pause.multipliedBy(2).compareTo(LONGEST_PAUSE) < 0) ? pause.multipliedBy(2) : LONGEST_PAUSE;
			}
			finally {
				this.connection = null;
			}
		}
	}

	private Connection connect(String url) throws SQLException {
		Properties properties = new Properties();
		if (this.database.determineUsername() != null) {
			properties.setProperty("user", this.database.determineUsername());
		}
		if (this.database.determinePassword() != null) {
			properties.setProperty("password", this.database.determinePassword());
		}
		properties.setProperty("ApplicationName", APPLICATION_NAME);
		properties.setProperty("tcpKeepAlive", "true");
		return DriverManager.getConnection(url, properties);
	}

	private static boolean sleep(Duration pause) {
		try {
			Thread.sleep(pause.toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			return false;
		}
	}

	private static void closeQuietly(@Nullable Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// stopping: the connection goes with the thread
			}
		}
	}

}
