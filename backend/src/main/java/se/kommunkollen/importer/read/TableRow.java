package se.kommunkollen.importer.read;

import java.util.List;

/**
 * One tab-separated line of a table.
 *
 * @param line 1-based line number in the source text
 * @param cells trimmed cells; empty cells are kept as ""
 */
public record TableRow(int line, List<String> cells) {

	public TableRow {
		cells = List.copyOf(cells);
	}

	/**
	 * @return the cell, or "" when the row has fewer cells
	 */
	public String cell(int i) {
		return (i < this.cells.size()) ? this.cells.get(i) : "";
	}

	/** Whether every cell is empty. */
	public boolean isBlank() {
		return this.cells.stream().allMatch(String::isEmpty);
	}

}
