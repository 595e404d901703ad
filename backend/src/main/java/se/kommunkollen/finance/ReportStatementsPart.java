package se.kommunkollen.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Collection;

import org.springframework.stereotype.Component;

import se.kommunkollen.api.Decimals;
import se.kommunkollen.finance.ReportStatements.RowCells;
import se.kommunkollen.report.ReportPart;

import static java.util.stream.Collectors.groupingBy;

/** Reads {@link ReportStatements} with four statements for any number of reports. */
@Component
class ReportStatementsPart implements ReportPart<ReportStatements> {

	private final FinancialStatementRepository statements;

	private final FinancialColumnRepository columns;

	private final FinancialRowRepository rows;

	private final FinancialCellRepository cells;

	ReportStatementsPart(FinancialStatementRepository statements, FinancialColumnRepository columns,
			FinancialRowRepository rows, FinancialCellRepository cells) {
		this.statements = statements;
		this.columns = columns;
		this.rows = rows;
		this.cells = cells;
	}

	@Override
	public Map<String, ReportStatements> load(Collection<String> reportIds) {
		Map<String, List<FinancialStatement>> statements = this.statements.findByReportIdInOrderBySortOrder(reportIds)
			.stream()
			.collect(groupingBy(FinancialStatement::reportId));
		if (statements.isEmpty()) {
			Map<String, ReportStatements> parts = new LinkedHashMap<>();
			reportIds.forEach((reportId) -> parts.put(reportId, ReportStatements.EMPTY));
			return parts;
		}
		Map<String, List<FinancialColumn>> columns = this.columns.findOfReports(reportIds)
			.stream()
			.collect(groupingBy(FinancialColumn::statementId));
		Map<String, List<FinancialRow>> rows = this.rows.findByReportIdInOrderByRowIndex(reportIds)
			.stream()
			.collect(groupingBy(FinancialRow::statementId));
		Map<String, List<FinancialCell>> cells = this.cells.findOfReports(reportIds)
			.stream()
			.collect(groupingBy(FinancialCell::rowId));
		Map<String, ReportStatements> parts = new LinkedHashMap<>();
		for (String reportId : reportIds) {
			List<FinancialStatement> ofReport = statements.getOrDefault(reportId, List.of());
			parts.put(reportId, ofReport.isEmpty() ? ReportStatements.EMPTY : part(ofReport, columns, rows, cells));
		}
		return parts;
	}

	@Override
	public long bytes(ReportStatements part) {
		return part.bytes();
	}

	private static ReportStatements part(List<FinancialStatement> statements,
			Map<String, List<FinancialColumn>> allColumns, Map<String, List<FinancialRow>> allRows,
			Map<String, List<FinancialCell>> allCells) {
		Map<String, FinancialStatement> byId = new HashMap<>();
		Map<String, List<FinancialColumn>> columns = new HashMap<>();
		Map<String, Integer> latest = new HashMap<>();
		Map<String, List<FinancialRow>> rows = new HashMap<>();
		Map<String, RowCells> cells = new HashMap<>();
		for (FinancialStatement statement : statements) {
			byId.put(statement.id(), statement);
			List<FinancialColumn> columnsOf = List.copyOf(allColumns.getOrDefault(statement.id(), List.of()));
			columns.put(statement.id(), columnsOf);
			Integer latestIndex = LatestOutcome.indexOf(columnsOf, FinancialColumn::kind, FinancialColumn::periodStart,
					FinancialColumn::periodEnd);
			if (latestIndex != null) {
				latest.put(statement.id(), latestIndex);
			}
			List<FinancialRow> rowsOf = List.copyOf(allRows.getOrDefault(statement.id(), List.of()));
			rows.put(statement.id(), rowsOf);
			for (FinancialRow row : rowsOf) {
				cells.put(row.id(), rowCells(allCells.getOrDefault(row.id(), List.of())));
			}
		}
		return new ReportStatements(List.copyOf(statements), Map.copyOf(byId), Map.copyOf(columns), Map.copyOf(latest),
				Map.copyOf(rows), Map.copyOf(cells));
	}

	/** Lists may hold nulls, so they are built without List.copyOf. */
	private static RowCells rowCells(List<FinancialCell> cells) {
		List<BigDecimal> values = new ArrayList<>(cells.size());
		List<BigDecimal> kronor = new ArrayList<>(cells.size());
		List<Integer> scales = new ArrayList<>(cells.size());
		List<String> printed = new ArrayList<>(cells.size());
		for (FinancialCell cell : cells) {
			values.add(Decimals.asPrinted(cell.amount()));
			kronor.add(Decimals.asPrinted(cell.amountKronor()));
			scales.add(cell.scale());
			printed.add(cell.printed());
		}
		return new RowCells(Collections.unmodifiableList(values), Collections.unmodifiableList(kronor),
				Collections.unmodifiableList(scales), Collections.unmodifiableList(printed));
	}

}
