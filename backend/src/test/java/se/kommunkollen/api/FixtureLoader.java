package se.kommunkollen.api;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.ReportWriter;

/**
 * Replaces the database's reports with fixtures: {@code copies} interim reports for
 * Enköping (one per year) and Kommunkompassen evaluations for Haninge (504 points) and
 * Eskilstuna.
 */
public final class FixtureLoader {

	public static final int[] HANINGE_SCORES = { 66, 67, 66, 59, 63, 48, 72, 63 };

	public static final int[] ESKILSTUNA_SCORES = { 70, 60, 50, 40, 60, 70, 80, 50 };

	private final ReportWriter writer;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	public FixtureLoader(ReportWriter writer, TransactionTemplate transaction, JdbcClient jdbc) {
		this.writer = writer;
		this.transaction = transaction;
		this.jdbc = jdbc;
	}

	public void load(int copies) {
		this.transaction.executeWithoutResult((status) -> {
			this.jdbc.sql("DELETE FROM report").update();
			this.jdbc.sql("DELETE FROM import_run").update();
			this.jdbc.sql("DELETE FROM organisation_alias").update();
			this.jdbc.sql("DELETE FROM organisation").update();
			for (int copy = 0; copy < copies; copy++) {
				int year = 2023 - copy;
				write("enkoping", "enkoping-ks-delarsrapport-" + year + "-08", ReportFixtures.interimReport(year));
				write("haninge", "haninge-skr-kommunkompassen-" + year,
						ReportFixtures.evaluation("Haninge", year, HANINGE_SCORES));
				write("eskilstuna", "eskilstuna-skr-kommunkompassen-" + (year - 2),
						ReportFixtures.evaluation("Eskilstuna", year - 2, ESKILSTUNA_SCORES));
			}
		});
	}

	private void write(String municipalityId, String reportId, ParsedReport report) {
		this.writer.write(reportId, municipalityId, report, ReportFixtures.text(reportId + ".txt"),
				"0".repeat(63) + reportId.length() % 10, ReportFixtures.IMPORTED_AT);
	}

}
