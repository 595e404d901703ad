package se.kommunkollen.report;

/** Kommunkompassen evaluation, delårsrapport, verksamhetsberättelse or bokslut. */
public enum ReportKind {

	EVALUATION, INTERIM_REPORT, ANNUAL_REPORT, CLOSING_ACCOUNTS

}
