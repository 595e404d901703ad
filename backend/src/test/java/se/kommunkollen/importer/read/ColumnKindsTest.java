package se.kommunkollen.importer.read;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kommunkollen.finance.ColumnKind;
import se.kommunkollen.finance.DeviationSign;
import se.kommunkollen.importer.ParsedReport;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnKindsTest {

	/** header | kind | period start | period end, a column on its own. */
	private static final String HEADERS = """
			Bokslut 2022 | OUTCOME | 2022-01-01 | 2022-12-31
			Utfall 2022 | OUTCOME | 2022-01-01 | 2022-12-31
			Utfall jan-aug 2023 | OUTCOME | 2023-01-01 | 2023-08-31
			Utfall januari–augusti 2023 | OUTCOME | 2023-01-01 | 2023-08-31
			Utfall Dec 2022 | OUTCOME | 2022-01-01 | 2022-12-31
			Utfall aug 2023 | OUTCOME | 2023-01-01 | 2023-08-31
			Budget helår 2012 | BUDGET | 2012-01-01 | 2012-12-31
			Kommunbidrag 2012 | BUDGET | 2012-01-01 | 2012-12-31
			Prognos helår 2023 | FORECAST | 2023-01-01 | 2023-12-31
			Prognos augusti 2023 | FORECAST | - | -
			Prognos november | FORECAST | - | -
			Budgetavvikelse Dec 2022 | BUDGET_DEVIATION | 2022-01-01 | 2022-12-31
			Budget- avvikelse | BUDGET_DEVIATION | - | -
			Avvikelse prognos mot budget | BUDGET_DEVIATION | - | -
			Avvikelse mot prognos | FORECAST_DEVIATION | - | -
			Prognosavvikelse | FORECAST_DEVIATION | - | -
			Skillnad | PERIOD_DIFFERENCE | - | -
			Förändring 2011–2012 | PERIOD_DIFFERENCE | - | -
			Avvikelse % | RATIO | - | -
			Nettokostnadsutveckling % | RATIO | - | -
			31/12 2012 | BALANCE | 2012-12-31 | 2012-12-31
			Projektnummer | REFERENCE | - | -
			Mål 2023 | OTHER | - | -
			""";

	@Test
	void eachHeaderHasItsKindAndPeriodAsDates() {
		List<String> actual = new ArrayList<>();
		for (String line : HEADERS.lines().toList()) {
			String label = line.substring(0, line.indexOf(" | "));
			ParsedReport.Column column = ColumnKinds.column(label);
			actual.add(String.join(" | ", label, column.kind().name(), text(column.periodStart()),
					text(column.periodEnd())));
		}
		assertThat(actual).containsExactlyElementsOf(HEADERS.lines().toList());
	}

	@Test
	void anUnqualifiedDifferenceComparesWithTheTablesBudgetElseForecastElseAnotherPeriod() {
		assertThat(kinds("Budget", "Utfall", "Avvikelse")).last().isEqualTo(ColumnKind.BUDGET_DEVIATION);
		assertThat(kinds("Prognos", "Utfall", "Avvikelse")).last().isEqualTo(ColumnKind.FORECAST_DEVIATION);
		assertThat(kinds("Bokslut 2011", "Bokslut 2012", "Skillnad")).last().isEqualTo(ColumnKind.PERIOD_DIFFERENCE);
		assertThat(kinds("Budget", "Utfall", "Skillnad")).last().isEqualTo(ColumnKind.BUDGET_DEVIATION);
	}

	@Test
	void outcomeMinusBudgetWithCostsPrintedNegativeIsBetterWhenPositive() {
		List<ParsedReport.Column> columns = columns("Budget 2023", "Utfall 2023", "Avvikelse");
		List<List<String>> rows = List.of(List.of("20,3", "19,0", "-1,3"), List.of("-124,8", "-121,3", "3,5"));
		assertThat(ColumnKinds.withDeviationSigns(columns, rows).get(2).deviationSign())
			.isEqualTo(DeviationSign.POSITIVE_IS_BETTER);
		List<List<String>> reversed = List.of(List.of("20,3", "19,0", "1,3"), List.of("-124,8", "-121,3", "-3,5"));
		assertThat(ColumnKinds.withDeviationSigns(columns, reversed).get(2).deviationSign())
			.isEqualTo(DeviationSign.NEGATIVE_IS_BETTER);
	}

	@Test
	void kommunbidragMinusNetCostIsBetterWhenPositive() {
		List<ParsedReport.Column> columns = columns("Kommunbidrag", "Bokslut", "Budgetavvikelse");
		List<List<String>> rows = List.of(List.of("65 045", "67 081", "- 2 036"),
				List.of("232 424", "216 035", "+ 16 389"));
		assertThat(ColumnKinds.withDeviationSigns(columns, rows).get(2).deviationSign())
			.isEqualTo(DeviationSign.POSITIVE_IS_BETTER);
	}

	@Test
	void theSignStaysUnknownWhereTheFiguresDoNotMakeItKnown() {
		List<ParsedReport.Column> positiveAmounts = columns("Budget", "Utfall", "Avvikelse");
		List<List<String>> unsigned = List.of(List.of("155", "100", "55"), List.of("950", "953", "-3"));
		assertThat(ColumnKinds.withDeviationSigns(positiveAmounts, unsigned).get(2).deviationSign())
			.as("positive amounts that may be income or cost")
			.isNull();
		List<List<String>> notADifference = List.of(List.of("-10,0", "-9,0", "4,0"), List.of("-5,0", "-4,0", "1,0"));
		assertThat(ColumnKinds.withDeviationSigns(positiveAmounts, notADifference).get(2).deviationSign()).isNull();
		List<List<String>> oneRow = List.of(List.of("-10,0", "-9,0", "1,0"));
		assertThat(ColumnKinds.withDeviationSigns(positiveAmounts, oneRow).get(2).deviationSign()).isNull();
	}

	private static List<ColumnKind> kinds(String... labels) {
		return columns(labels).stream().map(ParsedReport.Column::kind).toList();
	}

	private static List<ParsedReport.Column> columns(String... labels) {
		return ColumnKinds.inTable(List.of(labels).stream().map(ColumnKinds::column).toList());
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "-";
	}

}
