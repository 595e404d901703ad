package se.kommunkollen.draft;

import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import se.kommunkollen.report.ImportRun;
import se.kommunkollen.report.ImportRun.ImportOutcome;
import se.kommunkollen.report.ReportKind;

/**
 * An uploaded report file, not public: its content as uploaded, what it reads as, who
 * uploaded it and where it stands. Counts are kept as text like an import run's.
 */
@Table("report_draft")
record ReportDraft(@Id String id, String fileName, byte[] content, String checksum, String municipalityId,
		String reportId, ReportKind kind, String title, String periodLabel, @Column("counts") String countsText,
		int warningCount, long uploadedBy, OffsetDateTime uploadedAt, DraftState state, OffsetDateTime publishedAt,
		Long publishedBy, ImportOutcome publishOutcome, OffsetDateTime discardedAt, Long discardedBy) {

	Map<String, Integer> counts() {
		return ImportRun.parseCounts(this.countsText);
	}

}
