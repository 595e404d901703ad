package se.kommunkollen.goal;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import se.kommunkollen.report.Sourced;

@Table("indicator")
public record Indicator(@Id String id, String reportId, String goalId, @Column("indicator_level") GoalLevel level,
		String levelLabel, String name, String unit, Direction betterDirection, int sortOrder, int lineStart,
		int lineEnd, String excerpt) implements Sourced {
}
