package se.kommunkollen.finance;

/**
 * What a column of a financial table holds. A deviation compares a figure with a budget
 * or a forecast; a difference between periods compares two outcomes and is neither better
 * nor worse.
 */
public enum ColumnKind {

	OUTCOME, BUDGET, FORECAST, BUDGET_DEVIATION, FORECAST_DEVIATION, PERIOD_DIFFERENCE, BALANCE, RATIO, REFERENCE,
	OTHER;

	/** A deviation from a budget or a forecast, which can be better or worse. */
	public boolean isDeviation() {
		return this == BUDGET_DEVIATION || this == FORECAST_DEVIATION;
	}

}
