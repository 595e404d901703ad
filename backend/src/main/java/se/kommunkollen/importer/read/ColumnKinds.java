package se.kommunkollen.importer.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kommunkollen.finance.ColumnKind;
import se.kommunkollen.finance.DeviationSign;
import se.kommunkollen.importer.ParsedReport;

/**
 * What a column of a financial table holds, from its printed label ("Bokslut 2020",
 * "Prognos augusti", "Budget- avvikelse", "Avvikelse %", "31/12 2020", "Projektnummer"),
 * the period it covers as dates, and, for a deviation, which sign is better where the
 * table's own figures make it known.
 */
public final class ColumnKinds {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private static final Pattern BALANCE_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})\\s+((?:19|20)\\d{2})");

	private static final Pattern YEAR_PERIOD = Pattern
		.compile("((?:helår|hel år|jan(?:uari)?\\s*[-–]\\s*\\p{L}+|\\p{L}+)\\s+)?((?:19|20)\\d{2})");

	private static final Pattern MONTH = Pattern
		.compile("\\b(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\\b");

	private static final String MONTH_WORD = "(jan(?:uari)?|feb(?:ruari)?|mar(?:s)?|apr(?:il)?|maj|jun(?:i)?|jul(?:i)?|"
			+ "aug(?:usti)?|sep(?:t|tember)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

	private static final Pattern MONTH_RANGE = Pattern
		.compile("\\b" + MONTH_WORD + "\\.?\\s*[-–]\\s*" + MONTH_WORD + "\\.?\\s+((?:19|20)\\d{2})\\b");

	private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH_WORD + "\\.?\\s+((?:19|20)\\d{2})\\b");

	private static final Pattern WHOLE_YEAR = Pattern.compile("\\b(?:helår|hel år)\\s+((?:19|20)\\d{2})\\b");

	private static final Pattern BARE_YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");

	private static final Pattern DIFFERENCE_WORD = Pattern.compile(".*(skillnad|förändring|differens|avvikelse).*");

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
			Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("maj", 5), Map.entry("jun", 6), Map.entry("jul", 7),
			Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("okt", 10), Map.entry("nov", 11), Map.entry("dec", 12));

	private ColumnKinds() {
	}

	/**
	 * The column on its own: kind, period as printed ("31/12 2020", "helår 2020", "2019",
	 * "augusti") and its dates.
	 */
	public static ParsedReport.Column column(String label) {
		String lower = label.toLowerCase(SWEDISH);
		ColumnKind kind = kind(lower);
		String unit = (kind == ColumnKind.RATIO && label.contains("%")) ? "%" : null;
		return dated(new ParsedReport.Column(label, kind, periodLabel(label, lower), unit));
	}

	/**
	 * The columns of one table: a difference named without "budget" or "prognos"
	 * ("Skillnad", "Avvikelse") compares with the table's budget, else with its forecast,
	 * else it is a difference between periods.
	 */
	public static List<ParsedReport.Column> inTable(List<ParsedReport.Column> columns) {
		boolean budget = columns.stream().anyMatch((c) -> c.kind() == ColumnKind.BUDGET);
		boolean forecast = columns.stream().anyMatch((c) -> c.kind() == ColumnKind.FORECAST);
		List<ParsedReport.Column> result = new ArrayList<>();
		for (ParsedReport.Column column : columns) {
			String lower = column.label().toLowerCase(SWEDISH);
			boolean unqualified = DIFFERENCE_WORD.matcher(lower).matches() && !lower.contains("budget")
					&& !lower.contains("prognos") && column.kind() != ColumnKind.RATIO;
			if (unqualified) {
				ColumnKind kind = budget ? ColumnKind.BUDGET_DEVIATION
						: forecast ? ColumnKind.FORECAST_DEVIATION : ColumnKind.PERIOD_DIFFERENCE;
				result.add(dated(column.withKind(kind)));
			}
			else {
				result.add(column);
			}
		}
		return result;
	}

	/**
	 * The column with its period's first and last day: "31/12 2012" is that day; "jan-aug
	 * 2023" January to August; "helår 2023" and a year after Bokslut, Utfall, Budget or
	 * Prognos the whole year; a month and year of an outcome, budget or deviation
	 * ("Utfall Dec 2022") the year up to that month. A forecast's month ("Prognos
	 * november") says when it was made, not what it covers: no dates.
	 */
	public static ParsedReport.Column dated(ParsedReport.Column column) {
		String lower = column.label().toLowerCase(SWEDISH);
		ColumnKind kind = column.kind();
		Matcher date = BALANCE_DATE.matcher(lower);
		if (date.find()) {
			LocalDate day = LocalDate.of(Integer.parseInt(date.group(3)), Integer.parseInt(date.group(2)),
					Integer.parseInt(date.group(1)));
			return column.withPeriod(day, day);
		}
		boolean amountsOverTime = kind == ColumnKind.OUTCOME || kind == ColumnKind.BUDGET || kind == ColumnKind.FORECAST
				|| kind.isDeviation();
		if (!amountsOverTime) {
			return column.withPeriod(null, null);
		}
		Matcher range = MONTH_RANGE.matcher(lower);
		if (range.find()) {
			int year = Integer.parseInt(range.group(3));
			return column.withPeriod(YearMonth.of(year, month(range.group(1))).atDay(1),
					YearMonth.of(year, month(range.group(2))).atEndOfMonth());
		}
		Matcher whole = WHOLE_YEAR.matcher(lower);
		if (whole.find()) {
			return wholeYear(column, Integer.parseInt(whole.group(1)));
		}
		Matcher monthYear = MONTH_YEAR.matcher(lower);
		if (monthYear.find()) {
			if (kind == ColumnKind.FORECAST) {
				return column.withPeriod(null, null);
			}
			int year = Integer.parseInt(monthYear.group(2));
			return column.withPeriod(LocalDate.of(year, 1, 1),
					YearMonth.of(year, month(monthYear.group(1))).atEndOfMonth());
		}
		Matcher bare = BARE_YEAR.matcher(lower);
		if (bare.find()) {
			return wholeYear(column, Integer.parseInt(bare.group(1)));
		}
		return column.withPeriod(null, null);
	}

	/**
	 * Each deviation column with the sign that is better, where the table's own figures
	 * make it known: on every row that has all three figures the deviation is one column
	 * minus another (an outcome or forecast against the budget, an outcome against the
	 * forecast), within the rounding of the printed figures, on at least two rows; and
	 * the amounts' signs are known: costs printed negative (the compared budget or
	 * forecast has a negative figure), or net costs printed positive against a
	 * kommunbidrag. Then "actual minus budget" is better when positive for signed
	 * amounts, "kommunbidrag minus net cost" is better when positive. Otherwise the sign
	 * stays unknown.
	 * @param rows the printed cells of every row, aligned with the columns
	 */
	public static List<ParsedReport.Column> withDeviationSigns(List<ParsedReport.Column> columns,
			List<List<String>> rows) {
		List<ParsedReport.Column> result = new ArrayList<>(columns);
		for (int d = 0; d < columns.size(); d++) {
			ParsedReport.Column deviation = columns.get(d);
			if (!deviation.kind().isDeviation()) {
				continue;
			}
			ColumnKind referenceKind = (deviation.kind() == ColumnKind.BUDGET_DEVIATION) ? ColumnKind.BUDGET
					: ColumnKind.FORECAST;
			DeviationSign sign = null;
			boolean conflicting = false;
			for (int r = 0; r < columns.size(); r++) {
				if (columns.get(r).kind() != referenceKind) {
					continue;
				}
				for (int a = 0; a < columns.size(); a++) {
					ColumnKind actual = columns.get(a).kind();
					boolean candidate = actual == ColumnKind.OUTCOME
							|| (actual == ColumnKind.FORECAST && referenceKind == ColumnKind.BUDGET);
					if (a == r || !candidate) {
						continue;
					}
					DeviationSign found = sign(columns, rows, d, r, a);
					if (found != null) {
						conflicting |= sign != null && sign != found;
						sign = found;
					}
				}
			}
			result.set(d, deviation.withDeviationSign(conflicting ? null : sign));
		}
		return result;
	}

	private static DeviationSign sign(List<ParsedReport.Column> columns, List<List<String>> rows, int d, int r, int a) {
		int actualMinusReference = 0;
		int referenceMinusActual = 0;
		int checked = 0;
		boolean negative = false;
		boolean allNonNegative = true;
		for (List<String> row : rows) {
			BigDecimal reference = value(row, r);
			BigDecimal actual = value(row, a);
			negative |= (reference != null && reference.signum() < 0) || (actual != null && actual.signum() < 0);
			allNonNegative &= (reference == null || reference.signum() >= 0)
					&& (actual == null || actual.signum() >= 0);
			BigDecimal deviation = value(row, d);
			if (reference == null || actual == null || deviation == null) {
				continue;
			}
			checked++;
			BigDecimal tolerance = BigDecimal.ONE.movePointLeft(decimals(row, d, r, a)).multiply(new BigDecimal("1.5"));
			if (actual.subtract(reference).subtract(deviation).abs().compareTo(tolerance) <= 0) {
				actualMinusReference++;
			}
			if (reference.subtract(actual).subtract(deviation).abs().compareTo(tolerance) <= 0) {
				referenceMinusActual++;
			}
		}
		if (checked < 2) {
			return null;
		}
		boolean actualFirst = actualMinusReference == checked;
		boolean referenceFirst = referenceMinusActual == checked;
		if (actualFirst == referenceFirst) {
			return null;
		}
		if (negative) {
			return actualFirst ? DeviationSign.POSITIVE_IS_BETTER : DeviationSign.NEGATIVE_IS_BETTER;
		}
		boolean netCosts = allNonNegative && columns.get(r).label().toLowerCase(SWEDISH).contains("kommunbidrag");
		if (netCosts) {
			return referenceFirst ? DeviationSign.POSITIVE_IS_BETTER : DeviationSign.NEGATIVE_IS_BETTER;
		}
		return null;
	}

	private static BigDecimal value(List<String> row, int column) {
		String cell = (column < row.size()) ? row.get(column) : null;
		return (cell != null && SwedishNumbers.isNumber(cell)) ? SwedishNumbers.parse(cell) : null;
	}

	private static int decimals(List<String> row, int... columns) {
		int decimals = 0;
		for (int column : columns) {
			decimals = Math.max(decimals, SwedishNumbers.decimals(row.get(column)));
		}
		return decimals;
	}

	private static ParsedReport.Column wholeYear(ParsedReport.Column column, int year) {
		return column.withPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	private static int month(String word) {
		return MONTHS.get(word.substring(0, 3));
	}

	private static ColumnKind kind(String lower) {
		if (lower.contains("%") || lower.contains("procent") || lower.endsWith("-tal")) {
			return ColumnKind.RATIO;
		}
		if (lower.contains("nummer") || lower.matches(".*\\b(nr|konto|id)\\b.*")) {
			return ColumnKind.REFERENCE;
		}
		if (DIFFERENCE_WORD.matcher(lower).matches()) {
			boolean againstForecastOnly = lower.contains("prognos") && !lower.contains("budget");
			if (againstForecastOnly) {
				return ColumnKind.FORECAST_DEVIATION;
			}
			boolean periods = !lower.contains("budget") && !lower.contains("avvikelse");
			return periods ? ColumnKind.PERIOD_DIFFERENCE : ColumnKind.BUDGET_DEVIATION;
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
	private static String periodLabel(String label, String lower) {
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
