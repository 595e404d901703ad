package se.kommunkollen.trail;

/** The kinds of record a correction or a resolved warning concerns. */
public enum RecordType {

	GOAL, AREA, INDICATOR, INDICATOR_VALUE, COMMITMENT, INITIATIVE, INTERNAL_CONTROL, FINANCIAL_STATEMENT,
	FINANCIAL_CELL, IMPORT_WARNING

}
