package se.kommunkollen.finance;

/**
 * Resultaträkning, driftredovisning, investeringsredovisning, balansräkning or another
 * table.
 */
public enum StatementKind {

	INCOME_STATEMENT, OPERATING_ACCOUNT, INVESTMENT_ACCOUNT, BALANCE_SHEET, OTHER

}
