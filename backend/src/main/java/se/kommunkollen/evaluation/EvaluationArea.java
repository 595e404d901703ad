package se.kommunkollen.evaluation;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import se.kommunkollen.report.Sourced;

/** One of Kommunkompassen's eight areas, scored out of 100. */
@Table("evaluation_area")
public record EvaluationArea(@Id String id, String reportId, String evaluationId, @Column("area_number") int number,
		String name, int score, int maxScore, int lineStart, int lineEnd, String excerpt) implements Sourced {
}
