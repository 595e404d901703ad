package se.kommunkollen.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kommunkollen.goal.GoalLevel;
import se.kommunkollen.goal.IndicatorValueKind;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.SwedishNumbers;
import se.kommunkollen.importer.read.TabTable;
import se.kommunkollen.importer.read.TableRow;

/**
 * Indicator tables: a name column, then Startläge (baseline), "Utfall 2021"/"Utfall aug
 * 2023" (outcomes) and "Mål"/"Mål 2023" (targets). Values are kept exactly as printed
 * ("7,6%" is 7.6 with unit "%"); a cell that is not a number fails the import.
 */
public final class IndicatorTables {

	private static final Pattern VALUE_COLUMN = Pattern.compile("(?iu)^(startläge|utfall|mål)\\b\\s*(.*)$");

	private static final Pattern YEAR = Pattern.compile("\\b(\\d{4})\\b");

	private static final Pattern YEAR_ONLY = Pattern.compile("^\\d{4}$");

	/** How a column's values are read. */
	public record ValueColumn(IndicatorValueKind kind, String period, Integer year) {
	}

	private IndicatorTables() {
	}

	/**
	 * "KF indikatorer", "Nämnds indikatorer", "Indikatorer", followed by value columns.
	 */
	public static boolean isIndicatorHeader(List<String> cells) {
		if (cells.size() < 2 || !cells.get(0).toLowerCase(new Locale("sv")).contains("indikator")) {
			return false;
		}
		return cells.subList(1, cells.size()).stream().allMatch((label) -> valueColumn(label).isPresent());
	}

	/**
	 * The period is the column header as printed ("Utfall aug 2023"); the year is read
	 * from it.
	 */
	public static Optional<ValueColumn> valueColumn(String label) {
		Matcher matcher = VALUE_COLUMN.matcher(label.trim());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String word = matcher.group(1).toLowerCase(new Locale("sv"));
		String rest = matcher.group(2).trim();
		IndicatorValueKind kind = word.equals("startläge") ? IndicatorValueKind.BASELINE
				: word.equals("utfall") ? IndicatorValueKind.OUTCOME : IndicatorValueKind.TARGET;
		return Optional.of(new ValueColumn(kind, label.trim(), year(rest)));
	}

	/** A column headed by a year only ("2022") holds outcomes of that year. */
	public static Optional<ValueColumn> yearColumn(String label) {
		String text = label.trim();
		return YEAR_ONLY.matcher(text).matches()
				? Optional.of(new ValueColumn(IndicatorValueKind.OUTCOME, text, Integer.valueOf(text)))
				: Optional.empty();
	}

	private static Integer year(String text) {
		Matcher matcher = YEAR.matcher(text);
		return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
	}

	/**
	 * @param columns one per header cell after the first
	 * @param namePrefix put before each row's label ("Sjukfrånvaro på KLK – "), or ""
	 */
	public static List<ParsedReport.Indicator> read(SourceText text, TabTable table, List<ValueColumn> columns,
			String namePrefix, String goalKey, GoalLevel level, String levelLabel, Keys keys) {
		List<ParsedReport.Indicator> indicators = new ArrayList<>();
		for (TableRow row : table.rows()) {
			Tables.requireWidth(text, table, row);
			String name = namePrefix + row.cell(0);
			List<ParsedReport.IndicatorValue> values = new ArrayList<>();
			boolean percentCells = false;
			for (int i = 0; i < columns.size(); i++) {
				String cell = row.cell(i + 1);
				ValueColumn column = columns.get(i);
				percentCells |= SwedishNumbers.isPercent(cell);
				values.add(new ParsedReport.IndicatorValue(column.kind(), column.period(), column.year(),
						StatementReader.number(text, row.line(), table.header().get(i + 1), cell),
						cell.isEmpty() ? null : cell));
			}
			String unit = (percentCells || name.contains("(%)")) ? "%" : null;
			indicators.add(new ParsedReport.Indicator(keys.unique(name), goalKey, level, levelLabel, name, unit, null,
					values, ParsedReport.LineRange.of(row.line())));
		}
		return indicators;
	}

	/**
	 * The value columns of a header whose cells after the first were checked with the
	 * same rule.
	 */
	public static List<ValueColumn> columns(List<String> header,
			java.util.function.Function<String, Optional<ValueColumn>> rule) {
		List<ValueColumn> columns = new ArrayList<>();
		for (String label : header.subList(1, header.size())) {
			columns.add(rule.apply(label).orElseThrow());
		}
		return columns;
	}

}
