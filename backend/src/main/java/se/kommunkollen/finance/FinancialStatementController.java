package se.kommunkollen.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import se.kommunkollen.api.ByKey;
import se.kommunkollen.api.Decimals;
import se.kommunkollen.report.Report;

@Controller
class FinancialStatementController {

	private final FinancialStatementRepository statements;

	private final FinancialColumnRepository columns;

	private final FinancialRowRepository rows;

	private final FinancialCellRepository cells;

	FinancialStatementController(FinancialStatementRepository statements, FinancialColumnRepository columns,
			FinancialRowRepository rows, FinancialCellRepository cells) {
		this.statements = statements;
		this.columns = columns;
		this.rows = rows;
		this.cells = cells;
	}

	@QueryMapping
	FinancialStatement financialStatement(@Argument String id) {
		return this.statements.findById(id).orElse(null);
	}

	@BatchMapping(typeName = "Report")
	Map<Report, List<FinancialStatement>> financialStatements(List<Report> reports) {
		return ByKey.children(reports, Report::id, this.statements::findByReportIdInOrderBySortOrder,
				FinancialStatement::reportId);
	}

	@BatchMapping(typeName = "FinancialStatement", field = "columns")
	Map<FinancialStatement, List<FinancialColumn>> columnsOfStatements(List<FinancialStatement> statements) {
		return ByKey.children(statements, FinancialStatement::id, this.columns::findByStatementIdInOrderByColumnIndex,
				FinancialColumn::statementId);
	}

	@BatchMapping(typeName = "FinancialStatement", field = "latestOutcomeColumn")
	Map<FinancialStatement, Integer> latestOutcomeColumn(List<FinancialStatement> statements) {
		Map<FinancialStatement, List<FinancialColumn>> columns = columnsOfStatements(statements);
		Map<FinancialStatement, Integer> latest = new HashMap<>();
		columns.forEach((statement, list) -> latest.put(statement, LatestOutcome.indexOf(list, FinancialColumn::kind,
				FinancialColumn::periodStart, FinancialColumn::periodEnd)));
		return latest;
	}

	@BatchMapping(typeName = "FinancialStatement", field = "rows")
	Map<FinancialStatement, List<FinancialRow>> rowsOfStatements(List<FinancialStatement> statements) {
		return ByKey.children(statements, FinancialStatement::id, this.rows::findByStatementIdInOrderByRowIndex,
				FinancialRow::statementId);
	}

	@BatchMapping
	Map<FinancialRow, List<BigDecimal>> values(List<FinancialRow> rows) {
		return cellsOf(rows, (cell) -> Decimals.asPrinted(cell.amount()));
	}

	@BatchMapping
	Map<FinancialRow, List<BigDecimal>> amountsInKronor(List<FinancialRow> rows) {
		return cellsOf(rows, (cell) -> Decimals.asPrinted(cell.amountKronor()));
	}

	@BatchMapping
	Map<FinancialRow, List<Integer>> scales(List<FinancialRow> rows) {
		return cellsOf(rows, FinancialCell::scale);
	}

	@BatchMapping
	Map<FinancialRow, List<String>> printed(List<FinancialRow> rows) {
		return cellsOf(rows, FinancialCell::printed);
	}

	/**
	 * Cells in column order; lists may hold nulls, so they are built without streams'
	 * toList().
	 */
	private <T> Map<FinancialRow, List<T>> cellsOf(List<FinancialRow> rows, Function<FinancialCell, T> part) {
		Map<String, List<T>> byRow = new HashMap<>();
		for (FinancialCell cell : this.cells.findByRowIdInOrderByColumnIndex(ByKey.keys(rows, FinancialRow::id))) {
			byRow.computeIfAbsent(cell.rowId(), (id) -> new ArrayList<>()).add(part.apply(cell));
		}
		return ByKey.lists(rows, FinancialRow::id, byRow);
	}

}
