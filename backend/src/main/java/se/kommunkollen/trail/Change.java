package se.kommunkollen.trail;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import se.kommunkollen.report.ImportRun;

/**
 * One entry of the public change trail. Inserted once, never updated or deleted.
 *
 * @param accountId kept for administrators, never served
 * @param recordType the kind of record a correction or resolved warning concerns, null
 * for imports
 * @param recordLabel what the record is, in words, as it stood when changed
 * @param oldValue the value before, as printed text
 * @param newValue the value after, as printed text
 * @param printedValue for a correction, the value as the report printed it, before any
 * correction
 * @param countsText records per entity after an import ("goal=12\n…"), as
 * {@link ImportRun} keeps them
 */
@Table("trail_change")
public record Change(@Id Long id, ChangeKind kind, OffsetDateTime changedAt, String actorRole,
		String actorMunicipalityId, Long accountId, String municipalityId, String reportId, String recordType,
		String recordId, String recordLabel, String field, String oldValue, String newValue, String printedValue,
		String reason, String fileName, String checksum, @Column("counts") String countsText,
		@Column("previous_counts") String previousCountsText) {

	public List<ImportRun.EntityCount> counts() {
		return ImportRun.parseCounts(this.countsText)
			.entrySet()
			.stream()
			.map((entry) -> new ImportRun.EntityCount(entry.getKey(), entry.getValue()))
			.toList();
	}

}
