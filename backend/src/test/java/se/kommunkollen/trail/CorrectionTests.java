package se.kommunkollen.trail;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.kommunkollen.api.InvalidArgumentException;
import se.kommunkollen.importer.ReportImporter;
import se.kommunkollen.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Corrections through the service: the served value is the new one and says so, the
 * printed value and the provenance stay, the trail holds who, when, old → new and why;
 * refusals change nothing; a replacement starts from the new text and keeps the old
 * corrections in the trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunkollen.samples.import-on-empty=false",
				"spring.datasource.url=jdbc:h2:mem:corrections;DB_CLOSE_DELAY=-1" })
@AutoConfigureHttpGraphQlTester
@Import(StatementCounter.class)
class CorrectionTests {

	static final String ENKOPING = "002_034fdc850437dc3c.txt";

	static final String REPORT = "enkoping-ks-delarsrapport-2023-08";

	static final String GOAL = REPORT + ".goal-mal-21";

	static final Function<String, Actor> ENKOPING_EDITOR = (municipality) -> new Actor(Actor.EDITOR, "enkoping", 5L);

	@Autowired
	Corrections corrections;

	@Autowired
	ReportImporter importer;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void freshReport(@Autowired HttpGraphQlTester graphQl) throws IOException {
		this.graphQl = graphQl.mutate()
			.webTestClient((client) -> client.responseTimeout(Duration.ofSeconds(60)))
			.responseTimeout(Duration.ofSeconds(60))
			.build();
		this.jdbc.sql("DELETE FROM report").update();
		this.jdbc.sql("DELETE FROM trail_change").update();
		this.importer.importFile(ENKOPING, sample());
	}

	@Test
	void aCorrectedIndicatorValueIsServedAsCorrectedWithItsPrintedValueProvenanceAndTrail() {
		Map<String, Object> before = firstValue();
		String valueId = (String) before.get("id");
		assertThat(valueId).startsWith(REPORT + ".indicator-").contains(".value-");
		assertThat(before.get("corrected")).isEqualTo(false);

		Change change = this.corrections.correct(new Correction(RecordType.INDICATOR_VALUE, valueId,
				CorrectableField.VALUE, " 1 234,5 ", "Värdet lästes från fel kolumn"), ENKOPING_EDITOR);

		assertThat(change.newValue()).isEqualTo("1234,5");
		assertThat(change.printedValue()).isEqualTo(before.get("printed"));
		Map<String, Object> after = firstValue();
		assertThat(new BigDecimal(after.get("value").toString())).isEqualByComparingTo("1234.5");
		assertThat(after.get("printed")).isEqualTo(before.get("printed"));
		assertThat(after.get("corrected")).isEqualTo(true);
		this.graphQl.document("""
				query($goal: ID!) { goal(id: $goal) { indicators { provenance { lineStart }
				  values { corrections { kind oldValue newValue printedValue reason recordLabel
				    actor { role municipality { id } } } } } } }
				""")
			.variable("goal", GOAL)
			.execute()
			.path("goal.indicators[0].values[0].corrections[0]")
			.matchesJson("""
					{ "kind": "CORRECTION", "newValue": "1234,5", "reason": "Värdet lästes från fel kolumn",
					  "actor": { "role": "EDITOR", "municipality": { "id": "enkoping" } } }
					""");
		this.graphQl.document("query($r: ID!) { report(id: $r) { changes { kind reason } } }")
			.variable("r", REPORT)
			.execute()
			.path("report.changes[*].kind")
			.entityList(String.class)
			.containsExactly("IMPORT", "CORRECTION");
		this.graphQl
			.document("{ changes(municipality: \"enkoping\", first: 10) { totalCount edges { node { kind } } } }")
			.execute()
			.path("changes.totalCount")
			.entity(Integer.class)
			.isEqualTo(2);
	}

