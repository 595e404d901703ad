package se.kommunkollen.importer.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kommunkollen.finance.ColumnKind;
import se.kommunkollen.finance.StatementKind;
import se.kommunkollen.importer.ImportException;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;

/**
 * Reads a financial table (resultaträkning, driftredovisning, investeringsredovisning)
 * whose columns are outcomes, budgets, forecasts and deviations. Every cell must be a
 * number or empty; anything else fails the import.
 */
public final class StatementReader {

	/** Label of a row that prints no label. */
	public static final String UNLABELLED = "(utan benämning)";

	private static final Pattern COLUMN = Pattern
		.compile("(?i)^(bokslut|utfall|budgetavvikelse|budget|prognos|avvikelse)\\b\\s*(.*)$");

	private static final Pattern PERIOD_WORDS = Pattern
		.compile("(?iu).*(\\d|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
				+ "jan|feb|mar|apr|jun|jul|aug|sep|okt|nov|dec|helår|delår).*");

	private static final Pattern SUM = Pattern.compile("(?iu)^(summa|totalt|total|resultat)\\b.*");

	private static final Pattern SECTION_SUM = Pattern.compile("(?iu)^summa\\s+(intäkter|kostnader)\\b.*");

	private static final Pattern BULLET = Pattern.compile("^[-–]\\s+(?=\\p{L})");

	private StatementReader() {
	}

	/**
	 * A header whose cells after the first are all outcome, budget, forecast or deviation
	 * columns.
	 */
	public static boolean isStatementHeader(List<String> cells) {
		if (cells.size() < 3) {
			return false;
		}
		for (String label : cells.subList(1, cells.size())) {
			if (column(label).kind() == ColumnKind.OTHER) {
				return false;
			}
		}
		return true;
	}

	/**
	 * "Bokslut 2022" is the outcome of "helår 2022"; otherwise the period is the printed
	 * rest.
	 */
	public static ParsedReport.Column column(String label) {
		Matcher matcher = COLUMN.matcher(label);
		if (!matcher.matches()) {
			return new ParsedReport.Column(label, ColumnKind.OTHER, null, null);
		}
		String word = matcher.group(1).toLowerCase(Locale.ROOT);
		String rest = matcher.group(2).trim();
		String period = (!rest.isEmpty() && PERIOD_WORDS.matcher(rest).matches()) ? rest : null;
		switch (word) {
			case "bokslut":
				return dated(label, ColumnKind.OUTCOME,
						(period != null && period.matches("\\d{4}")) ? "helår " + period : period);
			case "utfall":
				return dated(label, ColumnKind.OUTCOME, period);
			case "budget":
				return dated(label, ColumnKind.BUDGET, period);
			case "prognos":
				return dated(label, ColumnKind.FORECAST, period);
			default:
				return dated(label, ColumnKinds.column(label).kind(), period);
		}
	}

	private static ParsedReport.Column dated(String label, ColumnKind kind, String period) {
		return ColumnKinds.dated(new ParsedReport.Column(label, kind, period, null));
	}

	public static StatementKind kind(String title) {
		String text = title.toLowerCase(new Locale("sv"));
		if (text.contains("resultaträkning")) {
			return StatementKind.INCOME_STATEMENT;
		}
		if (text.contains("driftsredovisning") || text.contains("driftredovisning")) {
			return StatementKind.OPERATING_ACCOUNT;
		}
		if (text.contains("investeringsredovisning")) {
			return StatementKind.INVESTMENT_ACCOUNT;
		}
		if (text.contains("balansräkning")) {
			return StatementKind.BALANCE_SHEET;
		}
		return StatementKind.OTHER;
	}

	/**
	 * Every table with financial columns, titled by the line above it ("7.1
	 * Resultaträkning").
	 */
	public static List<ParsedReport.Statement> readAll(SourceText text, WarningLog log) {
		Keys keys = new Keys();
		List<ParsedReport.Statement> statements = new ArrayList<>();
		for (int number = 1; number <= text.lineCount(); number++) {
			if (!isStatementHeader(TabTable.cells(text.line(number)))) {
				continue;
			}
			int titleLine = Lines.previousNonBlank(text, number - 1);
			boolean titled = titleLine > 0 && !Lines.hasTab(text.line(titleLine));
			String title = titled ? Lines.trim(text.line(titleLine)) : TabTable.cells(text.line(number)).get(0);
			TabTable table = Tables.readUntil(text, number, StatementReader::isStatementHeader);
			statements.add(read(text, table, title, titled ? titleLine : number, keys, log));
			number = table.lines().end();
		}
		return statements;
	}

