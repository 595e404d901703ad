package se.kommunkollen.importer.read;

import java.util.ArrayList;
import java.util.List;

import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;

/**
 * A table as extracted from a PDF: a header line and rows of tab-separated cells.
 *
 * @param lines from the header line to the last row
 */
public record TabTable(List<String> header, List<TableRow> rows, ParsedReport.LineRange lines) {

	public TabTable {
		header = List.copyOf(header);
		rows = List.copyOf(rows);
	}

	/**
	 * Reads the table whose header is at {@code headerLine}: following lines containing a
	 * tab are rows; blank lines are skipped; a repeat of the header (after a page break)
	 * is skipped and the table continues; the table ends at the first non-blank line
	 * without a tab or at the end of the text.
	 */
	public static TabTable readFrom(SourceText text, int headerLine) {
		List<String> header = cells(text.line(headerLine));
		List<TableRow> rows = new ArrayList<>();
		int last = headerLine;
		for (int number = headerLine + 1; number <= text.lineCount(); number++) {
			String line = text.line(number);
			if (SwedishNumbers.trim(line).isEmpty() && line.indexOf('\t') < 0) {
				continue;
			}
			if (line.indexOf('\t') < 0) {
				break;
			}
			List<String> cells = cells(line);
			if (!cells.equals(header)) {
				rows.add(new TableRow(number, cells));
			}
			last = number;
		}
		return new TabTable(header, rows, new ParsedReport.LineRange(headerLine, last));
	}

	/** Splits a line on tabs and trims each cell, also of no-break spaces. */
	public static List<String> cells(String line) {
		List<String> cells = new ArrayList<>();
		for (String cell : line.split("\t", -1)) {
			cells.add(SwedishNumbers.trim(cell));
		}
		return cells;
	}

}