	@Test
	void aGetWithTheEtagOfBeforeTheCorrectionGetsTheNewValue() throws Exception {
		URI uri = URI.create("http://localhost:" + this.port + "/graphql?query="
				+ URLEncoder.encode("{ goal(id: \"" + GOAL + "\") { title corrected } }", StandardCharsets.UTF_8));
		HttpClient client = HttpClient.newHttpClient();
		String etag = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
			.headers()
			.firstValue("ETag")
			.orElseThrow();
		this.corrections.correct(
				new Correction(RecordType.GOAL, GOAL, CorrectableField.TITLE,
						"Ökat medarbetarengagemang i hela kommunen", "Rubriken avstavades i utdraget"),
				ENKOPING_EDITOR);
		HttpResponse<String> after = client.send(HttpRequest.newBuilder(uri).header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.body()).contains("Ökat medarbetarengagemang i hela kommunen").contains("\"corrected\":true");
		assertThat(searchHits("\"i hela kommunen\"")).isPositive();
	}

	@Test
	void aStatusMustBeAValueOfItsEnumAndTheErrorNamesFieldAndValue() {
		String snapshot = snapshot();
		assertThatThrownBy(() -> this.corrections.correct(
				new Correction(RecordType.GOAL, GOAL, CorrectableField.ASSESSMENT, "BRA", "Symbolen föll bort"),
				ENKOPING_EDITOR))
			.isInstanceOf(InvalidArgumentException.class)
			.hasMessageContaining("'value'")
			.hasMessageContaining("'BRA'")
			.hasMessageContaining("ASSESSMENT")
			.hasMessageContaining("GOOD");
		assertThat(snapshot()).isEqualTo(snapshot);
		Change change = this.corrections.correct(
				new Correction(RecordType.GOAL, GOAL, CorrectableField.ASSESSMENT, "POOR", "Symbolen föll bort"),
				ENKOPING_EDITOR);
		assertThat(change.field()).isEqualTo("ASSESSMENT");
		this.graphQl.document("query($g: ID!) { goal(id: $g) { assessment { normalized } corrected } }")
			.variable("g", GOAL)
			.execute()
			.path("goal")
			.matchesJson("{ \"assessment\": { \"normalized\": \"POOR\" }, \"corrected\": true }");
	}

	@Test
	void aFigureMustBeASwedishDecimal() {
		String snapshot = snapshot();
		String valueId = (String) firstValue().get("id");
		assertThatThrownBy(() -> this.corrections.correct(
				new Correction(RecordType.INDICATOR_VALUE, valueId, CorrectableField.VALUE, "12.3.4", "Fel"),
				ENKOPING_EDITOR))
			.isInstanceOf(InvalidArgumentException.class)
			.hasMessageContaining("'value'")
			.hasMessageContaining("'12.3.4'");
		assertThat(snapshot()).isEqualTo(snapshot);
	}

	@Test
	void aBlankReasonIsRefusedNamingReasonAndChangesNothing() {
		String snapshot = snapshot();
		assertThatThrownBy(() -> this.corrections
			.correct(new Correction(RecordType.GOAL, GOAL, CorrectableField.TITLE, "Ny rubrik", "  "), ENKOPING_EDITOR))
			.isInstanceOf(InvalidArgumentException.class)
			.hasMessageContaining("'reason'");
		assertThat(snapshot()).isEqualTo(snapshot);
	}

	@Test
	void aFieldTheRecordDoesNotHaveOrAnUnknownRecordIsRefused() {
		assertThatThrownBy(() -> this.corrections
			.correct(new Correction(RecordType.GOAL, GOAL, CorrectableField.UNIT, "%", "Fel enhet"), ENKOPING_EDITOR))
			.isInstanceOf(InvalidArgumentException.class)
			.hasMessageContaining("'field'");
		assertThatThrownBy(() -> this.corrections.correct(
				new Correction(RecordType.GOAL, GOAL + "-nope", CorrectableField.TITLE, "X", "Fel"), ENKOPING_EDITOR))
			.isInstanceOf(InvalidArgumentException.class)
			.hasMessageContaining("'recordId'");
	}

	@Test
	void whenTheActorMayNotActForTheMunicipalityNothingChanges() {
		String snapshot = snapshot();
		List<String> asked = new java.util.ArrayList<>();
		assertThatThrownBy(() -> this.corrections.correct(
				new Correction(RecordType.GOAL, GOAL, CorrectableField.TITLE, "Ny rubrik", "Fel rubrik"),
				(municipality) -> {
					asked.add(municipality);
					throw new IllegalStateException("not yours");
				}))
			.hasMessage("not yours");
		assertThat(asked).containsExactly("enkoping");
		assertThat(snapshot()).isEqualTo(snapshot);
	}

