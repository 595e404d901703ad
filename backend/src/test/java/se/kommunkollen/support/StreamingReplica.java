package se.kommunkollen.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL primary and a hot-standby replica streaming from it, started from the
 * PostgreSQL binaries of the operating system ({@code /usr/lib/postgresql/N/bin};
 * Debian's package {@code postgresql} is installed with apt-get when they are missing and
 * this runs as root). The servers run as user {@code postgres} when the tests run as
 * root, since PostgreSQL refuses to run as root. {@link #close()} stops both and deletes
 * their files.
 */
public final class StreamingReplica implements AutoCloseable {

	public static final String DATABASE = "kommunkollen";

	private final Path bin;

	private final Path directory;

	private final Server primary;

	private final Server standby;

	private StreamingReplica(Path bin, Path directory) {
		this.bin = bin;
		this.directory = directory;
		this.primary = new Server(directory.resolve("primary"), freePort());
		this.standby = new Server(directory.resolve("standby"), freePort());
	}

	/**
	 * Starts a primary with an empty database {@value #DATABASE} and a standby replaying
	 * its WAL; skips the test only when no PostgreSQL binaries exist and none can be
	 * installed.
	 */
	public static StreamingReplica start() {
		Path bin = binaries();
		Path directory;
		try {
			directory = Files.createTempDirectory("kk-replica-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		StreamingReplica servers = new StreamingReplica(bin, directory);
		try {
			servers.startServers();
		}
		catch (RuntimeException ex) {
			servers.close();
			throw ex;
		}
		return servers;
	}

	private void startServers() {
		asServerUser("chown", "-R", "postgres:postgres", this.directory.toString());
		run(tool("initdb"), "-D", this.primary.data().toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8",
				"--locale=C");
		run(tool("pg_ctl"), "-D", this.primary.data().toString(), "-l", this.primary.log().toString(), "-w", "-o",
				options(this.primary.port()) + " -c wal_level=replica -c max_wal_senders=4", "start");
		run(tool("pg_basebackup"), "-h", "127.0.0.1", "-p", Integer.toString(this.primary.port()), "-U", "postgres",
				"-D", this.standby.data().toString(), "-R", "-X", "stream");
		run(tool("pg_ctl"), "-D", this.standby.data().toString(), "-l", this.standby.log().toString(), "-w", "-o",
				options(this.standby.port()) + " -c hot_standby=on", "start");
		try (Connection connection = connect(this.primary, "postgres");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + DATABASE);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the database on the primary", ex);
		}
	}

	private String options(int port) {
		return "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + this.directory
				+ " -c log_statement=all -c fsync=off";
	}

	public String primaryUrl() {
		return url(this.primary);
	}

	public String replicaUrl() {
		return url(this.standby);
	}

	/** Everything the primary logged so far (with {@code log_statement=all}). */
	public String primaryLog() {
		return read(this.primary.log());
	}

	/** Everything the standby logged so far (with {@code log_statement=all}). */
	public String replicaLog() {
		return read(this.standby.log());
	}

	/** Runs SQL on the standby, outside the application (e.g. to pause its replay). */
	public void onReplica(String sql) {
		try (Connection connection = connect(this.standby, DATABASE);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	public long primaryVersion() {
		return version(this.primary);
	}

	public long replicaVersion() {
		return version(this.standby);
	}

	/** Waits until the standby has replayed everything the primary has committed. */
	public void awaitCaughtUp() throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		String primaryLsn = query(this.primary, "SELECT pg_current_wal_lsn()::text");
		while (!"1".equals(query(this.standby,
				"SELECT CASE WHEN pg_last_wal_replay_lsn() >= '" + primaryLsn + "'::pg_lsn THEN 1 ELSE 0 END"))) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The standby did not catch up with " + primaryLsn);
			}
			Thread.sleep(20);
		}
	}

	private long version(Server server) {
		return Long.parseLong(query(server, "SELECT version FROM data_version WHERE id = 1"));
	}

	private static String query(Server server, String sql) {
		try (Connection connection = connect(server, DATABASE);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	@Override
	public void close() {
		for (Server server : List.of(this.standby, this.primary)) {
			if (Files.exists(server.data().resolve("postmaster.pid"))) {
				runQuietly(tool("pg_ctl"), "-D", server.data().toString(), "-m", "immediate", "-w", "stop");
			}
		}
		try (Stream<Path> files = Files.walk(this.directory)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String url(Server server) {
		return "jdbc:postgresql://127.0.0.1:" + server.port() + "/" + DATABASE;
	}

	private static Connection connect(Server server, String database) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/" + database, "postgres",
				"");
	}

	private String tool(String name) {
		return this.bin.resolve(name).toString();
	}

	private static Path binaries() {
		Path found = newestBinaries();
		if (found == null && isRoot()) {
			try {
				exec(List.of("apt-get", "update", "-qq"));
				exec(List.of("env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-qq", "postgresql"));
			}
			catch (IllegalStateException ex) {
				Assumptions.abort("No PostgreSQL binaries under /usr/lib/postgresql and apt-get could not install "
						+ "them: " + ex.getMessage());
			}
			found = newestBinaries();
		}
		Assumptions.assumeTrue(found != null, "No PostgreSQL binaries under /usr/lib/postgresql and not root to "
				+ "install them (apt-get install postgresql)");
		return found;
	}

	private static Path newestBinaries() {
		Path root = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(root)) {
			return null;
		}
		try (Stream<Path> versions = Files.list(root)) {
			return versions.map((version) -> version.resolve("bin"))
				.filter((bin) -> Files.isExecutable(bin.resolve("pg_basebackup")))
				.max(Comparator.comparingInt(StreamingReplica::majorVersion))
				.orElse(null);
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static int majorVersion(Path bin) {
		String name = bin.getParent().getFileName().toString();
		return name.matches("\\d+") ? Integer.parseInt(name) : 0;
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static void run(String... command) {
		exec(asServerUserCommand(List.of(command)));
	}

	private static void runQuietly(String... command) {
		try {
			run(command);
		}
		catch (IllegalStateException ex) {
			// already stopped
		}
	}

	private static void asServerUser(String... command) {
		if (isRoot()) {
			exec(List.of(command));
		}
	}

	private static List<String> asServerUserCommand(List<String> command) {
		if (!isRoot()) {
			return command;
		}
		List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
		wrapped.addAll(command);
		return wrapped;
	}

	private static void exec(List<String> command) {
		try {
			// a directory every user may enter: the server's tools change to it
			Process process = new ProcessBuilder(command).directory(new java.io.File("/tmp"))
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(String.join(" ", command) + " could not run: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(String.join(" ", command) + " interrupted", ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Server(Path data, int port) {

		Path log() {
			return data().resolveSibling(data().getFileName() + ".log");
		}

	}

}
