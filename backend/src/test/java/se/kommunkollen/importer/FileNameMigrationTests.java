package se.kommunkollen.importer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import se.kommunkollen.support.EmbeddedPostgresDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V6 strips the directories that imports used to store with the file name, on
 * H2 and on PostgreSQL.
 */
class FileNameMigrationTests {

	@Test
	void storedPathsKeepOnlyTheFileNameOnH2() {
		assertPathsAreStripped(
				new DriverManagerDataSource("jdbc:h2:mem:file-name-migration;DB_CLOSE_DELAY=-1", "sa", ""));
	}

	@Test
	void storedPathsKeepOnlyTheFileNameOnPostgres() {
		Map<String, Object> properties = new HashMap<>();
		EmbeddedPostgresDatabase.register((name, value) -> properties.put(name, value.get()));
		assertPathsAreStripped(new DriverManagerDataSource((String) properties.get("spring.datasource.url"),
				(String) properties.get("spring.datasource.username"),
				(String) properties.get("spring.datasource.password")));
	}

	private static void assertPathsAreStripped(DriverManagerDataSource dataSource) {
		// Whatever migrations come before V6, as they stood before it.
		MigrationVersion beforeV6 = Arrays.stream(flyway(dataSource, "latest").info().all())
			.map(MigrationInfo::getVersion)
			.filter((version) -> version.isNewerThan("0") && !version.isAtLeast("6"))
			.max(MigrationVersion::compareTo)
			.orElseThrow();
		flyway(dataSource, beforeV6.getVersion()).migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		String[] stored = { "/srv/kommunkollen/in/haninge.txt", "C:\\Rapporter\\2023\\enkoping.txt",
				"uploads\\mixed/dir\\eskilstuna.txt", "sodertalje.txt" };
		for (int i = 0; i < stored.length; i++) {
			jdbc.sql("""
					INSERT INTO report (id, municipality_id, kind, title, report_year, source_file_name, checksum,
					  line_count, imported_at)
					VALUES (?, 'haninge', 'EVALUATION', 'Rapport', 2023, ?, 'c', 1, CURRENT_TIMESTAMP)""")
				.params("report-" + i, stored[i])
				.update();
			jdbc.sql("""
					INSERT INTO import_run (report_id, file_name, checksum, outcome, counts, imported_at)
					VALUES (?, ?, 'c', 'CREATED', '', CURRENT_TIMESTAMP)""").params("report-" + i, stored[i]).update();
		}
		flyway(dataSource, "6").migrate();
		assertThat(jdbc.sql("SELECT source_file_name FROM report ORDER BY id").query(String.class).list())
			.containsExactly("haninge.txt", "enkoping.txt", "eskilstuna.txt", "sodertalje.txt");
		assertThat(jdbc.sql("SELECT file_name FROM import_run ORDER BY report_id").query(String.class).list())
			.containsExactly("haninge.txt", "enkoping.txt", "eskilstuna.txt", "sodertalje.txt");
	}

	private static Flyway flyway(DriverManagerDataSource dataSource, String target) {
		return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load();
	}

}
