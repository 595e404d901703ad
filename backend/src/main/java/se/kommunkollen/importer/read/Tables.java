package se.kommunkollen.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import se.kommunkollen.importer.ImportException;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.TabTable;
import se.kommunkollen.importer.read.TableRow;

/**
 * Tables next to each other: {@link TabTable#readFrom} runs on over blank lines, so a
 * table followed by another one ("KF indikatorer" then "Nämnds indikatorer") would take
 * the second header as a row. These helpers cut a table where another one starts.
 */
public final class Tables {

	private Tables() {
	}

	/**
	 * The table whose header is at {@code headerLine}, ending before the first row that
	 * is itself a header ({@code startsAnother}).
	 */
	public static TabTable readUntil(SourceText text, int headerLine, Predicate<List<String>> startsAnother) {
		TabTable table = TabTable.readFrom(text, headerLine);
		List<TableRow> rows = new ArrayList<>();
		for (TableRow row : table.rows()) {
			if (startsAnother.test(row.cells())) {
				break;
			}
			rows.add(row);
		}
		int last = rows.isEmpty() ? headerLine : rows.get(rows.size() - 1).line();
		return new TabTable(table.header(), rows, new ParsedReport.LineRange(headerLine, last));
	}

	/** Whether the cells are exactly these labels, ignoring case. */
	public static boolean cellsAre(List<String> cells, String... labels) {
		if (cells.size() != labels.length) {
			return false;
		}
		for (int i = 0; i < labels.length; i++) {
			if (!cells.get(i).equalsIgnoreCase(labels[i])) {
				return false;
			}
		}
		return true;
	}

	/** A row must have as many cells as its header; fewer means the line was cut. */
	public static void requireWidth(SourceText text, TabTable table, TableRow row) {
		if (row.cells().size() != table.header().size()) {
			throw new ImportException(text.fileName(), row.line(), "row has " + row.cells().size()
					+ " cells but the header at line " + table.lines().start() + " has " + table.header().size());
		}
	}

}
