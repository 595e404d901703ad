package se.kommunkollen.importer.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kommunkollen.finance.ColumnKind;
import se.kommunkollen.finance.StatementKind;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;

import static org.assertj.core.api.Assertions.assertThat;

class SumCheckerTest {

	@Test
	void enkopingIncomeStatementAddsUp() {
		assertThat(SumChecker.check(enkopingIncomeStatement(null))).isEmpty();
	}

	@Test
	void flagsAChangedCellNamingLineRowColumnAndValues() {
		ParsedReport.Statement statement = enkopingIncomeStatement("Personalkostnader");
		List<ParsedReport.Warning> warnings = SumChecker.check(statement);
		ParsedReport.Row summaKostnader = statement.rows()
			.stream()
			.filter((row) -> row.label().equals("Summa kostnader"))
			.findFirst()
			.orElseThrow();
		assertThat(warnings).hasSize(1);
		ParsedReport.Warning warning = warnings.get(0);
		assertThat(warning.code()).isEqualTo("SUM_MISMATCH");
		assertThat(warning.line()).isEqualTo(summaKostnader.lines().start());
		assertThat(warning.message()).contains("'Summa kostnader'", "'Budget 2023'", "-257,5", "-257.4");
	}

	@Test
	void checksGrandTotalsAgainstTheSumRowsAbove() {
		ParsedReport.Statement statement = statement(column(ColumnKind.OUTCOME), detail("Intäkter", "10,0"),
				sum("Summa intäkter", "10,0"), detail("Kostnader", "-4,0"), sum("Summa kostnader", "-4,0"),
				sum("Summa totalt", "6,1"));
		assertThat(SumChecker.check(statement)).singleElement()
			.satisfies((warning) -> assertThat(warning.message()).contains("'Summa totalt'", "6,1", "6.0"));
	}

	@Test
	void acceptsARunningResultOfEarlierSumsPlusLaterRows() {
		ParsedReport.Statement statement = statement(column(ColumnKind.OUTCOME), detail("Intäkter", "100"),
				sum("SUMMA INTÄKTER", "100"), detail("Personal", "-70"), sum("SUMMA KOSTNADER", "-70"),
				detail("Avskrivningar", "-5"), sum("VERKSAMHETENS NETTOKOSTNAD", "25"), detail("Kommunbidrag", "10"),
				sum("RESULTAT", "35"));
		assertThat(SumChecker.check(statement)).isEmpty();
	}

	@Test
	void toleratesHalfAUnitOfThePrintedLastDecimal() {
		assertThat(SumChecker
			.check(statement(column(ColumnKind.OUTCOME), detail("a", "0,04"), detail("b", "0,1"), sum("Summa", "0,1"))))
			.isEmpty();
		assertThat(SumChecker
			.check(statement(column(ColumnKind.OUTCOME), detail("a", "1"), detail("b", "1"), sum("Summa", "3"))))
			.hasSize(1);
	}

	@Test
	void skipsReferenceAndRatioColumnsEmptySumCellsAndSingleLineTotals() {
		ParsedReport.Statement statement = statement(
				List.of(column(ColumnKind.REFERENCE), column(ColumnKind.OUTCOME), column(ColumnKind.RATIO)),
				sumRow("Totalt", "99", "99", "99"), detailRow("a", "1", "1", "5"), detailRow("b", "2", "2", "6"),
				sumRow("Summa", "9", "", "90"));
		assertThat(SumChecker.check(statement)).isEmpty();
	}

	@Test
	void countsEmptyDetailCellsAsZero() {
		ParsedReport.Statement statement = statement(column(ColumnKind.OUTCOME), detail("Taxor", ""),
				detail("Bidrag", "5,9"), sum("Summa intäkter", "5,9"));
		assertThat(SumChecker.check(statement)).isEmpty();
	}

