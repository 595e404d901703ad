package se.kommunkollen.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import se.kommunkollen.report.RecordSizes;

/**
 * The financial statements of one report with their columns, rows and cells, as kept by
 * {@link se.kommunkollen.report.ReportCache}. Immutable.
 *
 * @param latestOutcome the index of each statement's latest outcome column, where one can
 * be told
 */
record ReportStatements(List<FinancialStatement> statements, Map<String, FinancialStatement> statementsById,
		Map<String, List<FinancialColumn>> columns, Map<String, Integer> latestOutcome,
		Map<String, List<FinancialRow>> rows, Map<String, RowCells> cells) {

	static final ReportStatements EMPTY = new ReportStatements(List.of(), Map.of(), Map.of(), Map.of(), Map.of(),
			Map.of());

	List<FinancialColumn> columnsOf(String statementId) {
		return this.columns.getOrDefault(statementId, List.of());
	}

	List<FinancialRow> rowsOf(String statementId) {
		return this.rows.getOrDefault(statementId, List.of());
	}

	RowCells cellsOf(String rowId) {
		return this.cells.getOrDefault(rowId, RowCells.EMPTY);
	}

	long bytes() {
		long cellBytes = 0;
		for (RowCells row : this.cells.values()) {
			cellBytes += row.bytes();
		}
		long entries = this.statementsById.size() + this.latestOutcome.size() + this.cells.size();
		return RecordSizes.of(this.statements) + RecordSizes.ofLists(this.columns) + RecordSizes.ofLists(this.rows)
				+ cellBytes + 48 * entries;
	}

	/**
	 * A row's cells in column order, each list as the API serves it (lists hold nulls for
	 * empty cells).
	 */
	record RowCells(List<BigDecimal> values, List<BigDecimal> amountsInKronor, List<Integer> scales,
			List<String> printed) {

		static final RowCells EMPTY = new RowCells(List.of(), List.of(), List.of(), List.of());

		long bytes() {
			long bytes = 5 * 16 + 4L * 8 * this.values.size()
					+ 48L * (this.values.size() + this.amountsInKronor.size());
			for (String text : this.printed) {
				bytes += (text != null) ? 40 + text.length() : 0;
			}
			return bytes;
		}

	}

}
