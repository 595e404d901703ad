package se.kommunkollen.trail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.kommunkollen.account.Accounts;
import se.kommunkollen.account.ApiTokens;
import se.kommunkollen.importer.ReportImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mutations over HTTP as an editor's script sends them: with a bearer token of the
 * record's municipality they change the served value; without credentials, with another
 * municipality's token or with a blank reason they are refused and nothing changes; over
 * GET they are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"kommunkollen.samples.import-on-empty=false", "spring.datasource.url=jdbc:h2:mem:correction-http" })
class CorrectionHttpTests {

	static final String REPORT = "enkoping-ks-delarsrapport-2023-08";

	static final String GOAL = REPORT + ".goal-mal-21";

	static final String CORRECT = """
			mutation($input: CorrectionInput!) { correct(input: $input) {
			  kind oldValue newValue printedValue reason actor { role municipality { id } } } }
			""";

	static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	ReportImporter importer;

	@Autowired
	JdbcClient jdbc;

	String enkopingToken;

	String eskilstunaToken;

	String administratorToken;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void editorsAndReport() throws IOException {
		this.jdbc.sql("DELETE FROM api_token").update();
		this.jdbc.sql("DELETE FROM account").update();
		this.jdbc.sql("DELETE FROM report").update();
		this.jdbc.sql("DELETE FROM trail_change").update();
		this.importer.importFile("002_034fdc850437dc3c.txt",
				new ClassPathResource("samples/002_034fdc850437dc3c.txt").getContentAsByteArray());
		String password = "ett långt och gott lösenord";
		this.enkopingToken = this.tokens
			.create(this.accounts.create("redaktor@enkoping.se", password, "enkoping", false).id(), "skript")
			.token();
		this.eskilstunaToken = this.tokens
			.create(this.accounts.create("redaktor@eskilstuna.se", password, "eskilstuna", false).id(), "skript")
			.token();
		this.administratorToken = this.tokens
			.create(this.accounts.create("admin@example.se", password, "uppsala", true).id(), "skript")
			.token();
	}

	@Test
	void anEditorOfTheMunicipalityCorrectsWithABearerToken() throws Exception {
		String before = currentAssessment();
		String value = "GOOD".equals(before) ? "POOR" : "GOOD";
		Map<String, Object> answer = post(correction(value, "Symbolen föll bort"), this.enkopingToken);
		assertThat(answer).doesNotContainKey("errors");
		assertThat(answer.toString()).contains("kind=CORRECTION", "oldValue=" + before, "newValue=" + value,
				"printedValue=" + before, "reason=Symbolen föll bort", "role=EDITOR", "id=enkoping");
		assertThat(currentAssessment()).isEqualTo(value);
		assertThat(this.jdbc.sql("SELECT account_id FROM trail_change WHERE kind = 'CORRECTION'")
			.query(Long.class)
			.single()).isPositive();
		assertThat(
				post(Map.of("query", "{ changes(first: 5) { edges { node { actor { role } } } } }"), null).toString())
			.doesNotContain("@");
	}

	@Test
	void anAdministratorMayCorrectForAnyMunicipality() throws Exception {
		String value = "GOOD".equals(currentAssessment()) ? "POOR" : "GOOD";
		assertThat(post(correction(value, "Rättat av förvaltningen"), this.administratorToken).toString())
			.contains("role=ADMINISTRATOR", "id=uppsala");
	}

	@Test
	void withoutCredentialsTheMutationIsUnauthorizedAndNothingChanges() throws Exception {
		String snapshot = snapshot();
		Map<String, Object> answer = post(correction("POOR", "Symbolen föll bort"), null);
		assertThat(classification(answer)).isEqualTo("UNAUTHORIZED");
		assertThat(snapshot()).isEqualTo(snapshot);
	}

	@Test
	void anEditorOfAnotherMunicipalityIsForbiddenAndNothingChanges() throws Exception {
		String snapshot = snapshot();
		Map<String, Object> answer = post(correction("POOR", "Symbolen föll bort"), this.eskilstunaToken);
		assertThat(classification(answer)).isEqualTo("FORBIDDEN");
		assertThat(snapshot()).isEqualTo(snapshot);
		Map<String, Object> resolve = post(
				Map.of("query", "mutation($id: ID!) { resolveImportWarning(id: $id, reason: \"Klart\") { id } }",
						"variables", Map.of("id", firstWarningId())),
				this.eskilstunaToken);
		assertThat(classification(resolve)).isEqualTo("FORBIDDEN");
		assertThat(snapshot()).isEqualTo(snapshot);
	}

	@Test
	void aBlankReasonOrABadValueIsABadRequestNamingTheArgument() throws Exception {
		String snapshot = snapshot();
		Map<String, Object> blank = post(correction("POOR", " "), this.enkopingToken);
		assertThat(classification(blank)).isEqualTo("BAD_REQUEST");
		assertThat(blank.toString()).contains("'reason'");
		Map<String, Object> bad = post(correction("BRA", "Symbolen föll bort"), this.enkopingToken);
		assertThat(classification(bad)).isEqualTo("BAD_REQUEST");
		assertThat(bad.toString()).contains("'value'", "'BRA'");
		assertThat(snapshot()).isEqualTo(snapshot);
	}

