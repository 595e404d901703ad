package se.kommunkollen.goal;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import se.kommunkollen.report.Sourced;

@Table("goal")
public record Goal(@Id String id, String reportId, String areaId, String parentGoalId,
		@Column("goal_level") GoalLevel level, String levelLabel, @Column("code") String number, String title,
		@Column("analysis_text") String analysis, String analysisHtml, String assessmentLabel,
		AssessmentLevel assessmentLevel, Trend trend, int sortOrder, int lineStart, int lineEnd, String excerpt,
		Integer statusLine) implements Sourced {

	public Assessment assessment() {
		return new Assessment(this.assessmentLabel, this.assessmentLevel);
	}

}
