package se.kommunkollen.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import se.kommunkollen.account.Accounts;
import se.kommunkollen.account.ApiTokens;
import se.kommunkollen.report.DataVersion;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upload, preview, publish and discard over real HTTP: every refusal leaves the database
 * as it was (reports, their records, drafts and the import history), and a published
 * draft is the public report exactly as an import of the file would make it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunkollen.samples.import-on-empty=false", "spring.datasource.url=jdbc:h2:mem:draft-http" })
class DraftHttpTests {

	static final String HANINGE = "001_49780e2962ff647b.txt";

	static final String ENKOPING = "002_034fdc850437dc3c.txt";

	static final String ESKILSTUNA = "003_706e2e96afce6266.txt";

	static final String ENKOPING_REPORT = "enkoping-ks-delarsrapport-2023-08";

	static final String PASSWORD = "correct horse battery";

	static final List<String> TABLES = List.of("report", "goal", "indicator_value", "financial_cell", "report_draft",
			"import_run");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	DataVersion dataVersion;

	String enkopingToken;

	String eskilstunaToken;

	@BeforeEach
	void editors() {
		// Deleted with a new data version, so that no answer cached for an earlier test
		// is
		// served.
		this.transaction.executeWithoutResult((status) -> {
			for (String table : List.of("report_draft", "report", "import_run", "api_token", "account")) {
				this.jdbc.sql("DELETE FROM " + table).update();
			}
			this.dataVersion.changed();
		});
		long enkoping = this.accounts.create("redaktor@enkoping.se", PASSWORD, "enkoping", false).id();
		long eskilstuna = this.accounts.create("redaktor@eskilstuna.se", PASSWORD, "eskilstuna", false).id();
		this.enkopingToken = this.tokens.create(enkoping, "test").token();
		this.eskilstunaToken = this.tokens.create(eskilstuna, "test").token();
	}

