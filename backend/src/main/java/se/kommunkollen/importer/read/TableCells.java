package se.kommunkollen.importer.read;

import java.math.BigDecimal;

import se.kommunkollen.importer.ImportException;

/**
 * Number cells of tables whose figures must all be read: a cell that is not a number
 * fails the import, naming file, line and column.
 */
public final class TableCells {

	private TableCells() {
	}

	/**
	 * @return the number, or null when the cell is empty
	 * @throws ImportException "column 'Budget 2023': '12,x' is not a number"
	 */
	public static BigDecimal number(String fileName, TableRow row, int column, String columnLabel) {
		String cell = HtmlFragments.plain(row.cell(column));
		try {
			return SwedishNumbers.parse(cell);
		}
		catch (NumberFormatException ex) {
			throw new ImportException(fileName, row.line(),
					"column '" + columnLabel + "': '" + cell + "' is not a number", ex);
		}
	}

	/**
	 * @throws ImportException also when the cell is empty
	 */
	public static BigDecimal requiredNumber(String fileName, TableRow row, int column, String columnLabel) {
		BigDecimal value = number(fileName, row, column, columnLabel);
		if (value == null) {
			throw new ImportException(fileName, row.line(), "column '" + columnLabel + "': the cell is empty");
		}
		return value;
	}

	/** An integer cell (scores, points). */
	public static int requiredInt(String fileName, TableRow row, int column, String columnLabel) {
		BigDecimal value = requiredNumber(fileName, row, column, columnLabel);
		try {
			return value.intValueExact();
		}
		catch (ArithmeticException ex) {
			throw new ImportException(fileName, row.line(),
					"column '" + columnLabel + "': '" + row.cell(column) + "' is not a whole number", ex);
		}
	}

}
