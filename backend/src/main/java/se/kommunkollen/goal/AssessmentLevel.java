package se.kommunkollen.goal;

/** One scale for goal and area assessments, whatever words a municipality prints. */
public enum AssessmentLevel {

	GOOD, PARTLY, POOR, NOT_ASSESSED, UNKNOWN

}
