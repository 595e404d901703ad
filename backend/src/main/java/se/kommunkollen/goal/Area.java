package se.kommunkollen.goal;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import se.kommunkollen.report.Sourced;

/** A grouping goals hang under: processområde, målområde, kommunens uppgift. */
@Table("area")
public record Area(@Id String id, String reportId, AreaKind kind, String perspective, String name,
		String assessmentLabel, AssessmentLevel assessmentLevel, String assessmentText, Trend trend, String summary,
		int sortOrder, int lineStart, int lineEnd, String excerpt, Integer statusLine) implements Sourced {

	public Assessment assessment() {
		return new Assessment(this.assessmentLabel, this.assessmentLevel);
	}

}