	@Test
	void uploadWithoutTokenIsRefused401AndChangesNothing() throws Exception {
		String before = snapshot();
		HttpResponse<String> response = new Uploader(this.port).upload(ENKOPING, ReportDraftsTests.sample(ENKOPING));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
		assertThat(code(response)).isEqualTo("UNAUTHENTICATED");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void uploadWithBadTokenIsRefused401AndChangesNothing() throws Exception {
		String before = snapshot();
		HttpResponse<String> response = new Uploader(this.port).bearer(this.enkopingToken + "x")
			.upload(ENKOPING, ReportDraftsTests.sample(ENKOPING));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void uploadThatReadsAsAnotherMunicipalityIsRefused403AndLeavesNoDraft() throws Exception {
		String before = snapshot();
		Uploader enkoping = new Uploader(this.port).bearer(this.enkopingToken);
		for (String other : List.of(HANINGE, ESKILSTUNA)) {
			HttpResponse<String> response = enkoping.upload(other, ReportDraftsTests.sample(other));
			assertThat(response.statusCode()).as(other + response.body()).isEqualTo(403);
			assertThat(code(response)).isEqualTo("WRONG_MUNICIPALITY");
			assertThat(message(response)).contains("enkoping");
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void sessionUploadWithoutCsrfHeaderIsRefused403AndWithItAccepted() throws Exception {
		Uploader browser = new Uploader(this.port).signIn("redaktor@enkoping.se", PASSWORD);
		String before = snapshot();
		HttpResponse<String> refused = browser.upload(ENKOPING, ReportDraftsTests.sample(ENKOPING));
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
		assertThat(code(refused)).startsWith("CSRF_TOKEN");
		assertThat(snapshot()).isEqualTo(before);
		HttpResponse<String> accepted = browser.csrfHeader().upload(ENKOPING, ReportDraftsTests.sample(ENKOPING));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
		assertThat(count("report_draft")).isEqualTo(1);
	}

	@Test
	void uploadOverTheUploadLimitIsRefused413BeforeItsBodyIsRead() throws Exception {
		String before = snapshot();
		long overLimit = 20L * 1024 * 1024 + 1;
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/reports HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + this.enkopingToken
					+ "\r\nContent-Type: multipart/form-data; boundary=" + Uploader.BOUNDARY + "\r\nContent-Length: "
					+ overLimit + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(Uploader.multipart("file", ENKOPING, ReportDraftsTests.sample(ENKOPING)));
			out.flush();
			String answer = readAnswer(socket.getInputStream());
			assertThat(answer).startsWith("HTTP/1.1 413").contains("REQUEST_TOO_LARGE").contains("20971520 bytes");
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void uploadLargerThanTheLimitOfOtherPathsIsAccepted() throws Exception {
		byte[] sample = ReportDraftsTests.sample(ENKOPING);
		// The sample is over the 32 KB other paths take; with 1 MB of blank lines it is
		// far over, and still well under the upload limit.
		byte[] padded = new byte[sample.length + 1024 * 1024];
		System.arraycopy(sample, 0, padded, 0, sample.length);
		java.util.Arrays.fill(padded, sample.length, padded.length, (byte) '\n');
		HttpResponse<String> response = new Uploader(this.port).bearer(this.enkopingToken).upload(ENKOPING, padded);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		assertThat(json(response).path("counts").path("lines").asInt()).isGreaterThan(1024 * 1024);
	}

	@Test
	void unreadableFilesAreRefused400NamingTheFileAndLineAndChangeNothing() throws Exception {
		String before = snapshot();
		Uploader enkoping = new Uploader(this.port).bearer(this.enkopingToken);
		HttpResponse<String> empty = enkoping.upload("tom.txt", new byte[0]);
		assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
		assertThat(message(empty)).isEqualTo("tom.txt: file is empty");
		HttpResponse<String> binary = enkoping.upload("bild.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 1 });
		assertThat(binary.statusCode()).as(binary.body()).isEqualTo(400);
		assertThat(message(binary)).isEqualTo("bild.png: not a text file");
		HttpResponse<String> malformed = enkoping.upload("C:\\rapporter\\fel.txt",
				new byte[] { 'a', '\n', 'b', '\n', (byte) 0xC3, 0x28 });
		assertThat(malformed.statusCode()).as(malformed.body()).isEqualTo(400);
		JsonNode error = json(malformed).path("errors").path(0);
		assertThat(error.path("message").asString()).startsWith("fel.txt:3: not valid UTF-8");
		assertThat(error.path("extensions").path("fileName").asString()).isEqualTo("fel.txt");
		assertThat(error.path("extensions").path("line").asInt()).isEqualTo(3);
		HttpResponse<String> unknown = enkoping.upload("brev.txt",
				"Hej!\nDet här är inget rapport.\n".getBytes(StandardCharsets.UTF_8));
		assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
		assertThat(message(unknown)).startsWith("brev.txt: unknown kind of report");
		HttpResponse<String> noFile = enkoping.post("/api/reports", "{}");
		assertThat(noFile.statusCode()).isIn(400, 415);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void uploadPreviewPublishMakesThePublicReportAndRecordsTheImport() throws Exception {
		Uploader enkoping = new Uploader(this.port).bearer(this.enkopingToken);
		HttpResponse<String> uploaded = enkoping.upload(ENKOPING, ReportDraftsTests.sample(ENKOPING));
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		JsonNode draft = json(uploaded);
		String id = draft.path("id").asString();
		assertThat(uploaded.headers().firstValue("Location")).hasValue("/api/reports/" + id);
		assertThat(draft.path("municipalityId").asString()).isEqualTo("enkoping");
		assertThat(draft.path("reportId").asString()).isEqualTo(ENKOPING_REPORT);
		assertThat(draft.path("kind").asString()).isEqualTo("INTERIM_REPORT");
		assertThat(draft.path("periodEnd").asString()).isEqualTo("2023-08-31");
		assertThat(draft.path("onPublish").asString()).isEqualTo("CREATE");
		assertThat(draft.path("counts").path("financialStatements").asInt()).isEqualTo(5);
		assertThat(draft.path("warnings").size()).isEqualTo(draft.path("counts").path("warnings").asInt());
		assertThat(publicReport(ENKOPING_REPORT).isNull()).isTrue();

		JsonNode preview = json(enkoping.get("/api/reports/" + id));
		assertThat(preview.path("goals").size()).isEqualTo(draft.path("counts").path("goals").asInt());
		JsonNode goal = preview.path("goals").path(0);
		assertThat(goal.path("source").path("start").asInt()).isPositive();
		assertThat(goal.path("source").path("text").path(0).asString()).isNotBlank();
		assertThat(json(enkoping.get("/api/reports?state=DRAFT")).findValuesAsString("id")).containsExactly(id);
		HttpResponse<String> otherEditor = new Uploader(this.port).bearer(this.eskilstunaToken)
			.get("/api/reports/" + id);
		assertThat(otherEditor.statusCode()).as(otherEditor.body()).isEqualTo(403);

		HttpResponse<String> published = enkoping.post("/api/reports/" + id + "/publish", null);
		assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
		assertThat(json(published).path("outcome").asString()).isEqualTo("CREATED");
		assertThat(json(published).path("draft").path("state").asString()).isEqualTo("PUBLISHED");
		JsonNode report = publicReport(ENKOPING_REPORT);
		assertThat(report.path("goals").size()).isEqualTo(draft.path("counts").path("goals").asInt());
		assertThat(report.path("importHistory").findValuesAsString("outcome")).containsExactly("CREATED");
		assertThat(report.path("importHistory").path(0).path("fileName").asString()).isEqualTo(ENKOPING);

		String before = snapshot();
		HttpResponse<String> again = enkoping.post("/api/reports/" + id + "/publish", null);
		assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
		assertThat(code(again)).isEqualTo("DRAFT_PUBLISHED");
		assertThat(enkoping.delete("/api/reports/" + id).statusCode()).isEqualTo(409);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aChangedCopyReplacesThePublicVersion() throws Exception {
		Uploader enkoping = new Uploader(this.port).bearer(this.enkopingToken);
		byte[] original = ReportDraftsTests.sample(ENKOPING);
		String first = json(enkoping.upload(ENKOPING, original)).path("id").asString();
		assertThat(enkoping.post("/api/reports/" + first + "/publish", null).statusCode()).isEqualTo(200);
		String text = new String(original, StandardCharsets.UTF_8);
		assertThat(text).contains("Sjukfrånvaro, KS\t4,6%");
		byte[] changed = text.replace("Sjukfrånvaro, KS\t4,6%", "Sjukfrånvaro, KS\t4,9%")
			.getBytes(StandardCharsets.UTF_8);

		JsonNode second = json(enkoping.upload("delarsrapport-rattad.txt", changed));
		assertThat(second.path("onPublish").asString()).isEqualTo("REPLACE");
		HttpResponse<String> published = enkoping.post("/api/reports/" + second.path("id").asString() + "/publish",
				null);
		assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
		assertThat(json(published).path("outcome").asString()).isEqualTo("REPLACED");

		JsonNode report = publicReport(ENKOPING_REPORT);
		assertThat(report.path("importHistory").findValuesAsString("outcome")).containsExactly("CREATED", "REPLACED");
		assertThat(report.path("indicators").findValuesAsString("printed")).contains("4,9%").doesNotContain("4,6%");
		assertThat(count("report")).isEqualTo(1);
	}

	@Test
	void aDiscardedDraftIsNeverPublished() throws Exception {
		Uploader enkoping = new Uploader(this.port).bearer(this.enkopingToken);
		String id = json(enkoping.upload(ENKOPING, ReportDraftsTests.sample(ENKOPING))).path("id").asString();
		HttpResponse<String> discarded = enkoping.delete("/api/reports/" + id);
		assertThat(discarded.statusCode()).as(discarded.body()).isEqualTo(200);
		assertThat(json(discarded).path("state").asString()).isEqualTo("DISCARDED");
		String before = snapshot();
		HttpResponse<String> publish = enkoping.post("/api/reports/" + id + "/publish", null);
		assertThat(publish.statusCode()).as(publish.body()).isEqualTo(409);
		assertThat(code(publish)).isEqualTo("DRAFT_DISCARDED");
		assertThat(enkoping.post("/api/reports/" + id + "/discard", null).statusCode()).isEqualTo(409);
		assertThat(snapshot()).isEqualTo(before);
		assertThat(json(enkoping.get("/api/reports?state=DRAFT")).size()).isZero();
		assertThat(enkoping.get("/api/reports/no-such-draft").statusCode()).isEqualTo(404);
	}

	@Test
	void draftsAreNotInThePublicApi() throws Exception {
		Uploader enkoping = new Uploader(this.port).bearer(this.enkopingToken);
		assertThat(enkoping.upload(ENKOPING, ReportDraftsTests.sample(ENKOPING)).statusCode()).isEqualTo(201);
		JsonNode types = graphQl("{ __schema { types { name } } }").path("__schema").path("types");
		assertThat(types.findValuesAsString("name")).noneMatch((name) -> name.toLowerCase().contains("draft"));
		assertThat(graphQl("{ municipalities { id } }").path("municipalities").size()).isZero();
		assertThat(publicReport(ENKOPING_REPORT).isNull()).isTrue();
	}

	private JsonNode publicReport(String id) throws Exception {
		return graphQl("{ report(id: \\\"" + id
				+ "\\\") { id goals { id } indicators { values { printed } } importHistory { outcome fileName } } }")
			.path("report");
	}

	private JsonNode graphQl(String query) throws Exception {
		HttpResponse<String> response = new Uploader(this.port).post("/graphql", "{\"query\":\"" + query + "\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode body = json(response);
		assertThat(body.path("errors").isMissingNode()).as(response.body()).isTrue();
		return body.path("data");
	}

	private String snapshot() {
		StringBuilder snapshot = new StringBuilder();
		for (String table : TABLES) {
			snapshot.append(table).append('=').append(count(table)).append('\n');
		}
		snapshot.append(
				this.jdbc.sql("SELECT id || ':' || state FROM report_draft ORDER BY id").query(String.class).list());
		return snapshot.toString();
	}

	private int count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private static String code(HttpResponse<String> response) {
		return json(response).path("errors").path(0).path("extensions").path("code").asString();
	}

	private static String message(HttpResponse<String> response) {
		return json(response).path("errors").path(0).path("message").asString();
	}

	private static String readAnswer(InputStream input) throws IOException {
		byte[] buffer = new byte[8192];
		StringBuilder answer = new StringBuilder();
		int read;
		while ((read = input.read(buffer)) != -1) {
			answer.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
			if (answer.indexOf("}]}") >= 0) {
				break;
			}
		}
		return answer.toString();
	}

}
