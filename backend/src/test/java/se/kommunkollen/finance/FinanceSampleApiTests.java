package se.kommunkollen.finance;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Column semantics, printed scales and row units of the bundled samples, read back
 * through the API over HTTP after the import on first start. Subclasses run the same on
 * other databases.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunkollen.samples.import-on-empty=true",
				"spring.datasource.url=jdbc:h2:mem:finance-samples" })
@AutoConfigureHttpGraphQlTester
class FinanceSampleApiTests {

	private static final String STATEMENTS = """
			query($municipality: ID!) { municipality(id: $municipality) { reports { financialStatements {
			  title kind unit unitName unitInKronor latestOutcomeColumn
			  unitProvenance { lineStart lineEnd excerpt }
			  columns { label kind period periodStart periodEnd deviationSign unit }
			  rows { label isSum unit unitName unitInKronor isRatio values amountsInKronor scales printed } } } } }
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void eskilstunasLatestOutcomeIsTheColumnOf2022ThoughTheTablePrints2022First() {
		Map<String, Object> operating = statement("eskilstuna", "Driftredovisning");
		assertThat(operating.get("latestOutcomeColumn")).isEqualTo(0);
		assertThat(columns(operating)).extracting((c) -> c.get("periodEnd"))
			.containsExactly("2022-12-31", "2021-12-31", null);
		assertThat(operating.get("unit")).isNull();
	}

	@Test
	void eskilstunasIncomeStatementTakesItsUnitFromTheSentenceThatRepeatsASum() {
		Map<String, Object> income = statement("eskilstuna", "Resultaträkning");
		assertThat(income).containsEntry("unit", "miljoner kronor").containsEntry("unitName", "miljoner kronor");
		assertThat(map(income.get("unitProvenance"))).containsEntry("lineStart", 623).containsEntry("lineEnd", 623);
		assertThat((String) map(income.get("unitProvenance")).get("excerpt")).contains("530,1 miljoner kronor");
		assertThat(columns(income).get(3)).containsEntry("kind", "BUDGET_DEVIATION")
			.containsEntry("deviationSign", "POSITIVE_IS_BETTER")
			.containsEntry("periodStart", "2022-01-01")
			.containsEntry("periodEnd", "2022-12-31");
		assertThat(row(income, "Summa INTÄKTER").get("amountsInKronor"))
			.isEqualTo(List.of(471100000, 530100000, 504500000, 25600000));
	}

	@Test
	void sodertaljesSkillnadIsADifferenceBetweenPeriodsWithoutSign() {
		Map<String, Object> costs = statement("sodertalje",
				"Bokslut 2011, Bokslut 2012, Skillnad, Nettokostnadsutveckling %");
		assertThat(columns(costs)).extracting((c) -> c.get("kind"))
			.containsExactly("OUTCOME", "OUTCOME", "PERIOD_DIFFERENCE", "RATIO");
		assertThat(columns(costs).get(2).get("deviationSign")).isNull();
		assertThat(costs.get("latestOutcomeColumn")).isEqualTo(1);
	}

	@Test
	void everyCellKeepsTheDecimalsItWasPrintedWith() {
		Map<String, Object> perUnit = statement("sodertalje",
				"Resultat 2012, Kommunbidrag 2012, Nettokostnad 2012, Avvikelse %");
		Map<String, Object> total = row(perUnit, "Nämnden totalt");
		assertThat(total.get("printed")).isEqualTo(List.of("14 353", "297 469", "283 116", "4,8"));
		assertThat(total.get("scales")).isEqualTo(List.of(0, 0, 0, 1));
		Map<String, Object> owner = row(perUnit, "Ägarstyrning och finans");
		assertThat((List<?>) owner.get("scales")).containsOnlyNulls();
		Map<String, Object> enkoping = statement("enkoping", "7.1 Resultaträkning");
		assertThat(row(enkoping, "Summa totalt (mnkr)").get("scales")).isEqualTo(List.of(1, 1, 1, 1, 1, 1));
		assertThat(columns(enkoping)).extracting((c) -> c.get("periodEnd"))
			.containsExactly("2022-12-31", "2022-08-31", "2023-08-31", "2023-12-31", "2023-12-31", null);
		assertThat(enkoping.get("latestOutcomeColumn")).isEqualTo(2);
	}

	@Test
	void sodertaljesKeyFiguresAreAStatementWithAUnitPerRow() {
		Map<String, Object> figures = statement("sodertalje", "Nyckeltal");
		assertThat(figures).containsEntry("kind", "KEY_FIGURES").containsEntry("unit", null);
		assertThat(row(figures, "Kostnader totalt")).containsEntry("unit", null)
			.containsEntry("isRatio", false)
			.containsEntry("amountsInKronor", java.util.Collections.singletonList(null));
		assertThat(row(figures, "Intäkter totalt")).containsEntry("unit", "tkr")
			.containsEntry("unitName", "tusen kronor")
			.containsEntry("unitInKronor", 1000)
			.containsEntry("amountsInKronor", List.of(35330000));
		assertThat(row(figures, "K/I-tal")).containsEntry("isRatio", true)
			.containsEntry("unitName", "kvot")
			.containsEntry("unitInKronor", null)
			.containsEntry("values", List.of(0.96))
			.containsEntry("scales", List.of(2))
			.containsEntry("amountsInKronor", java.util.Collections.singletonList(null));
	}

	private Map<String, Object> statement(String municipality, String title) {
		List<Map<String, Object>> reports = this.graphQl.document(STATEMENTS)
			.variable("municipality", municipality)
			.execute()
			.path("municipality.reports")
			.entity(List.class)
			.get();
		return reports.stream()
			.flatMap((report) -> list(report.get("financialStatements")).stream())
			.filter((statement) -> title.equals(statement.get("title")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No statement " + title));
	}

	private static List<Map<String, Object>> columns(Map<String, Object> statement) {
		return list(statement.get("columns"));
	}

	private static Map<String, Object> row(Map<String, Object> statement, String label) {
		return list(statement.get("rows")).stream()
			.filter((row) -> label.equals(row.get("label")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row " + label));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

}