	@Test
	void aReplacementServesTheNewTextAndKeepsTheEarlierCorrectionsInTheTrail() throws IOException {
		this.corrections.correct(new Correction(RecordType.GOAL, GOAL, CorrectableField.TITLE, "Rättad rubrik",
				"Rubriken avstavades i utdraget"), ENKOPING_EDITOR);
		String replaced = new String(sample(), StandardCharsets.UTF_8).replace("Mål 18: Kransorternas",
				"Kransorternas");
		this.importer.importFile("ny.txt", replaced.getBytes(StandardCharsets.UTF_8),
				new Actor(Actor.EDITOR, "enkoping", 5L));
		HttpGraphQlTester.Response response = this.graphQl
			.document("query($r: ID!, $g: ID!) { goal(id: $g) { title corrected corrections { reason } } "
					+ "report(id: $r) { changes { kind reason fileName counts { entity count } } } }")
			.variable("r", REPORT)
			.variable("g", GOAL)
			.execute();
		response.path("goal.title").entity(String.class).isEqualTo("Ökat medarbetarengagemang");
		response.path("goal.corrected").entity(Boolean.class).isEqualTo(false);
		response.path("report.changes[*].kind")
			.entityList(String.class)
			.containsExactly("IMPORT", "CORRECTION", "REPLACEMENT");
		response.path("report.changes[1].reason").entity(String.class).isEqualTo("Rubriken avstavades i utdraget");
		response.path("report.changes[2].fileName").entity(String.class).isEqualTo("ny.txt");
		response.path("report.changes[2].counts").entityList(Object.class).hasSizeGreaterThan(3);
	}

	@Test
	void aCorrectedCellIsServedInItsUnitAndInKronorAndItsRowSaysSo() {
		HttpGraphQlTester.Response table = this.graphQl.document("""
				query($r: ID!) { report(id: $r) { financialStatements { id unitInKronor
				  rows { id values amountsInKronor printed corrected } } } }
				""").variable("r", REPORT).execute();
		String rowId = table.path("report.financialStatements[0].rows[0].id").entity(String.class).get();
		List<Object> printed = table.path("report.financialStatements[0].rows[0].printed")
			.entityList(Object.class)
			.get();
		this.corrections.correct(new Correction(RecordType.FINANCIAL_CELL, rowId + ".column-0", CorrectableField.VALUE,
				"-8,25", "Minustecknet föll bort"), ENKOPING_EDITOR);
		HttpGraphQlTester.Response after = this.graphQl.document("""
				query($r: ID!) { report(id: $r) { financialStatements { unitInKronor
				  rows { values amountsInKronor scales printed corrected corrections { recordId newValue } } } } }
				""").variable("r", REPORT).execute();
		String row = "report.financialStatements[0].rows[0]";
		after.path(row + ".values[0]")
			.entity(BigDecimal.class)
			.satisfies((value) -> assertThat(value).isEqualByComparingTo("-8.25"));
		after.path(row + ".scales[0]").entity(Integer.class).isEqualTo(2);
		after.path(row + ".printed").entityList(Object.class).isEqualTo(printed);
		after.path(row + ".corrected").entity(Boolean.class).isEqualTo(true);
		after.path(row + ".corrections[0].recordId").entity(String.class).isEqualTo(rowId + ".column-0");
		BigDecimal unit = after.path("report.financialStatements[0].unitInKronor").entity(BigDecimal.class).get();
		after.path(row + ".amountsInKronor[0]")
			.entity(BigDecimal.class)
			.satisfies((kronor) -> assertThat(kronor).isEqualByComparingTo(new BigDecimal("-8.25").multiply(unit)));
	}

