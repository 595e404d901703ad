package se.kommunkollen.finance;

/** Which sign of a deviation column is the better one for the municipality. */
public enum DeviationSign {

	/** Plus is better: more income or less cost than budgeted (överskott). */
	POSITIVE_IS_BETTER,

	/** Minus is better. */
	NEGATIVE_IS_BETTER

}
