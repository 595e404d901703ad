package se.kommunkollen.importer;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four bundled samples, imported on first start as on a fresh clone, read back
 * through the API: counts of every entity and the figures the documents print.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "kommunkollen.samples.import-on-empty=true", "spring.datasource.url=jdbc:h2:mem:samples" })
@AutoConfigureGraphQlTester
class SampleImportTests {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void haningeEvaluationHasEveryAreaQuestionAndFinding() {
		Map<String, Object> report = report("haninge");
		assertThat(report).containsEntry("id", "haninge-skr-kommunkompassen-2023").containsEntry("kind", "EVALUATION");
		Map<String, Object> evaluation = map(report.get("evaluation"));
		assertThat(evaluation).containsEntry("totalScore", 504);
		List<Map<String, Object>> areas = list(evaluation.get("areas"));
		assertThat(areas).extracting((area) -> area.get("score")).containsExactly(66, 67, 66, 59, 63, 48, 72, 63);
		assertThat(areas).flatExtracting((area) -> list(area.get("questions"))).hasSize(36);
		assertThat(list(areas.get(5).get("questions"))).contains(Map.of("code", "6.3", "score", 10, "maxScore", 30));
		for (Map<String, Object> area : areas) {
			int questionSum = list(area.get("questions")).stream().mapToInt((q) -> (Integer) q.get("score")).sum();
			assertThat(questionSum).isEqualTo(area.get("score"));
			assertThat((List<?>) area.get("strengths")).isNotEmpty();
			assertThat((List<?>) area.get("improvements")).isNotEmpty();
		}
	}

	@Test
	void enkopingInterimReportHasGoalsIndicatorsAndTables() {
		Map<String, Object> report = report("enkoping");
		assertThat(report).containsEntry("registrationNumber", "KS2023/623").containsEntry("periodEnd", "2023-08-31");
		assertThat(list(report.get("financialStatements"))).extracting((statement) -> statement.get("title"))
			.containsExactly("7.1 Resultaträkning", "7.2 Driftsredovisning",
					"8.1 Investeringsredovisning, årlig budget (mnr)", "11.1 Resultaträkning",
					"11.2 Driftsredovisning");
		assertThat(row(report, "7.1 Resultaträkning", "Summa totalt (mnkr)"))
			.containsExactly(decimals("-211.2", "-137.1", "-144.0", "-237.2", "-231.3", "5.9"));
		List<Map<String, Object>> sickLeave = list(report.get("indicators")).stream()
			.filter((indicator) -> "23. a Sjukfrånvarostatistik".equals(indicator.get("name")))
			.toList();
		assertThat(sickLeave).singleElement()
			.satisfies((indicator) -> assertThat(list(indicator.get("values")))
				.extracting((value) -> value.get("period") + "=" + value.get("value"))
				.contains("Startläge=7.6", "Utfall aug 2023=7.5", "Mål=5.6"));
	}

	@Test
	void eskilstunaAnnualReportHasProcessAreasCommitmentsAndControls() {
		Map<String, Object> report = report("eskilstuna");
		assertThat(report).containsEntry("registrationNumber", "KSKF/2023:44");
		assertThat(list(report.get("areas"))).hasSize(9)
			.allSatisfy((area) -> assertThat(map(area.get("assessment")).get("normalized")).isNotEqualTo("UNKNOWN"));
		List<Map<String, Object>> commitments = list(report.get("commitments"));
		assertThat(commitments).hasSize(14);
		// "13 av åtagandena bedöms vara klara", and the one named as delayed
		assertThat(commitments).filteredOn((commitment) -> "DONE".equals(commitment.get("status"))).hasSize(13);
		assertThat(commitments).filteredOn((commitment) -> "DELAYED".equals(commitment.get("status"))).hasSize(1);
		// The seven control points of the plan; the risk marked "Inte med som IK-moment
		// 2022" is not one of the year's controls.
		assertThat(list(report.get("internalControls"))).hasSize(7)
			.allSatisfy((control) -> assertThat(control.get("controlPoint")).isNotNull());
		assertThat(row(report, "Driftredovisning", "Totalt")).first()
			.isEqualTo(new BigDecimal("15580").stripTrailingZeros());
	}

	@Test
	void sodertaljeClosingAccountsHaveResultAndBalanceSheet() {
		Map<String, Object> report = report("sodertalje");
		assertThat(report).containsEntry("kind", "CLOSING_ACCOUNTS").containsEntry("year", 2012);
		Map<String, Object> incomeStatement = statementOfKind(report, "INCOME_STATEMENT");
		assertThat(rowOf(incomeStatement, "RESULTAT")).contains(new BigDecimal("14353").stripTrailingZeros());
		Map<String, Object> balanceSheet = statementOfKind(report, "BALANCE_SHEET");
		assertThat(rowOf(balanceSheet, "S:A TILLGÅNGAR")).containsExactly(decimals("61553", "70191"));
		assertThat(rowOf(balanceSheet, "S:A SKULDER OCH EGET KAPITAL")).containsExactly(decimals("61553", "70191"));
		assertThat(list(report.get("goals"))).isNotEmpty()
			.allSatisfy((goal) -> assertThat(map(goal.get("assessment")).get("normalized")).isNotNull());
	}

	@Test
	void everySampleWasImportedOnceOnFirstStart() {
		for (String municipality : List.of("haninge", "enkoping", "eskilstuna", "sodertalje")) {
			assertThat(list(report(municipality).get("importHistory"))).as(municipality)
				.containsExactly(Map.of("outcome", "CREATED"));
		}
	}

	private Map<String, Object> report(String municipality) {
		List<Map<String, Object>> reports = this.graphQl.documentName("sampleReports")
			.variable("municipality", municipality)
			.execute()
			.path("municipality.reports")
			.entity(List.class)
			.get();
		assertThat(reports).as(municipality).hasSize(1);
		return reports.get(0);
	}

	private static List<BigDecimal> row(Map<String, Object> report, String statementTitle, String rowLabel) {
		Map<String, Object> statement = list(report.get("financialStatements")).stream()
			.filter((candidate) -> statementTitle.equals(candidate.get("title")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No statement " + statementTitle));
		return rowOf(statement, rowLabel);
	}

	private static Map<String, Object> statementOfKind(Map<String, Object> report, String kind) {
		return list(report.get("financialStatements")).stream()
			.filter((candidate) -> kind.equals(candidate.get("kind")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No statement of kind " + kind));
	}

	private static List<BigDecimal> rowOf(Map<String, Object> statement, String rowLabel) {
		return list(statement.get("rows")).stream()
			.filter((row) -> rowLabel.equals(row.get("label")))
			.findFirst()
			.map((row) -> ((List<?>) row.get("values")).stream()
				.map((value) -> (value != null) ? new BigDecimal(value.toString()).stripTrailingZeros() : null)
				.toList())
			.orElseThrow(() -> new AssertionError("No row " + rowLabel + " in " + statement.get("title")));
	}

	private static BigDecimal[] decimals(String... values) {
		return Arrays.stream(values)
			.map((value) -> new BigDecimal(value).stripTrailingZeros())
			.toArray(BigDecimal[]::new);
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
