package se.kommunkollen.search;

/**
 * What a search hit is: a record read from a report, or a passage of the report's text.
 */
public enum SearchKind {

	GOAL, COMMITMENT, INITIATIVE, INDICATOR, INTERNAL_CONTROL, AREA, EVALUATION_FINDING, REPORT_TEXT

}
