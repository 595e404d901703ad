package se.kommunkollen.importer;

import java.util.Optional;

import org.springframework.stereotype.Component;

import se.kommunkollen.municipality.MunicipalityDirectory;
import se.kommunkollen.municipality.MunicipalityRepository;
import se.kommunkollen.report.ImportRun.ImportOutcome;
import se.kommunkollen.report.Report;
import se.kommunkollen.report.ReportRepository;

/**
 * Reads a report file without storing anything: the first half of an import, shared by
 * {@link ReportImporter} and the editors' drafts so that both read a file the same way.
 */
@Component
public class ReportReader {

	private final ReportDetector detector;

	private final MunicipalityDirectory directory;

	private final MunicipalityRepository municipalities;

	private final ReportRepository reports;

	ReportReader(ReportDetector detector, MunicipalityDirectory directory, MunicipalityRepository municipalities,
			ReportRepository reports) {
		this.detector = detector;
		this.directory = directory;
		this.municipalities = municipalities;
		this.reports = reports;
	}

	/**
	 * @param fileName the file's name or path, used in messages
	 * @throws ImportException naming the file (and the line, where there is one) when an
	 * import of the file would fail
	 */
	public ReadReport read(String fileName, byte[] content) {
		SourceText text = SourceTexts.of(fileName, content);
		ParsedReport parsed = this.detector.parse(text);
		ListBoundsCheck.check(fileName, parsed);
		String municipalityId = this.directory.byName(parsed.meta().municipalityName())
			.map(MunicipalityDirectory.Municipality::id)
			.filter(this.municipalities::existsById)
			.orElseThrow(() -> new ImportException(fileName, null, "municipality '" + parsed.meta().municipalityName()
					+ "' is not in the reference list of Swedish municipalities"));
		String reportId = RecordIds.reportId(municipalityId, parsed.meta());
		return new ReadReport(text, parsed, municipalityId, reportId, ReportImporter.sha256(content),
				ReportCounts.of(parsed, text));
	}

	/**
	 * What importing the file now would do to the published reports: create its report,
	 * replace the one with its id, or leave that one unchanged (the same file, read by
	 * this importer version).
	 */
	public ImportOutcome outcomeOf(ReadReport read) {
		Optional<Report> existing = this.reports.findById(read.reportId());
		if (existing.isEmpty()) {
			return ImportOutcome.CREATED;
		}
		return (existing.get().checksum().equals(read.checksum()) && ReportImporter.isCurrent(existing.get()))
				? ImportOutcome.UNCHANGED : ImportOutcome.REPLACED;
	}

}