	@Test
	void aResolvedWarningSaysHowAndCannotBeResolvedTwice() {
		String warningId = this.graphQl.document("query($r: ID!) { report(id: $r) { importWarnings { id } } }")
			.variable("r", REPORT)
			.execute()
			.path("report.importWarnings[0].id")
			.entity(String.class)
			.get();
		this.corrections.resolveWarning(warningId, "Statusen är rättad för hand", ENKOPING_EDITOR);
		this.graphQl.document("query($r: ID!) { report(id: $r) { importWarnings { id resolution { kind reason } } } }")
			.variable("r", REPORT)
			.execute()
			.path("report.importWarnings[0].resolution")
			.matchesJson("{ \"kind\": \"WARNING_RESOLVED\", \"reason\": \"Statusen är rättad för hand\" }");
		assertThatThrownBy(() -> this.corrections.resolveWarning(warningId, "Igen", ENKOPING_EDITOR))
			.isInstanceOf(InvalidArgumentException.class)
			.hasMessageContaining("'id'");
	}

	@Test
	void readingManyCorrectionsTakesAsManyStatementsAsReadingOne() {
		String query = """
				query($r: ID!) { report(id: $r) { goals { corrected corrections { reason actor { role municipality { name } } } }
				  indicators { corrected values { id corrected corrections { reason } } }
				  financialStatements { corrected rows { id corrected corrections { reason } } }
				  importWarnings { resolution { reason } } changes { kind actor { municipality { id } } } } }
				""";
		List<String> goals = this.graphQl.document(query)
			.variable("r", REPORT)
			.execute()
			.path("report.goals[*]")
			.entityList(Object.class)
			.get()
			.stream()
			.map(Object::toString)
			.toList();
		List<String> goalIds = this.jdbc.sql("SELECT id FROM goal WHERE report_id = :r ORDER BY sort_order")
			.param("r", REPORT)
			.query(String.class)
			.list();
		assertThat(goalIds).hasSameSizeAs(goals).hasSizeGreaterThan(10);
		this.corrections.correct(new Correction(RecordType.GOAL, goalIds.get(0), CorrectableField.TITLE, "Rättad",
				"Rubriken avstavades"), ENKOPING_EDITOR);
		int one = statementsOf(query);
		for (String goalId : goalIds.subList(1, 10)) {
			this.corrections.correct(
					new Correction(RecordType.GOAL, goalId, CorrectableField.TITLE, "Rättad", "Rubriken avstavades"),
					(municipality) -> new Actor(Actor.ADMINISTRATOR, "uppsala", 1L));
		}
		int ten = statementsOf(query);
		assertThat(this.graphQl.document(query)
			.variable("r", REPORT)
			.execute()
			.path("report.goals[*].corrected")
			.entityList(Boolean.class)
			.get()).filteredOn(Boolean::booleanValue).hasSize(10);
		assertThat(ten).as("statements for ten corrected goals (one: %d)", one).isEqualTo(one);
	}

	private int statementsOf(String query) {
		this.graphQl.document(query).variable("r", REPORT).execute();
		StatementCounter.reset();
		this.graphQl.document(query).variable("r", REPORT).execute();
		return StatementCounter.count();
	}

	private Map<String, Object> firstValue() {
		return this.graphQl
			.document("query($g: ID!) { goal(id: $g) { indicators { values { id value printed corrected } } } }")
			.variable("g", GOAL)
			.execute()
			.path("goal.indicators[0].values[0]")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private long searchHits(String words) {
		return this.graphQl.document("query($q: String!) { search(query: $q) { totalCount } }")
			.variable("q", words)
			.execute()
			.path("search.totalCount")
			.entity(Long.class)
			.get();
	}

	/** The data version, the trail and every value a correction could touch. */
	private String snapshot() {
		return this.jdbc.sql("SELECT version FROM data_version").query(Long.class).single() + "|"
				+ this.jdbc.sql("SELECT COUNT(*) FROM trail_change").query(Long.class).single() + "|"
				+ this.jdbc.sql("SELECT title || assessment_level FROM goal ORDER BY id").query(String.class).list()
				+ this.jdbc.sql("SELECT CAST(amount AS VARCHAR) FROM indicator_value ORDER BY id")
					.query(String.class)
					.list();
	}

	static byte[] sample() throws IOException {
		return new ClassPathResource("samples/" + ENKOPING).getContentAsByteArray();
	}

}
