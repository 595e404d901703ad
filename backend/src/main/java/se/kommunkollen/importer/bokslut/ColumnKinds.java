package se.kommunkollen.importer.bokslut;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kommunkollen.finance.ColumnKind;
import se.kommunkollen.importer.ParsedReport;

/**
 * What a column of a financial table holds, from its printed label ("Bokslut 2020",
 * "Prognos augusti", "Budget- avvikelse", "Avvikelse %", "31/12 2020", "Projektnummer").
 */
final class ColumnKinds {

	private static final Pattern BALANCE_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}\\s+\\d{4}");

	private static final Pattern YEAR_PERIOD = Pattern
		.compile("((?:helår|hel år|jan(?:uari)?\\s*[-–]\\s*\\p{L}+|\\p{L}+)\\s+)?((?:19|20)\\d{2})");

	private static final Pattern MONTH = Pattern
		.compile("\\b(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\\b");

	private ColumnKinds() {
	}

	static ParsedReport.Column column(String label) {
		String lower = label.toLowerCase(new Locale("sv"));
		ColumnKind kind = kind(lower);
		String unit = (kind == ColumnKind.RATIO && label.contains("%")) ? "%" : null;
		return new ParsedReport.Column(label, kind, period(label, lower), unit);
	}

	private static ColumnKind kind(String lower) {
		if (lower.contains("%") || lower.contains("procent") || lower.endsWith("-tal")) {
			return ColumnKind.RATIO;
		}
		if (lower.contains("nummer") || lower.matches(".*\\b(nr|konto|id)\\b.*")) {
			return ColumnKind.REFERENCE;
		}
		if (lower.contains("avvikelse") || lower.contains("skillnad") || lower.contains("differens")) {
			return ColumnKind.DEVIATION;
		}
		if (lower.contains("prognos")) {
			return ColumnKind.FORECAST;
		}
		if (lower.contains("budget") || lower.contains("kommunbidrag")) {
			return ColumnKind.BUDGET;
		}
		if (lower.contains("bokslut") || lower.contains("utfall") || lower.contains("nettokostnad")) {
			return ColumnKind.OUTCOME;
		}
		if (BALANCE_DATE.matcher(lower).matches() || lower.contains("balans")) {
			return ColumnKind.BALANCE;
		}
		return ColumnKind.OTHER;
	}

	/**
	 * "31/12 2020", "helår 2020", "2019", "augusti"; null when the label names no period.
	 */
	private static String period(String label, String lower) {
		Matcher date = BALANCE_DATE.matcher(label);
		if (date.find()) {
			return date.group();
		}
		Matcher year = YEAR_PERIOD.matcher(lower);
		if (year.find()) {
			String qualifier = year.group(1);
			boolean periodWord = qualifier != null
					&& (qualifier.startsWith("hel") || qualifier.startsWith("jan") || MONTH.matcher(qualifier).find());
			return periodWord ? label.substring(year.start(), year.end()) : year.group(2);
		}
		Matcher month = MONTH.matcher(lower);
		return month.find() ? month.group(1) : null;
	}

}
