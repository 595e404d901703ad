package se.kommunkollen.operations;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.kommunkollen.importer.ImportResult;

/**
 * Times and logs every import run with its outcome ({@code created}, {@code replaced},
 * {@code unchanged} or {@code failed}): the timer {@code kommunkollen.import}, tagged by
 * outcome, counts the runs too.
 */
@Component
public class ImportMonitor {

	private static final Log logger = LogFactory.getLog(ImportMonitor.class);

	private final MeterRegistry registry;

	ImportMonitor(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry.getIfAvailable();
	}

	/**
	 * Runs one import and records it.
	 * @param fileName the file as named to the importer
	 * @param run the import; its exception is recorded as a failure and rethrown
	 */
	public ImportResult record(String fileName, Supplier<ImportResult> run) {
		long started = System.nanoTime();
		String outcome = "failed";
		try {
			ImportResult result = run.get();
			outcome = result.outcome().name().toLowerCase(Locale.ROOT);
			if (logger.isInfoEnabled()) {
				logger.info("Import of " + fileName + " " + outcome + " " + result.reportId() + " in "
						+ millisSince(started) + " ms: " + result.counts() + ", " + result.warnings().size()
						+ " warnings");
			}
			return result;
		}
		catch (RuntimeException ex) {
			logger.warn("Import of " + fileName + " failed after " + millisSince(started) + " ms (nothing of it was"
					+ " stored): " + ex.getMessage());
			throw ex;
		}
		finally {
			if (this.registry != null) {
				Timer.builder("kommunkollen.import")
					.description("Import runs of report files, by outcome")
					.tag("outcome", outcome)
					.register(this.registry)
					.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
			}
		}
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
