package se.kommunkollen.goal;

import java.util.List;

/**
 * How many goals have a normalised assessment, and the labels the municipality printed
 * for them.
 */
public record AssessmentCount(AssessmentLevel normalized, int count, List<String> labels) {
}
