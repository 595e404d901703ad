package se.kommunkollen.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code backup FILE} and {@code restore FILE} for the embedded H2 database.
 * <p>
 * A backup is H2's {@code SCRIPT}: the whole database as SQL, gzipped, read in one
 * transaction, so it is consistent while a server keeps serving and importing (with
 * {@code AUTO_SERVER=TRUE} the command connects through the running server). As SQL it
 * also survives an upgrade of H2, whose file format changes between versions. A restore
 * replaces the whole database with the backup, and is refused while any other connection
 * (a running server) holds the database.
 * <p>
 * The database settings are read as the server reads them (application.properties,
 * profiles, environment, {@code --spring.datasource.url=...}), without starting anything.
 */
public final class DatabaseCommands {

	private final String url;

	private final String username;

	private final String password;

	private final PrintStream out;

	private final PrintStream err;

	DatabaseCommands(String url, String username, String password, PrintStream out, PrintStream err) {
		this.url = url;
		this.username = username;
		this.password = password;
		this.out = out;
		this.err = err;
	}

	/**
	 * @param command {@code backup} or {@code restore}
	 * @param arguments the file, and any {@code --property=value}
	 * @return the process exit code
	 */
	public static int run(String command, List<String> arguments, PrintStream out, PrintStream err) {
		List<String> files = arguments.stream().filter((argument) -> !argument.startsWith("--")).toList();
		if (files.size() != 1) {
			err.println("usage: java -jar kommunkollen.jar " + command + " FILE [--spring.datasource.url=...]");
			return 2;
		}
		List<String> springArguments = new ArrayList<>(
				arguments.stream().filter((argument) -> argument.startsWith("--")).toList());
		try (ConfigurableApplicationContext settings = new SpringApplicationBuilder(Settings.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(springArguments.toArray(String[]::new))) {
			Environment environment = settings.getEnvironment();
			DatabaseCommands commands = new DatabaseCommands(environment.getProperty("spring.datasource.url", ""),
					environment.getProperty("spring.datasource.username", ""),
					environment.getProperty("spring.datasource.password", ""), out, err);
			Path file = Path.of(files.get(0)).toAbsolutePath();
			return "backup".equals(command) ? commands.backup(file) : commands.restore(file);
		}
	}

	int backup(Path file) {
		if (!embeddedFileDatabase()) {
			return 2;
		}
		if (Files.exists(file)) {
			this.err.println(file + " exists; the backup is not written over a file");
			return 1;
		}
		// Written under another name and renamed, so a FILE is always a whole backup.
		Path partial = file.resolveSibling(file.getFileName() + ".part");
		try (Connection connection = DriverManager.getConnection(this.url, this.username, this.password)) {
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("SCRIPT DROP TO " + literal(partial) + " COMPRESSION GZIP");
			}
			connection.commit();
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
			this.out.println("Backed up " + this.url + " to " + file + " (" + Files.size(file) + " bytes)");
			return 0;
		}
		catch (SQLException | IOException ex) {
			this.err.println("Backup failed: " + ex.getMessage());
			return 1;
		}
		finally {
			deleteQuietly(partial);
		}
	}

	int restore(Path file) {
		if (!embeddedFileDatabase()) {
			return 2;
		}
		if (!Files.isRegularFile(file)) {
			this.err.println(file + " is not a file");
			return 1;
		}
		try (Connection connection = DriverManager.getConnection(this.url, this.username, this.password);
				Statement statement = connection.createStatement()) {
			int others = otherSessions(statement);
			if (others > 0) {
				this.err.println("Restore refused: " + others + " other connection(s) hold the database " + this.url
						+ " (a running server); stop the server, then restore.");
				return 1;
			}
			statement.execute("DROP ALL OBJECTS");
			statement.execute("RUNSCRIPT FROM " + literal(file) + " COMPRESSION GZIP");
			this.out.println("Restored " + this.url + " from " + file);
			return 0;
		}
		catch (SQLException ex) {
			this.err.println("Restore failed: " + ex.getMessage()
					+ " (the database may be incomplete: restore again from a good backup)");
			return 1;
		}
	}

	private boolean embeddedFileDatabase() {
		if (this.url.startsWith("jdbc:h2:") && !this.url.startsWith("jdbc:h2:mem:")) {
			return true;
		}
		this.err.println("backup and restore are for the embedded H2 database; " + this.url
				+ " is not one (for PostgreSQL use pg_dump and pg_restore, see the README)");
		return false;
	}

	private static int otherSessions(Statement statement) throws SQLException {
		try (ResultSet rows = statement
			.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> SESSION_ID()")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	private static String literal(Path path) {
		return "'" + path.toString().replace("'", "''") + "'";
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// nothing more to do about a leftover partial file
		}
	}

	/** Nothing but the environment: no database, no server. */
	static class Settings {

	}

}
