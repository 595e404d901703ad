package se.kommunkollen.finance;

/** What a column of a financial table holds. */
public enum ColumnKind {

	OUTCOME, BUDGET, FORECAST, DEVIATION, BALANCE, RATIO, REFERENCE, OTHER

}