	@Test
	void restartsSubtotalsAtANewSection() {
		List<ParsedReport.Row> rows = List.of(row("Anläggningar", "Tillgångar", false, "10"),
				row("S:A TILLGÅNGAR", "Tillgångar", true, "10"), row("Ingående balans", "Eget kapital", false, "4"),
				row("Årets resultat", "Eget kapital", false, "1"), row("Kortfristiga skulder", "Skulder", false, "5"),
				row("S:A SKULDER", "Skulder", true, "5"));
		ParsedReport.Statement statement = new ParsedReport.Statement("b", StatementKind.BALANCE_SHEET, "Balans", "tkr",
				List.of(column(ColumnKind.BALANCE)), numbered(rows), ParsedReport.LineRange.of(1));
		assertThat(SumChecker.check(statement)).isEmpty();
	}

	/**
	 * Enköping's 7.1 resultaträkning read from the sample, optionally with a cell of a
	 * row changed by 0,1.
	 */
	private static ParsedReport.Statement enkopingIncomeStatement(String rowToChange) {
		SourceText text = SampleTexts.load(SampleTexts.ENKOPING);
		int header = SampleTexts.lineStartingWith(text, "Intäkter / Kostnader (mnkr)",
				SampleTexts.lineOf(text, "7.1 Resultaträkning"));
		TabTable table = TabTable.readFrom(text, header);
		List<ParsedReport.Column> columns = new ArrayList<>();
		for (String label : table.header().subList(1, table.header().size())) {
			columns.add(new ParsedReport.Column(label, ColumnKind.OTHER, null, null));
		}
		List<ParsedReport.Row> rows = new ArrayList<>();
		for (TableRow tableRow : table.rows()) {
			String label = tableRow.cell(0);
			List<String> printed = new ArrayList<>(tableRow.cells().subList(1, tableRow.cells().size()));
			if (label.equals(rowToChange)) {
				int budget = table.header().indexOf("Budget 2023") - 1;
				printed.set(budget,
						SwedishNumbers.parse(printed.get(budget))
							.add(new BigDecimal("0.1"))
							.toPlainString()
							.replace('.', ','));
			}
			List<BigDecimal> values = printed.stream().map(SwedishNumbers::parse).toList();
			rows.add(new ParsedReport.Row(label, null, label.startsWith("Summa"), values, printed,
					ParsedReport.LineRange.of(tableRow.line())));
		}
		assertThat(rows).hasSize(12);
		return new ParsedReport.Statement("7.1", StatementKind.INCOME_STATEMENT, "Resultaträkning", "mnkr", columns,
				rows, table.lines());
	}

	private static ParsedReport.Column column(ColumnKind kind) {
		return new ParsedReport.Column(kind.name(), kind, null, null);
	}

	private static ParsedReport.Statement statement(ParsedReport.Column column, ParsedReport.Row... rows) {
		return statement(List.of(column), rows);
	}

	private static ParsedReport.Statement statement(List<ParsedReport.Column> columns, ParsedReport.Row... rows) {
		return new ParsedReport.Statement("s", StatementKind.OTHER, "Test", null, columns, numbered(List.of(rows)),
				ParsedReport.LineRange.of(1));
	}

	private static List<ParsedReport.Row> numbered(List<ParsedReport.Row> rows) {
		List<ParsedReport.Row> numbered = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			ParsedReport.Row row = rows.get(i);
			numbered.add(new ParsedReport.Row(row.label(), row.section(), row.sum(), row.values(), row.printed(),
					ParsedReport.LineRange.of(i + 10)));
		}
		return numbered;
	}

	private static ParsedReport.Row detail(String label, String cell) {
		return row(label, null, false, cell);
	}

	private static ParsedReport.Row sum(String label, String cell) {
		return row(label, null, true, cell);
	}

	private static ParsedReport.Row detailRow(String label, String... cells) {
		return row(label, null, false, cells);
	}

	private static ParsedReport.Row sumRow(String label, String... cells) {
		return row(label, null, true, cells);
	}

	private static ParsedReport.Row row(String label, String section, boolean sum, String... cells) {
		List<String> printed = List.of(cells);
		List<BigDecimal> values = new ArrayList<>();
		for (String cell : cells) {
			values.add(SwedishNumbers.parse(cell));
		}
		return new ParsedReport.Row(label, section, sum, values, printed, ParsedReport.LineRange.of(1));
	}

}
