package se.kommunkollen.importer;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.kommunkollen.KommunkollenApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first start that stopped after some samples (each sample is its own transaction) is
 * completed by the next start; a database holding other reports is left alone. Each test
 * starts the application twice on the same in-memory database, as a restart would.
 */
class SampleResumeTests {

	static final List<String> SAMPLES = List.of("001_49780e2962ff647b.txt", "002_034fdc850437dc3c.txt",
			"003_706e2e96afce6266.txt", "004_6ea06e72dde3c929.txt");

	@Test
	void startAfterACrashMidwayImportsTheMissingSamplesOnce() throws IOException {
		String database = "jdbc:h2:mem:sample-resume;DB_CLOSE_DELAY=-1";
		try (ConfigurableApplicationContext crashed = start(database, false)) {
			ReportImporter importer = crashed.getBean(ReportImporter.class);
			importer.importFile(SAMPLES.get(0), sample(SAMPLES.get(0)));
			importer.importFile(SAMPLES.get(1), sample(SAMPLES.get(1)));
			assertThat(reportCount(crashed)).isEqualTo(2);
		}
		try (ConfigurableApplicationContext restarted = start(database, true)) {
			assertThat(reportCount(restarted)).isEqualTo(4);
			assertThat(jdbc(restarted).sql("SELECT file_name, outcome FROM import_run ORDER BY file_name")
				.query((row, n) -> row.getString(1) + " " + row.getString(2))
				.list()).containsExactly(SAMPLES.stream().map((name) -> name + " CREATED").toArray(String[]::new));
		}
		try (ConfigurableApplicationContext again = start(database, true)) {
			assertThat(jdbc(again).sql("SELECT COUNT(*) FROM import_run").query(Integer.class).single()).isEqualTo(4);
		}
	}

	@Test
	void databaseWithOtherReportsGetsNoSamples() throws IOException {
		String database = "jdbc:h2:mem:sample-resume-other;DB_CLOSE_DELAY=-1";
		try (ConfigurableApplicationContext first = start(database, false)) {
			String text = new String(sample(SAMPLES.get(1)), "UTF-8");
			String edited = text.replace("Mål 18: Kransorternas", "Kransorternas");
			assertThat(edited).isNotEqualTo(text);
			first.getBean(ReportImporter.class).importFile("own-report.txt", edited.getBytes("UTF-8"));
		}
		try (ConfigurableApplicationContext restarted = start(database, true)) {
			assertThat(reportCount(restarted)).isEqualTo(1);
		}
	}

	@Test
	void storedFileNameHasNoDirectoriesOfTheImportedPath() throws IOException {
		String database = "jdbc:h2:mem:sample-file-name;DB_CLOSE_DELAY=-1";
		try (ConfigurableApplicationContext context = start(database, false)) {
			ReportImporter importer = context.getBean(ReportImporter.class);
			importer.importFile("/srv/import/enkoping.txt", sample(SAMPLES.get(1)));
			importer.importFile("C:\\Rapporter\\haninge.txt", sample(SAMPLES.get(0)));
			assertThat(jdbc(context).sql("SELECT source_file_name FROM report ORDER BY source_file_name")
				.query(String.class)
				.list()).containsExactly("enkoping.txt", "haninge.txt");
			assertThat(
					jdbc(context).sql("SELECT file_name FROM import_run ORDER BY file_name").query(String.class).list())
				.containsExactly("enkoping.txt", "haninge.txt");
		}
	}

	private static ConfigurableApplicationContext start(String database, boolean importSamples) {
		return new SpringApplicationBuilder(KommunkollenApplication.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + database, "--kommunkollen.samples.import-on-empty=" + importSamples);
	}

	private static int reportCount(ConfigurableApplicationContext context) {
		return jdbc(context).sql("SELECT COUNT(*) FROM report").query(Integer.class).single();
	}

	private static JdbcClient jdbc(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class);
	}

	private static byte[] sample(String name) throws IOException {
		return new ClassPathResource("samples/" + name).getContentAsByteArray();
	}

}
