package se.kommunkollen.fidelity;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sample report against its expected facts (src/test/resources/fidelity/*.tsv),
 * written by hand from the report text and read through the public API over HTTP. A wrong
 * value fails, a fact the API does not serve fails unless the file marks it pending, and
 * a record the API serves that the file does not list fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunkollen.samples.import-on-empty=true", "spring.datasource.url=jdbc:h2:mem:fidelity" })
@AutoConfigureHttpGraphQlTester
class FidelityTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "haninge, 001_49780e2962ff647b.txt", "enkoping, 002_034fdc850437dc3c.txt",
			"eskilstuna, 003_706e2e96afce6266.txt", "sodertalje, 004_6ea06e72dde3c929.txt" })
	void theApiServesWhatTheReportStates(String municipality, String sample) throws IOException {
		List<Fact> facts = Fact.parse(new ClassPathResource("fidelity/" + sample.replace(".txt", ".tsv"))
			.getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.toList());
		Map<String, Object> report = report(municipality, sample);
		assertThat(differences(facts, report)).as("differences from the report's facts").isEmpty();
	}

	/**
	 * Every assessed area, goal, commitment and control knows the line that prints its
	 * status, and its provenance covers that line, unless the report states the status in
	 * a summary before the record ("13 av åtagandena bedöms vara klara").
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "enkoping, 002_034fdc850437dc3c.txt", "eskilstuna, 003_706e2e96afce6266.txt",
			"sodertalje, 004_6ea06e72dde3c929.txt" })
	void theProvenanceOfAnAssessedRecordCoversTheLineThatPrintsItsStatus(String municipality, String sample) {
		Map<String, Object> report = report(municipality, sample);
		List<Map<String, Object>> assessed = new ArrayList<>();
		for (String field : List.of("areas", "goals")) {
			list(report.get(field)).stream()
				.filter((r) -> map(r.get("assessment")).get("label") != null)
				.forEach(assessed::add);
		}
		list(report.get("commitments")).stream().filter((r) -> r.get("statusLabel") != null).forEach(assessed::add);
		list(report.get("internalControls")).stream()
			.filter((r) -> r.get("resultLabel") != null)
			.forEach(assessed::add);
		assertThat(assessed).isNotEmpty().allSatisfy((record) -> {
			Map<String, Object> provenance = map(record.get("provenance"));
			Integer statusLine = (Integer) provenance.get("statusLine");
			assertThat(statusLine).as("status line of %s", record).isNotNull();
			if (statusLine >= (Integer) provenance.get("lineStart")) {
				assertThat(statusLine).as("status line of %s", record)
					.isLessThanOrEqualTo((Integer) provenance.get("lineEnd"));
			}
		});
	}

	@Test
	void aWrongMissingOrExtraValueIsADifference() throws IOException {
		List<Fact> facts = Fact
			.parse(new ClassPathResource("fidelity/003_706e2e96afce6266.tsv").getContentAsString(StandardCharsets.UTF_8)
				.lines()
				.map((line) -> line.replace("Processområdet bedöms delvis uppnå resultatmålen.\tPARTLY\t566",
						"Processområdet bedöms uppnå resultatmålen.\tGOOD\t566"))
				.map((line) -> line.replace("row\t692\tTotalt\t15 580", "row\t692\tTotalt\t15 581"))
				.filter((line) -> !line.startsWith("control\t899\t"))
				.toList());
		facts = new ArrayList<>(facts);
		facts.add(Fact.parse(List.of("goal\t100\tEtt mål som inte finns\t?\tUNKNOWN\t\tsaknas")).get(0));
		List<String> differences = differences(facts, report("eskilstuna", "003_706e2e96afce6266.txt"));
		assertThat(differences).hasSize(4)
			.anySatisfy((d) -> assertThat(d).contains("'Medarbetare'", "but the API serves"))
			.anySatisfy((d) -> assertThat(d).contains("'Totalt'", "15 580"))
			.anySatisfy((d) -> assertThat(d).contains("Granskning av delegationsbeslut", "not in the facts"))
			.anySatisfy((d) -> assertThat(d).contains("Ett mål som inte finns", "not served"));
	}

	static List<String> differences(List<Fact> facts, Map<String, Object> report) {
		List<String> problems = new ArrayList<>();
		checkStatuses(facts, "area", list(report.get("areas")), (r) -> str(r.get("name")), "assessment", problems);
		checkStatuses(facts, "goal", list(report.get("goals")), (r) -> str(r.get("title")), "assessment", problems);
		checkStatuses(facts, "commitment", list(report.get("commitments")), (r) -> str(r.get("text")), null, problems);
		checkStatuses(facts, "control", list(report.get("internalControls")),
				(r) -> (r.get("controlPoint") != null) ? str(r.get("controlPoint")) : str(r.get("riskTitle")), null,
				problems);
		Map<String, Object> evaluation = map(report.get("evaluation"));
		checkRecords(facts, "evaluation", (evaluation != null) ? List.of(evaluation) : List.of(), (r) -> "total",
				(fact, r) -> String.valueOf(r.get("totalScore")), problems);
		checkRecords(facts, "evaluation-area", (evaluation != null) ? list(evaluation.get("areas")) : List.of(),
				(r) -> String.valueOf(r.get("number")), (fact, r) -> String.valueOf(r.get("score")), problems);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Map<String, Object> statement : list(report.get("financialStatements"))) {
			rows.addAll(list(statement.get("rows")));
		}
		checkRecords(facts, "row", rows, (r) -> str(r.get("label")), (fact, r) -> printed(r), problems);
		return problems;
	}

	/** Areas, goals, commitments and controls: label, normalised value, status line. */
	private static void checkStatuses(List<Fact> facts, String kind, List<Map<String, Object>> served,
			Function<Map<String, Object>, String> key, String assessmentField, List<String> problems) {
		checkRecords(facts, kind, served, key, (fact, record) -> {
			String label;
			String normalized;
			if (assessmentField != null) {
				Map<String, Object> assessment = map(record.get(assessmentField));
				label = str(assessment.get("label"));
				normalized = str(assessment.get("normalized"));
			}
			else if (record.containsKey("result")) {
				label = str(record.get("resultLabel"));
				normalized = str(record.get("result"));
			}
			else {
				label = str(record.get("statusLabel"));
				normalized = str(record.get("status"));
			}
			Object statusLine = map(record.get("provenance")).get("statusLine");
			if (fact.isUnknown()) {
				return "UNKNOWN".equals(normalized) && label == null && statusLine == null ? fact.value()
						: label + " / " + normalized + " / status line " + statusLine;
			}
			boolean same = fact.value().equals(label) && fact.normalized().equals(normalized)
					&& Objects.equals(fact.statusLine(), statusLine);
			return same ? fact.value() : label + " / " + normalized + " / status line " + statusLine;
		}, problems);
	}

	private static void checkRecords(List<Fact> facts, String kind, List<Map<String, Object>> served,
			Function<Map<String, Object>, String> key, Value value, List<String> problems) {
		Set<Map<String, Object>> unmatched = new LinkedHashSet<>(served);
		for (Fact fact : facts.stream().filter((f) -> f.kind().equals(kind)).toList()) {
			List<Map<String, Object>> found = served.stream()
				.filter((record) -> fact.matchesKey(key.apply(record)) && covers(record, fact.line()))
				.toList();
			if (found.isEmpty()) {
				if (fact.pending() == null) {
					problems.add(fact + ": not served");
				}
				continue;
			}
			if (found.size() > 1) {
				problems.add(fact + ": served " + found.size() + " times");
			}
			Map<String, Object> record = found.get(0);
			unmatched.remove(record);
			String actual = value.of(fact, record);
			String expected = fact.value();
			if (!expected.equals(actual)) {
				problems.add(fact + ": expected '" + expected + "'"
						+ (fact.normalized().isEmpty() ? ""
								: " / " + fact.normalized() + " / status line " + fact.statusLine())
						+ " but the API serves '" + actual + "'");
			}
		}
		for (Map<String, Object> record : unmatched) {
			problems
				.add(kind + " '" + key.apply(record) + "' at lines " + map(record.get("provenance")).get("lineStart")
						+ "–" + map(record.get("provenance")).get("lineEnd") + " is served but not in the facts");
		}
	}

	private static boolean covers(Map<String, Object> record, int line) {
		Map<String, Object> provenance = map(record.get("provenance"));
		return ((Integer) provenance.get("lineStart")) <= line && line <= ((Integer) provenance.get("lineEnd"));
	}

	private static String printed(Map<String, Object> row) {
		List<Object> cells = list0(row.get("printed"));
		return cells.stream()
			.filter((cell) -> cell != null && !cell.toString().isBlank())
			.map(Object::toString)
			.collect(Collectors.joining(" | "));
	}

	private Map<String, Object> report(String municipality, String sample) {
		List<Map<String, Object>> reports = this.graphQl.documentName("fidelity")
			.variable("municipality", municipality)
			.execute()
			.path("municipality.reports")
			.entityList(Object.class)
			.get()
			.stream()
			.map(FidelityTests::map)
			.filter((report) -> sample.equals(report.get("sourceFileName")))
			.toList();
		assertThat(reports).as("report of " + sample).hasSize(1);
		return reports.get(0);
	}

	@FunctionalInterface
	private interface Value {

		String of(Fact fact, Map<String, Object> record);

	}

	private static String str(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return (value != null) ? value.toString().replaceAll("\\s+", " ").trim() : null;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (value != null) ? (List<Map<String, Object>>) value : List.of();
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list0(Object value) {
		return (value != null) ? (List<Object>) value : List.of();
	}

}
