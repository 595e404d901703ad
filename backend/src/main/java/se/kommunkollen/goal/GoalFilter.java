package se.kommunkollen.goal;

/** Filter of Query.goals; null fields match everything. */
public record GoalFilter(String municipality, String report, GoalLevel level, AssessmentLevel assessment, String area,
		Integer year) {

	static final GoalFilter NONE = new GoalFilter(null, null, null, null, null, null);

}
