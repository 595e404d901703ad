package se.kommunkollen.commitment;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import se.kommunkollen.report.Sourced;

/** A one-year commitment (åtagande). */
@Table("commitment")
public record Commitment(@Id String id, String reportId, String goalId, String areaId, @Column("body") String text,
		String statusLabel, @Column("status_level") CommitmentStatus status, Integer completion,
		@Column("follow_up_text") String followUp, String followUpHtml, int sortOrder, int lineStart, int lineEnd,
		String excerpt, Integer statusLine) implements Sourced {
}
