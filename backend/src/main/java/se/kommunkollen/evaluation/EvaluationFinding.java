package se.kommunkollen.evaluation;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A strength (styrka) or improvement area (förbättringsmöjlighet) of an evaluation area.
 */
@Table("evaluation_finding")
public record EvaluationFinding(@Id Long id, String reportId, String areaId, Kind kind, @Column("body") String text,
		int sortOrder, int lineStart, int lineEnd) {

	public enum Kind {

		STRENGTH, IMPROVEMENT

	}

}
