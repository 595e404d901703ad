package se.kommunkollen.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

@Table("report")
public record Report(@Id String id, String municipalityId, ReportKind kind, String title, String issuer,
		@Column("report_year") int year, LocalDate periodStart, LocalDate periodEnd, String periodLabel,
		String registrationNumber, String sourceFileName, String checksum, int lineCount, OffsetDateTime importedAt,
		Integer importerVersion) {
}
