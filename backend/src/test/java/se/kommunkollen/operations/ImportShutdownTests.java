package se.kommunkollen.operations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.h2.api.Trigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import se.kommunkollen.importer.ImportException;
import se.kommunkollen.importer.ImportResult;
import se.kommunkollen.importer.ReportImporter;
import se.kommunkollen.report.ImportRun.ImportOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An import running when the application is closed either finishes (within the shutdown
 * timeout) or, cut off with the process, leaves nothing behind: it is one transaction.
 * The import is held at its last statement, after every row of the report was written, by
 * a trigger on {@code import_run}.
 */
class ImportShutdownTests {

	static volatile CountDownLatch held = new CountDownLatch(0);

	static volatile CountDownLatch release = new CountDownLatch(0);

	private Connection database;

	@AfterEach
	void closeDatabase() throws SQLException {
		release.countDown();
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void importRunningAtShutdownFinishesWithinTheTimeout() throws Exception {
		ConfigurableApplicationContext context = start("jdbc:h2:mem:shutdown;DB_CLOSE_DELAY=-1", "20s");
		CompletableFuture<ImportResult> importing = holdAnImport(context);
		CompletableFuture<Void> closing = CompletableFuture.runAsync(context::close);
		Thread.sleep(1000);
		assertThat(closing).as("close waits for the import").isNotDone();
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> context.getBean(ReportImporter.class).importFile("late.txt", sample()))
			.withMessageContaining("shutting down");
		release.countDown();
		assertThat(importing.get(60, TimeUnit.SECONDS).outcome()).isEqualTo(ImportOutcome.CREATED);
		closing.get(60, TimeUnit.SECONDS);
		assertThat(count("SELECT COUNT(*) FROM report")).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM goal")).isEqualTo(15);
	}

	@Test
	void importCutOffAfterTheTimeoutLeavesNothingBehind(@TempDir Path directory) throws Exception {
		String url = "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath();
		ConfigurableApplicationContext context = start(url, "1s");
		long versionBefore = count("SELECT version FROM data_version");
		CompletableFuture<ImportResult> importing = holdAnImport(context);
		CompletableFuture.runAsync(context::close).get(60, TimeUnit.SECONDS);
		// The process ends after close, whatever its threads are doing: here the database
		// stops as at a power failure, with the import in the middle of its transaction.
		try (Statement statement = this.database.createStatement()) {
			statement.execute("SHUTDOWN IMMEDIATELY");
		}
		catch (SQLException ex) {
			// the connection may be closed by the shutdown itself
		}
		release.countDown();
		assertThat(importing).failsWithin(60, TimeUnit.SECONDS);
		this.database = DriverManager.getConnection(url, "sa", "");
		assertThat(count("SELECT COUNT(*) FROM report")).isZero();
		assertThat(count("SELECT COUNT(*) FROM goal")).isZero();
		assertThat(count("SELECT COUNT(*) FROM report_line")).isZero();
		assertThat(count("SELECT COUNT(*) FROM import_run")).isZero();
		assertThat(count("SELECT version FROM data_version")).isEqualTo(versionBefore);
	}

	private ConfigurableApplicationContext start(String url, String timeout) throws SQLException {
		ConfigurableApplicationContext context = Applications.start(WebApplicationType.NONE, List.of(),
				"--spring.datasource.url=" + url, "--kommunkollen.samples.import-on-empty=false",
				"--spring.lifecycle.timeout-per-shutdown-phase=" + timeout);
		this.database = DriverManager.getConnection(url, "sa", "");
		try (Statement statement = this.database.createStatement()) {
			statement.execute("CREATE TRIGGER hold_import BEFORE INSERT ON import_run FOR EACH ROW CALL \""
					+ HoldTrigger.class.getName() + "\"");
		}
		return context;
	}

	private CompletableFuture<ImportResult> holdAnImport(ConfigurableApplicationContext context) throws Exception {
		held = new CountDownLatch(1);
		release = new CountDownLatch(1);
		ReportImporter importer = context.getBean(ReportImporter.class);
		CompletableFuture<ImportResult> importing = CompletableFuture
			.supplyAsync(() -> importer.importFile("enkoping.txt", sample()));
		assertThat(held.await(60, TimeUnit.SECONDS)).as("the import reached its last statement").isTrue();
		return importing;
	}

	private long count(String sql) throws SQLException {
		try (Statement statement = this.database.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static byte[] sample() {
		try {
			return new ClassPathResource("samples/002_034fdc850437dc3c.txt").getContentAsByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Holds the insert of the import's record until the test lets it go. */
	public static class HoldTrigger implements Trigger {

		@Override
		public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
			held.countDown();
			try {
				release.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
