package se.kommunkollen.goal;

/** An assessment: the label as printed and its value on the shared scale. */
public record Assessment(String label, AssessmentLevel normalized) {
}
