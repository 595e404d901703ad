package se.kommunkollen.commitment;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import se.kommunkollen.report.Sourced;

/** A prioriterad satsning, riktat uppdrag or inriktning, with its follow-up. */
@Table("initiative")
public record Initiative(@Id String id, String reportId, String goalId, InitiativeKind kind, String title,
		String commissionedBy, @Column("comment_text") String comment, String commentHtml, String statusLabel,
		@Column("status_level") CommitmentStatus status, int sortOrder, int lineStart, int lineEnd, String excerpt,
		Integer statusLine) implements Sourced {
}
