package se.kommunkollen.finance;

/**
 * Resultaträkning, driftredovisning, investeringsredovisning, balansräkning or another
 * table; key figures printed as label–value lines with no header.
 */
public enum StatementKind {

	INCOME_STATEMENT, OPERATING_ACCOUNT, INVESTMENT_ACCOUNT, BALANCE_SHEET, KEY_FIGURES, OTHER

}
