package se.kommunkollen.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import se.kommunkollen.api.GraphQlConfiguration;
import se.kommunkollen.report.DataVersion;
import se.kommunkollen.report.ReportCache;

import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;

@GraphQlTest(FinancialStatementController.class)
@Import({ GraphQlConfiguration.class, ReportCache.class, ReportStatementsPart.class })
class FinancialStatementControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	FinancialStatementRepository statements;

	@MockitoBean
	FinancialColumnRepository columns;

	@MockitoBean
	FinancialRowRepository rows;

	@MockitoBean
	FinancialCellRepository cells;

	@MockitoBean
	DataVersion dataVersion;

	@MockitoBean
	PlatformTransactionManager transactions;

	@Test
	void rowValuesAreExactDecimalsAlignedWithColumnsWithNullForEmptyCells() {
		String id = "sodertalje-ks-bokslut-2012.statement-resultatrakning";
		given(this.statements.findReportIdById(id)).willReturn(Optional.of("sodertalje-ks-bokslut-2012"));
		given(this.statements.findByReportIdInOrderBySortOrder(anyCollection()))
			.willReturn(List.of(new FinancialStatement(id, "sodertalje-ks-bokslut-2012", StatementKind.INCOME_STATEMENT,
					"Resultaträkning", "tkr", "tusen kronor", new BigDecimal("1000.000000"), null, null, 0, 977, 997,
					"Bokslut 2011")));
		given(this.columns.findOfReports(anyCollection())).willReturn(List.of(
				new FinancialColumn(1L, id, 0, "Bokslut 2011", ColumnKind.OUTCOME, "2011", null,
						LocalDate.of(2011, 1, 1), LocalDate.of(2011, 12, 31), null),
				new FinancialColumn(2L, id, 1, "Budget helår 2012", ColumnKind.BUDGET, "helår 2012", null,
						LocalDate.of(2012, 1, 1), LocalDate.of(2012, 12, 31), null)));
		given(this.rows.findByReportIdInOrderByRowIndex(anyCollection()))
			.willReturn(List.of(new FinancialRow(id + ".row-1", "sodertalje-ks-bokslut-2012", id, 0, "RESULTAT", null,
					true, null, null, null, false, 997, 997, "RESULTAT")));
		given(this.cells.findOfReports(anyCollection()))
			.willReturn(List.of(
					new FinancialCell(1L, id + ".row-1", 0, new BigDecimal("6697.000000"),
							new BigDecimal("6697000.000000"), "6 697", 0),
					new FinancialCell(2L, id + ".row-1", 1, null, null, "", null)));
		this.graphQl
			.document(
					"""
							query($id: ID!) { financialStatement(id: $id) { unit unitName unitInKronor
							  columns { label kind periodStart periodEnd } rows { label isSum values amountsInKronor scales printed } } }
							""")
			.variable("id", id)
			.execute()
			.path("financialStatement")
			.matchesJson(
					"""
							{"unit":"tkr","unitName":"tusen kronor","unitInKronor":1000,
							 "columns":[{"label":"Bokslut 2011","kind":"OUTCOME","periodStart":"2011-01-01","periodEnd":"2011-12-31"},
							            {"label":"Budget helår 2012","kind":"BUDGET","periodStart":"2012-01-01","periodEnd":"2012-12-31"}],
							 "rows":[{"label":"RESULTAT","isSum":true,"values":[6697,null],"amountsInKronor":[6697000,null],"scales":[0,null],
							          "printed":["6 697",""]}]}
							""");
	}

}