	/**
	 * @param titleLine the line of the table's title, where the statement starts
	 */
	public static ParsedReport.Statement read(SourceText text, TabTable table, String title, int titleLine, Keys keys,
			WarningLog log) {
		List<ParsedReport.Column> columns = new ArrayList<>();
		for (String label : table.header().subList(1, table.header().size())) {
			columns.add(column(label));
		}
		columns = ColumnKinds.inTable(columns);
		if (table.rows().isEmpty()) {
			throw new ImportException(text.fileName(), table.lines().start(),
					"statement '" + title + "' has a header but no rows");
		}
		List<ParsedReport.Row> rows = new ArrayList<>();
		for (TableRow row : table.rows()) {
			Tables.requireWidth(text, table, row);
			rows.add(row(text, row, columns, title, log));
		}
		ParsedReport.Row last = rows.get(rows.size() - 1);
		if (!last.sum()) {
			throw new ImportException(text.fileName(), last.lines().end(), "statement '" + title + "' ends with '"
					+ last.label() + "' instead of a sum row; the table looks truncated");
		}
		rows = withSections(rows);
		columns = ColumnKinds.withDeviationSigns(columns, rows.stream().map(ParsedReport.Row::printed).toList());
		ParsedReport.Statement statement = new ParsedReport.Statement(keys.unique(title), kind(title), title,
				printedUnit(table, title), columns, rows,
				new ParsedReport.LineRange(Math.min(titleLine, table.lines().start()), table.lines().end()));
		List<ParsedReport.Warning> unitWarnings = new ArrayList<>();
		statement = StatementUnits.resolve(text, statement, unitWarnings);
		log.addAll(unitWarnings);
		log.addAll(SumChecker.check(statement));
		return statement;
	}

	private static ParsedReport.Row row(SourceText text, TableRow row, List<ParsedReport.Column> columns, String title,
			WarningLog log) {
		String label = BULLET.matcher(row.cell(0)).replaceFirst("");
		if (label.isEmpty()) {
			label = UNLABELLED;
			log.add(row.line(), "UNLABELLED_ROW",
					"Statement '" + title + "': row without a label; stored as '" + UNLABELLED + "'");
		}
		List<BigDecimal> values = new ArrayList<>();
		List<String> printed = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			String cell = row.cell(i + 1);
			printed.add(cell);
			values.add(number(text, row.line(), columns.get(i).label(), cell));
		}
		return new ParsedReport.Row(label, null, SUM.matcher(label).matches(), values, printed,
				ParsedReport.LineRange.of(row.line()));
	}

	static BigDecimal number(SourceText text, int line, String column, String cell) {
		try {
			return SwedishNumbers.parse(cell);
		}
		catch (NumberFormatException ex) {
			throw new ImportException(text.fileName(), line, "column '" + column + "': '" + cell + "' is not a number",
					ex);
		}
	}

	/** Rows up to and including "Summa intäkter" are intäkter, and so on. */
	private static List<ParsedReport.Row> withSections(List<ParsedReport.Row> rows) {
		List<ParsedReport.Row> result = new ArrayList<>(rows);
		int groupStart = 0;
		for (int i = 0; i < rows.size(); i++) {
			ParsedReport.Row row = rows.get(i);
			if (!row.sum()) {
				continue;
			}
			Matcher matcher = SECTION_SUM.matcher(row.label());
			if (matcher.matches()) {
				String word = matcher.group(1).toLowerCase(new Locale("sv"));
				String section = Character.toUpperCase(word.charAt(0)) + word.substring(1);
				for (int j = groupStart; j <= i; j++) {
					ParsedReport.Row r = result.get(j);
					result.set(j, r.withSection(section));
				}
			}
			groupStart = i + 1;
		}
		return result;
	}

	private static String printedUnit(TabTable table, String title) {
		return MoneyUnit.find(table.header().get(0))
			.or(() -> MoneyUnit.find(title))
			.map(MoneyUnit::printed)
			.orElse(null);
	}

}
