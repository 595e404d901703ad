package se.kommunkollen.report;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One line of a report's source text. */
@Table("report_line")
public record ReportLine(@Id Long id, String reportId, @Column("line_number") int number,
		@Column("content") String text) {
}
