package se.kommunkollen.evaluation;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import se.kommunkollen.report.Sourced;

/** A Kommunkompassen evaluation by SKR. */
@Table("evaluation")
public record Evaluation(@Id String id, String reportId, String municipalityId, @Column("evaluation_year") int year,
		String evaluators, int totalScore, int maxScore, int lineStart, int lineEnd,
		String excerpt) implements Sourced {
}
