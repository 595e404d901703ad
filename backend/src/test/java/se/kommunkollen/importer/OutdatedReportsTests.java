package se.kommunkollen.importer;

import java.io.IOException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.kommunkollen.report.ImportRun.ImportOutcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database whose reports an older importer read: on start (here called directly) each
 * is read again from its stored lines, and importing the same file again replaces it
 * instead of saying "unchanged".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "kommunkollen.samples.import-on-empty=false",
				"spring.datasource.url=jdbc:h2:mem:outdated-reports;DB_CLOSE_DELAY=-1" })
class OutdatedReportsTests {

	static final String ESKILSTUNA = "003_706e2e96afce6266.txt";

	@Autowired
	ReportImporter importer;

	@Autowired
	OutdatedReports outdated;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void eskilstunaAsAnOlderImporterLeftIt() throws IOException {
		this.jdbc.sql("DELETE FROM report").update();
		this.jdbc.sql("DELETE FROM import_run").update();
		this.importer.importFile(ESKILSTUNA, sample());
		// what the importer before version 2 stored: six commitments UNKNOWN, no version
		this.jdbc
			.sql("UPDATE commitment SET status_level = 'UNKNOWN', status_label = NULL, status_line = NULL "
					+ "WHERE status_label <> 'Klart, avslutat'")
			.update();
		this.jdbc.sql("UPDATE report SET importer_version = NULL").update();
	}

	@Test
	void readsAnOutdatedReportAgainFromItsStoredLines() {
		String checksum = checksum();
		assertThat(this.outdated.rereadAll()).isEqualTo(1);
		assertThat(statusCount("DONE")).isEqualTo(13);
		assertThat(statusCount("DELAYED")).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT importer_version FROM report").query(Integer.class).single())
			.isEqualTo(ReportImporter.VERSION);
		assertThat(checksum()).isEqualTo(checksum);
		assertThat(this.jdbc.sql("SELECT outcome FROM import_run ORDER BY id").query(String.class).list())
			.containsExactly("CREATED", "REPLACED");
		// current now: nothing more to read again
		assertThat(this.outdated.rereadAll()).isZero();
	}

	@Test
	void importingTheSameFileAgainReplacesAReportAnOlderImporterRead() throws IOException {
		assertThat(this.importer.importFile(ESKILSTUNA, sample()).outcome()).isEqualTo(ImportOutcome.REPLACED);
		assertThat(statusCount("DONE")).isEqualTo(13);
		assertThat(this.importer.importFile(ESKILSTUNA, sample()).outcome()).isEqualTo(ImportOutcome.UNCHANGED);
	}

	@Test
	void leavesACurrentReportAlone() {
		this.jdbc.sql("UPDATE report SET importer_version = :version")
			.param("version", ReportImporter.VERSION)
			.update();
		assertThat(this.outdated.rereadAll()).isZero();
		assertThat(statusCount("UNKNOWN")).isEqualTo(6);
	}

	private int statusCount(String status) {
		return this.jdbc.sql("SELECT COUNT(*) FROM commitment WHERE status_level = :status")
			.param("status", status)
			.query(Integer.class)
			.single();
	}

	private String checksum() {
		return this.jdbc.sql("SELECT checksum FROM report").query(String.class).single();
	}

	private static byte[] sample() throws IOException {
		return new ClassPathResource("samples/" + ESKILSTUNA).getContentAsByteArray();
	}

}
