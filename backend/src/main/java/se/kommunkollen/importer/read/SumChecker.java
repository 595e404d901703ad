package se.kommunkollen.importer.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import se.kommunkollen.finance.ColumnKind;
import se.kommunkollen.importer.ParsedReport;

/**
 * Checks the printed sums of a statement against its rows, column by column.
 *
 * <p>
 * A sum row passes a column when its value equals one of the readings of the rows above
 * it: the detail rows since the previous sum row or section start; the detail rows since
 * the previous sum row; the preceding sum rows (a grand total); all detail rows above; or
 * the sum rows not yet summed up by a later sum plus the detail rows since the last sum
 * (a running result: "Verksamhetens nettokostnad" = intäkter + kostnader +
 * avskrivningar). The tolerance is half a unit of the printed value's last decimal. Empty
 * cells count as zero among the rows and are not checked as sums; columns of kind
 * REFERENCE or RATIO are not checked; a sum row with no detail row above it (a
 * single-line total) is not checked.
 */
public final class SumChecker {

	public static final String SUM_MISMATCH = "SUM_MISMATCH";

	private SumChecker() {
	}

	public static List<ParsedReport.Warning> check(ParsedReport.Statement statement) {
		List<ParsedReport.Warning> warnings = new ArrayList<>();
		for (int column = 0; column < statement.columns().size(); column++) {
			ColumnKind kind = statement.columns().get(column).kind();
			if (kind == ColumnKind.REFERENCE || kind == ColumnKind.RATIO) {
				continue;
			}
			checkColumn(statement, column, warnings);
		}
		warnings.sort((a, b) -> Integer.compare(lineOf(a), lineOf(b)));
		return warnings;
	}

	private static void checkColumn(ParsedReport.Statement statement, int column, List<ParsedReport.Warning> warnings) {
		BigDecimal sinceSumOrSection = BigDecimal.ZERO;
		BigDecimal sinceSum = BigDecimal.ZERO;
		BigDecimal allDetails = BigDecimal.ZERO;
		BigDecimal allSums = BigDecimal.ZERO;
		BigDecimal openSums = BigDecimal.ZERO;
		boolean anyDetail = false;
		String section = null;
		for (ParsedReport.Row row : statement.rows()) {
			BigDecimal value = valueAt(row, column);
			if (!row.sum()) {
				if (!Objects.equals(row.section(), section)) {
					sinceSumOrSection = BigDecimal.ZERO;
					section = row.section();
				}
				BigDecimal amount = (value != null) ? value : BigDecimal.ZERO;
				sinceSumOrSection = sinceSumOrSection.add(amount);
				sinceSum = sinceSum.add(amount);
				allDetails = allDetails.add(amount);
				anyDetail = true;
				continue;
			}
			if (value != null && anyDetail) {
				BigDecimal runningResult = openSums.add(sinceSum);
				List<BigDecimal> readings = List.of(sinceSumOrSection, sinceSum, allSums, allDetails, runningResult);
				BigDecimal tolerance = BigDecimal.ONE.movePointLeft(decimals(row, column, value))
					.divide(BigDecimal.valueOf(2));
				boolean subtotal = within(sinceSum, value, tolerance) || within(sinceSumOrSection, value, tolerance);
				boolean total = within(allSums, value, tolerance) || within(runningResult, value, tolerance)
						|| within(allDetails, value, tolerance);
				if (!subtotal && !total) {
					warnings.add(warning(statement, row, column, value, closest(readings, value)));
				}
				boolean consumesOpenSums = total && !within(sinceSum, value, tolerance)
						|| !subtotal && !total && sinceSum.signum() == 0;
				openSums = consumesOpenSums ? value : openSums.add(value);
			}
			else if (value != null) {
				openSums = openSums.add(value);
			}
			if (value != null) {
				allSums = allSums.add(value);
			}
			sinceSumOrSection = BigDecimal.ZERO;
			sinceSum = BigDecimal.ZERO;
		}
	}

	private static boolean within(BigDecimal reading, BigDecimal value, BigDecimal tolerance) {
		return reading.subtract(value).abs().compareTo(tolerance) <= 0;
	}

	private static BigDecimal closest(List<BigDecimal> readings, BigDecimal value) {
		BigDecimal best = readings.get(0);
		for (BigDecimal reading : readings) {
			if (reading.subtract(value).abs().compareTo(best.subtract(value).abs()) < 0) {
				best = reading;
			}
		}
		return best;
	}

	private static ParsedReport.Warning warning(ParsedReport.Statement statement, ParsedReport.Row row, int column,
			BigDecimal printed, BigDecimal computed) {
		String columnLabel = statement.columns().get(column).label();
		String printedText = printedAt(row, column);
		String message = String.format(
				"Statement '%s', row '%s', column '%s': printed sum %s but the rows add up to %s", statement.title(),
				row.label(), columnLabel, (printedText != null) ? printedText : printed.toPlainString(),
				computed.toPlainString());
		return new ParsedReport.Warning(row.lines().start(), SUM_MISMATCH, message);
	}

	private static BigDecimal valueAt(ParsedReport.Row row, int column) {
		return (column < row.values().size()) ? row.values().get(column) : null;
	}

	private static String printedAt(ParsedReport.Row row, int column) {
		return (row.printed() != null && column < row.printed().size()) ? row.printed().get(column) : null;
	}

	private static int decimals(ParsedReport.Row row, int column, BigDecimal value) {
		String printed = printedAt(row, column);
		if (printed != null && SwedishNumbers.isNumber(printed)) {
			return SwedishNumbers.decimals(printed);
		}
		return Math.max(value.scale(), 0);
	}

	private static int lineOf(ParsedReport.Warning warning) {
		return (warning.line() != null) ? warning.line() : 0;
	}

}
