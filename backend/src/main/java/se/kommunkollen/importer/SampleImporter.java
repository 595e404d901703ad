package se.kommunkollen.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import se.kommunkollen.report.ReportRepository;

/**
 * On the embedded default, imports the bundled sample reports when the database holds no
 * report yet, so that a fresh clone shows real data. It runs before the web server opens
 * its port, so the first request already sees the samples.
 */
@Component
@ConditionalOnProperty(name = "kommunkollen.samples.import-on-empty", havingValue = "true")
class SampleImporter implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(SampleImporter.class);

	private final ReportImporter importer;

	private final ReportRepository reports;

	SampleImporter(ReportImporter importer, ReportRepository reports) {
		this.importer = importer;
		this.reports = reports;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.reports.count() > 0) {
			return;
		}
		Resource[] samples;
		try {
			samples = new PathMatchingResourcePatternResolver().getResources("classpath:samples/*.txt");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the bundled samples", ex);
		}
		Arrays.sort(samples, Comparator.comparing(Resource::getFilename));
		for (Resource sample : samples) {
			try {
				ImportResult result = this.importer.importFile(sample.getFilename(), read(sample));
				logger.info("Imported sample " + result.fileName() + " as " + result.reportId() + ": " + result.counts()
						+ ", " + result.warnings().size() + " warnings");
			}
			catch (ImportException ex) {
				// One unreadable sample must not keep the server from serving the others.
				logger.error("Sample not imported: " + ex.getMessage());
			}
		}
	}

	private static byte[] read(Resource sample) {
		try {
			return sample.getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the bundled sample " + sample.getFilename(), ex);
		}
	}

}
