package se.kommunkollen.operations;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import se.kommunkollen.importer.ImportException;
import se.kommunkollen.importer.ImportResult;

/**
 * Times and logs every import run with its outcome ({@code created}, {@code replaced},
 * {@code unchanged} or {@code failed}): the timer {@code kommunkollen.import}, tagged by
 * outcome, counts the runs too.
 * <p>
 * On shutdown it refuses new imports and waits, at most the shutdown phase's timeout, for
 * the imports running to finish. Each is one transaction: one that has not committed when
 * the process ends leaves nothing of itself in the database.
 */
@Component
public class ImportMonitor implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ImportMonitor.class);

	private final MeterRegistry registry;

	private final Duration shutdownTimeout;

	private final Object lock = new Object();

	private int running;

	private boolean closing;

	private volatile boolean started;

	ImportMonitor(ObjectProvider<MeterRegistry> registry,
			@Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration shutdownTimeout) {
		this.registry = registry.getIfAvailable();
		this.shutdownTimeout = shutdownTimeout;
	}

	/**
	 * Runs one import and records it.
	 * @param fileName the file as named to the importer
	 * @param run the import; its exception is recorded as a failure and rethrown
	 */
	public ImportResult record(String fileName, Supplier<ImportResult> run) {
		synchronized (this.lock) {
			if (this.closing) {
				throw new ImportException(fileName, null, "the application is shutting down; not imported");
			}
			this.running++;
		}
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
			synchronized (this.lock) {
				this.running--;
				this.lock.notifyAll();
			}
			if (this.registry != null) {
				Timer.builder("kommunkollen.import")
					.description("Import runs of report files, by outcome")
					.tag("outcome", outcome)
					.register(this.registry)
					.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
			}
		}
	}

	@Override
	public void start() {
		this.started = true;
	}

	@Override
	public void stop() {
		long deadline = System.nanoTime() + this.shutdownTimeout.toNanos();
		synchronized (this.lock) {
			this.closing = true;
			while (this.running > 0) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					logger.warn(this.running + " import(s) still running after " + this.shutdownTimeout
							+ "; what has not committed when the process ends is rolled back");
					break;
				}
				logger.info("Waiting for " + this.running + " import(s) to finish before shutting down");
				try {
					TimeUnit.NANOSECONDS.timedWait(this.lock, left);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
			}
		}
		this.started = false;
	}

	@Override
	public boolean isRunning() {
		return this.started;
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
