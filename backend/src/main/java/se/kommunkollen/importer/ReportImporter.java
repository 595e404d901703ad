package se.kommunkollen.importer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import se.kommunkollen.operations.ImportMonitor;
import se.kommunkollen.report.ImportRun.ImportOutcome;
import se.kommunkollen.report.ImportRun;
import se.kommunkollen.report.ImportRunRepository;
import se.kommunkollen.report.Report;
import se.kommunkollen.report.ReportRepository;
import se.kommunkollen.trail.Actor;
import se.kommunkollen.trail.ChangeTrail;

/**
 * Imports one report file: reads and parses it, then stores it in one transaction. The
 * same file again changes nothing; a new version of a report replaces the old one whole.
 * Every import is recorded (when, file, checksum, counts before and after); imports and
 * replacements also enter the public change trail, with who made them. An import that
 * changes nothing stays out of the trail (the import history shows it).
 */
@Service
public class ReportImporter {

	/**
	 * Raise whenever the parsers read the same text differently: reports read by an older
	 * version are read again (see {@link OutdatedReports}), and importing the same file
	 * again replaces them instead of leaving them unchanged.
	 */
	public static final int VERSION = 2;

	/**
	 * The trail's reason for a reread, which drops the corrections of the version read.
	 */
	static final String REREAD_REASON = "Inläst på nytt av en nyare version av importverktyget (version " + VERSION
			+ ")";

	private final ReportDetector detector;

	private final ReportWriter writer;

	private final ReportRepository reports;

	private final ImportRunRepository runs;

	private final ReportReader reader;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ImportMonitor monitor;

	private final ChangeTrail trail;

	ReportImporter(ReportDetector detector, ReportReader reader, ReportWriter writer, ReportRepository reports,
			ImportRunRepository runs, TransactionTemplate transaction, Optional<Clock> clock, ImportMonitor monitor,
			ChangeTrail trail) {
		this.detector = detector;
		this.writer = writer;
		this.reports = reports;
		this.runs = runs;
		this.reader = reader;
		this.transaction = transaction;
		this.clock = clock.orElse(Clock.systemUTC());
		this.monitor = monitor;
		this.trail = trail;
	}

	/**
	 * @param fileName the file's name or path, used in messages; only the name without
	 * directories is stored, so that no server path is published
	 * @throws ImportException when the file cannot be imported whole; the database is
	 * then unchanged
	 */
	public ImportResult importFile(String fileName, byte[] content) {
		return importFile(fileName, content, Actor.commandLine());
	}

	/**
	 * Imports as {@link #importFile(String, byte[])} does, recording in the change trail
	 * that {@code actor} imported or replaced the report (nothing when the same file is
	 * imported again).
	 * @throws ImportException when the file cannot be imported whole; the database and
	 * the trail are then unchanged
	 */
	public ImportResult importFile(String fileName, byte[] content, Actor actor) {
		return this.monitor.record(fileName, () -> importNow(fileName, content, actor));
	}

	private ImportResult importNow(String fileName, byte[] content, Actor actor) {
		ReadReport read = this.reader.read(fileName, content);
		SourceText text = read.text();
		ParsedReport parsed = read.parsed();
		String municipalityId = read.municipalityId();
		String reportId = read.reportId();
		String checksum = read.checksum();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.transaction.execute((status) -> {
			Optional<Report> existing = this.reports.findById(reportId);
			Map<String, Integer> previousCounts = existing.map((report) -> lastCounts(report.id())).orElse(null);
			if (existing.isPresent() && existing.get().checksum().equals(checksum) && isCurrent(existing.get())) {
				this.runs.save(new ImportRun(null, reportId, withoutDirectories(fileName), checksum, checksum,
						ImportOutcome.UNCHANGED, ImportRun.formatCounts(previousCounts),
						ImportRun.formatCounts(previousCounts), now));
				return new ImportResult(fileName, reportId, ImportOutcome.UNCHANGED, previousCounts, previousCounts,
						List.of());
			}
			existing.ifPresent((report) -> this.reports.deleteById(report.id()));
			Map<String, Integer> counts = this.writer.write(reportId, municipalityId, parsed, text, checksum, now);
			ImportOutcome outcome = existing.isPresent() ? ImportOutcome.REPLACED : ImportOutcome.CREATED;
			this.runs.save(new ImportRun(null, reportId, withoutDirectories(fileName), checksum,
					existing.map(Report::checksum).orElse(null), outcome, ImportRun.formatCounts(counts),
					(previousCounts != null) ? ImportRun.formatCounts(previousCounts) : null, now));
			this.trail.recordImport(actor, municipalityId, reportId, withoutDirectories(fileName), checksum, counts,
					existing.isPresent() ? previousCounts : null, null);
			return new ImportResult(fileName, reportId, outcome, counts, previousCounts, parsed.warnings());
		});
	}

	/**
	 * Reads a stored report again from its stored lines, keeping its file name and
	 * checksum; for reports read by an older importer version.
	 * @throws ImportException when the text no longer parses; the database is then
	 * unchanged
	 */
	public ImportResult reread(Report report, List<String> lines) {
		return this.monitor.record(report.sourceFileName(), () -> rereadNow(report, lines));
	}

	private ImportResult rereadNow(Report report, List<String> lines) {
		SourceText text = new SourceText(report.sourceFileName(), lines);
		ParsedReport parsed = this.detector.parse(text);
		ListBoundsCheck.check(report.sourceFileName(), parsed);
		String reportId = RecordIds.reportId(report.municipalityId(), parsed.meta());
		if (!reportId.equals(report.id())) {
			throw new ImportException(report.sourceFileName(), null,
					"reads as report " + reportId + " now, not " + report.id() + "; left as it was");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.transaction.execute((status) -> {
			Map<String, Integer> previousCounts = lastCounts(reportId);
			this.reports.deleteById(reportId);
			Map<String, Integer> counts = this.writer.write(reportId, report.municipalityId(), parsed, text,
					report.checksum(), now);
			this.runs.save(new ImportRun(null, reportId, report.sourceFileName(), report.checksum(), report.checksum(),
					ImportOutcome.REPLACED, ImportRun.formatCounts(counts), ImportRun.formatCounts(previousCounts),
					now));
			this.trail.recordImport(Actor.commandLine(), report.municipalityId(), reportId, report.sourceFileName(),
					report.checksum(), counts, previousCounts, REREAD_REASON);
			return new ImportResult(report.sourceFileName(), reportId, ImportOutcome.REPLACED, counts, previousCounts,
					parsed.warnings());
		});
	}

	static boolean isCurrent(Report report) {
		return report.importerVersion() != null && report.importerVersion() >= VERSION;
	}

	private Map<String, Integer> lastCounts(String reportId) {
		List<ImportRun> history = this.runs.findByReportIdInOrderByImportedAtAscIdAsc(List.of(reportId));
		return history.isEmpty() ? Map.of() : ImportRun.parseCounts(history.get(history.size() - 1).countsText());
	}

	static String withoutDirectories(String path) {
		return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java runtime", ex);
		}
	}

}
