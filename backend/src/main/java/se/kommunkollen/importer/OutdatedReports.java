package se.kommunkollen.importer;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.kommunkollen.report.Report;
import se.kommunkollen.report.ReportRepository;

/**
 * On start, reads again every stored report that an older importer version read, from the
 * report's own stored lines, so that corrections of the parsers reach existing databases
 * (a re-import of the same file would otherwise be "unchanged"). A report that no longer
 * parses is left as it was and logged.
 */
@Component
@ConditionalOnProperty(name = "kommunkollen.import.reread-outdated-on-start", havingValue = "true",
		matchIfMissing = true)
class OutdatedReports implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(OutdatedReports.class);

	private final ReportImporter importer;

	private final ReportRepository reports;

	private final JdbcClient jdbc;

	OutdatedReports(ReportImporter importer, ReportRepository reports, JdbcClient jdbc) {
		this.importer = importer;
		this.reports = reports;
		this.jdbc = jdbc;
	}

	@Override
	public void afterSingletonsInstantiated() {
		rereadAll();
	}

	/**
	 * @return the number of reports read again
	 */
	int rereadAll() {
		int count = 0;
		for (Report report : this.reports.findAll()) {
			if (ReportImporter.isCurrent(report)) {
				continue;
			}
			List<String> lines = this.jdbc
				.sql("SELECT content FROM report_line WHERE report_id = :id ORDER BY line_number")
				.param("id", report.id())
				.query(String.class)
				.list();
			try {
				ImportResult result = this.importer.reread(report, lines);
				logger.info("Read " + result.reportId() + " again with importer version " + ReportImporter.VERSION
						+ ": " + result.counts());
				count++;
			}
			catch (ImportException ex) {
				logger.error("Report " + report.id() + " not read again: " + ex.getMessage());
			}
		}
		return count;
	}

}