	@Test
	void aMutationIsCountedAgainstTheCostLimitBeforeItRuns() throws Exception {
		String snapshot = snapshot();
		Map<String, Object> answer = post(
				Map.of("query", """
						mutation($input: CorrectionInput!) { correct(input: $input) { municipality { reports { goals {
						  indicators { values { corrections { reason } } } } } } } }
						""", "variables",
						Map.of("input", Map.of("recordType", "GOAL", "recordId", GOAL, "field", "ASSESSMENT", "value",
								"GOOD".equals(currentAssessment()) ? "POOR" : "GOOD", "reason", "Symbolen föll bort"))),
				this.enkopingToken);
		assertThat(answer.toString()).contains("QUERY_TOO_COSTLY");
		assertThat(snapshot()).isEqualTo(snapshot);
	}

	@Test
	void aSignedInEditorCorrectsWithTheSessionAndItsCsrfHeaderOnly() throws Exception {
		java.net.CookieManager cookies = new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL);
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		String origin = "http://localhost:" + this.port;
		browser.send(HttpRequest.newBuilder(URI.create(origin + "/api/session")).build(),
				HttpResponse.BodyHandlers.ofString());
		java.util.function.Supplier<String> csrf = () -> cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElseThrow();
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(origin + "/api/login"))
			.header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", csrf.get())
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"email\":\"redaktor@enkoping.se\",\"password\":\"ett långt och gott lösenord\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		String value = "GOOD".equals(currentAssessment()) ? "POOR" : "GOOD";
		String body = json.writeValueAsString(correction(value, "Symbolen föll bort"));
		String snapshot = snapshot();
		HttpResponse<String> withoutHeader = browser.send(HttpRequest.newBuilder(URI.create(origin + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(withoutHeader.body()).contains("UNAUTHORIZED");
		assertThat(snapshot()).isEqualTo(snapshot);
		HttpResponse<String> withHeader = browser.send(HttpRequest.newBuilder(URI.create(origin + "/graphql"))
			.header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", csrf.get())
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(withHeader.body()).doesNotContain("errors").contains("\"newValue\":\"" + value + "\"");
		assertThat(currentAssessment()).isEqualTo(value);
	}

	@Test
	void aMutationOverGetIsRefused() throws Exception {
		String query = "mutation { resolveImportWarning(id: \"1\", reason: \"x\") { id } }";
		HttpResponse<String> response = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/graphql?query="
					+ java.net.URLEncoder.encode(query, StandardCharsets.UTF_8)))
			.header("Authorization", "Bearer " + this.enkopingToken)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(405);
	}

	@Test
	void aResolvedWarningIsServedWithItsReason() throws Exception {
		String id = firstWarningId();
		Map<String, Object> answer = post(Map.of("query",
				"mutation($id: ID!) { resolveImportWarning(id: $id, reason: \"Statusen rättad\") { kind reason } }",
				"variables", Map.of("id", id)), this.enkopingToken);
		assertThat(answer.toString()).contains("kind=WARNING_RESOLVED", "reason=Statusen rättad");
		assertThat(post(
				Map.of("query", "{ report(id: \"" + REPORT + "\") { importWarnings { id resolution { reason } } } }"),
				null)
			.toString()).contains("id=" + id + ", resolution={reason=Statusen rättad}");
	}

	private Map<String, Object> correction(String value, String reason) {
		return Map.of("query", CORRECT, "variables", Map.of("input", Map.of("recordType", "GOAL", "recordId", GOAL,
				"field", "ASSESSMENT", "value", value, "reason", reason)));
	}

	private String currentAssessment() {
		return this.jdbc.sql("SELECT assessment_level FROM goal WHERE id = :id")
			.param("id", GOAL)
			.query(String.class)
			.single();
	}

	private String firstWarningId() {
		return this.jdbc.sql("SELECT MIN(id) FROM import_warning").query(Long.class).single().toString();
	}

	private String snapshot() {
		return this.jdbc.sql("SELECT version FROM data_version").query(Long.class).single() + "|"
				+ this.jdbc.sql("SELECT COUNT(*) FROM trail_change").query(Long.class).single() + "|"
				+ this.jdbc.sql("SELECT assessment_level FROM goal ORDER BY id").query(String.class).list();
	}

	@SuppressWarnings("unchecked")
	private static String classification(Map<String, Object> answer) {
		java.util.List<Map<String, Object>> errors = (java.util.List<Map<String, Object>>) answer.get("errors");
		assertThat(errors).as(answer.toString()).isNotEmpty();
		return (String) ((Map<String, Object>) errors.get(0).get("extensions")).get("classification");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> post(Map<String, Object> body, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readValue(response.body(), Map.class);
	}

}
