package se.kommunkollen.report;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** Something the importer could not read for certain in a report. */
@Table("import_warning")
public record ImportWarning(@Id Long id, String reportId, @Column("line_number") Integer line, String code,
		String message, int sortOrder) {
}
