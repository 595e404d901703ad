package se.kommunkollen.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import se.kommunkollen.api.ByKey;
import se.kommunkollen.finance.ReportStatements.RowCells;
import se.kommunkollen.report.Report;
import se.kommunkollen.report.ReportCache;

/**
 * Financial statements from {@link ReportCache}: a statement, its columns, rows and cells
 * come from its report's {@link ReportStatements}.
 */
@Controller
class FinancialStatementController {

	private final FinancialStatementRepository statements;

	private final ReportCache cache;

	private final ReportStatementsPart part;

	FinancialStatementController(FinancialStatementRepository statements, ReportCache cache,
			ReportStatementsPart part) {
		this.statements = statements;
		this.cache = cache;
		this.part = part;
	}

	@QueryMapping
	FinancialStatement financialStatement(@Argument String id, GraphQLContext context) {
		return this.statements.findReportIdById(id)
			.map((reportId) -> partsOf(List.of(reportId), context).get(reportId).statementsById().get(id))
			.orElse(null);
	}

	@BatchMapping(typeName = "Report")
	Map<Report, List<FinancialStatement>> financialStatements(List<Report> reports, GraphQLContext context) {
		Map<String, ReportStatements> parts = partsOf(ByKey.keys(reports, Report::id), context);
		return ByKey.each(reports, (report) -> parts.get(report.id()).statements());
	}

	@BatchMapping(typeName = "FinancialStatement", field = "columns")
	Map<FinancialStatement, List<FinancialColumn>> columnsOfStatements(List<FinancialStatement> statements,
			GraphQLContext context) {
		Map<String, ReportStatements> parts = partsOf(ByKey.keys(statements, FinancialStatement::reportId), context);
		return ByKey.each(statements, (statement) -> parts.get(statement.reportId()).columnsOf(statement.id()));
	}

	@BatchMapping(typeName = "FinancialStatement", field = "latestOutcomeColumn")
	Map<FinancialStatement, Integer> latestOutcomeColumn(List<FinancialStatement> statements, GraphQLContext context) {
		Map<String, ReportStatements> parts = partsOf(ByKey.keys(statements, FinancialStatement::reportId), context);
		return ByKey.each(statements,
				(statement) -> parts.get(statement.reportId()).latestOutcome().get(statement.id()));
	}

	@BatchMapping(typeName = "FinancialStatement", field = "rows")
	Map<FinancialStatement, List<FinancialRow>> rowsOfStatements(List<FinancialStatement> statements,
			GraphQLContext context) {
		Map<String, ReportStatements> parts = partsOf(ByKey.keys(statements, FinancialStatement::reportId), context);
		return ByKey.each(statements, (statement) -> parts.get(statement.reportId()).rowsOf(statement.id()));
	}

	@BatchMapping
	Map<FinancialRow, List<BigDecimal>> values(List<FinancialRow> rows, GraphQLContext context) {
		return cellsOf(rows, context, RowCells::values);
	}

	@BatchMapping
	Map<FinancialRow, List<BigDecimal>> amountsInKronor(List<FinancialRow> rows, GraphQLContext context) {
		return cellsOf(rows, context, RowCells::amountsInKronor);
	}

	@BatchMapping
	Map<FinancialRow, List<Integer>> scales(List<FinancialRow> rows, GraphQLContext context) {
		return cellsOf(rows, context, RowCells::scales);
	}

	@BatchMapping
	Map<FinancialRow, List<String>> printed(List<FinancialRow> rows, GraphQLContext context) {
		return cellsOf(rows, context, RowCells::printed);
	}

	private <T> Map<FinancialRow, List<T>> cellsOf(List<FinancialRow> rows, GraphQLContext context,
			Function<RowCells, List<T>> part) {
		Map<String, ReportStatements> parts = partsOf(ByKey.keys(rows, FinancialRow::reportId), context);
		return ByKey.each(rows, (row) -> part.apply(parts.get(row.reportId()).cellsOf(row.id())));
	}

	private Map<String, ReportStatements> partsOf(List<String> reportIds, GraphQLContext context) {
		return this.cache.get(this.part, reportIds, context);
	}

}
