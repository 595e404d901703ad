package se.kommunkollen.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import se.kommunkollen.report.ImportRun.ImportOutcome;

/**
 * {@code java -jar kommunkollen.jar import FILE...}: imports files into the configured
 * database and prints, per file, the counts per entity and the warnings with line
 * numbers. Each file is its own transaction; the exit code is 0 only when every file was
 * imported.
 */
public final class ImportCommand {

	/**
	 * Files larger than this are refused before they are read: reports are text of a few
	 * hundred KB.
	 */
	static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	private final ReportImporter importer;

	private final PrintStream out;

	private final PrintStream err;

	public ImportCommand(ReportImporter importer, PrintStream out, PrintStream err) {
		this.importer = importer;
		this.out = out;
		this.err = err;
	}

	/**
	 * @return the process exit code
	 */
	public int run(List<String> files) {
		if (files.isEmpty()) {
			this.err.println("usage: java -jar kommunkollen.jar import FILE...");
			return 2;
		}
		int failures = 0;
		long started = System.nanoTime();
		for (String file : files) {
			try {
				print(this.importer.importFile(file, read(Path.of(file))));
			}
			catch (ImportException ex) {
				failures++;
				this.err.println("FAILED " + ex.getMessage() + " (nothing of this file was imported)");
			}
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		this.out.println((files.size() - failures) + " of " + files.size() + " files imported in " + millis + " ms");
		return (failures == 0) ? 0 : 1;
	}

	private static byte[] read(Path path) {
		try {
			long size = Files.size(path);
			if (size > MAX_FILE_BYTES) {
				throw new ImportException(path.toString(), null,
						"file is " + size + " bytes; the limit is " + MAX_FILE_BYTES + " bytes");
			}
			return Files.readAllBytes(path);
		}
		catch (IOException ex) {
			throw new ImportException(path.toString(), null, "cannot read the file: " + ex.getMessage(), ex);
		}
	}

	private void print(ImportResult result) {
		if (result.outcome() == ImportOutcome.UNCHANGED) {
			this.out.println(result.fileName() + ": unchanged (same checksum as the stored version of "
					+ result.reportId() + "); nothing was changed");
			return;
		}
		this.out.println(result.fileName() + ": " + result.outcome().name().toLowerCase() + " " + result.reportId());
		result.counts()
			.forEach((entity, count) -> this.out
				.println("  " + entity + ": " + count + changeFrom(result.previousCounts(), entity, count)));
		this.out.println("  warnings: " + result.warnings().size());
		for (ParsedReport.Warning warning : result.warnings()) {
			String where = (warning.line() != null) ? "line " + warning.line() + ": " : "";
			this.out.println("    " + where + warning.code() + " " + warning.message());
		}
	}

	private static String changeFrom(Map<String, Integer> previous, String entity, int count) {
		if (previous == null) {
			return "";
		}
		int before = previous.getOrDefault(entity, 0);
		return (before != count) ? " (was " + before + ")" : "";
	}

}
