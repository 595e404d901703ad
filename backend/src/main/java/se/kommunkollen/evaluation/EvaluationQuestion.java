package se.kommunkollen.evaluation;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import se.kommunkollen.report.Sourced;

/** A sub-question of an area ("6.3"), with achieved and maximum points. */
@Table("evaluation_question")
public record EvaluationQuestion(@Id String id, String reportId, String areaId, String code, String title, int score,
		int maxScore, int sortOrder, int lineStart, int lineEnd, String excerpt) implements Sourced {
}
