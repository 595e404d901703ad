package se.kommunkollen.goal;

/** Startläge, utfall or mål. */
public enum IndicatorValueKind {

	BASELINE, OUTCOME, TARGET

}
