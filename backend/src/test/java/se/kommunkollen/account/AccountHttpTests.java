package se.kommunkollen.account;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts, sign-in and tokens over real HTTP: every refusal leaves the accounts and
 * tokens as they were, and public reads stay anonymous and cookie-free.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"kommunkollen.samples.import-on-empty=false", "spring.datasource.url=jdbc:h2:mem:accounts-http" })
class AccountHttpTests {

	static final String PASSWORD = "correct horse battery";

	static final String QUERY = "{\"query\":\"{ municipalities(withReports: false, search: \\\"Enk\\\") { id } }\"}";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	long administratorId;

	long editorId;

	@BeforeEach
	void accounts() {
		this.jdbc.sql("DELETE FROM api_token").update();
		this.jdbc.sql("DELETE FROM account").update();
		this.administratorId = this.accounts.create("admin@example.se", PASSWORD, "enkoping", true).id();
		this.editorId = this.accounts.create("Redaktor@Enkoping.se", PASSWORD, "enkoping", false).id();
	}

	@Test
	void publicReadsAreAnonymousAndSetNoCookie() throws Exception {
		Browser browser = new Browser(this.port);
		List<HttpResponse<String>> reads = List.of(browser.post("/graphql", QUERY),
				browser.get("/graphql?query=%7Bmunicipalities%7Bid%7D%7D"), browser.get("/index.html"),
				browser.get("/"), browser.get("/redaktor/logga-in.html"));
		for (HttpResponse<String> read : reads) {
			assertThat(read.statusCode()).as(read.uri().toString()).isIn(200, 404);
			assertThat(read.headers().allValues("Set-Cookie")).as(read.uri().toString()).isEmpty();
		}
		assertThat(reads.get(0).body()).contains("enkoping");
	}

	@Test
	void signedInBrowserReadsThePublicApiWithoutACsrfHeader() throws Exception {
		Browser browser = signedIn("redaktor@enkoping.se");
		HttpResponse<String> read = browser.post("/graphql", QUERY);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains("enkoping");
		assertThat(read.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void graphQlFromASessionWithItsCsrfHeaderIsCheckedForIt() throws Exception {
		Browser browser = signedIn("redaktor@enkoping.se");
		HttpResponse<String> forged = browser.post("/graphql", QUERY, "X-XSRF-TOKEN", "forged");
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("CSRF_TOKEN_INVALID");
		HttpResponse<String> echoed = browser.postWithCsrf("/graphql", QUERY);
		assertThat(echoed.statusCode()).isEqualTo(200);
		assertThat(echoed.body()).contains("enkoping");
	}

	@Test
	void validTokenReadsGraphQl() throws Exception {
		String token = this.tokens.create(this.editorId, "script").token();
		Browser browser = new Browser(this.port);
		HttpResponse<String> post = browser.post("/graphql", QUERY, "Authorization", "Bearer " + token);
		assertThat(post.statusCode()).isEqualTo(200);
		assertThat(post.body()).contains("enkoping");
		HttpResponse<String> get = browser.get("/graphql?query=%7Bmunicipalities%7Bid%7D%7D", "Authorization",
				"Bearer " + token);
		assertThat(get.statusCode()).isEqualTo(200);
		assertThat(get.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void apiWithoutCredentialsIs401() throws Exception {
		String before = snapshot();
		Browser browser = new Browser(this.port);
		HttpResponse<String> tokens = browser.get("/api/tokens");
		assertThat(tokens.statusCode()).isEqualTo(401);
		assertThat(tokens.body()).contains("\"code\":\"UNAUTHENTICATED\"").contains("Authorization: Bearer");
		assertThat(browser.post("/api/accounts", "{}", "Authorization", "Bearer nothing").statusCode()).isEqualTo(401);
		assertThat(tokens.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("kk_session"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void unknownTokenIs401EvenOnPublicReads() throws Exception {
		String before = snapshot();
		Browser browser = new Browser(this.port);
		for (HttpResponse<String> refused : List.of(
				browser.post("/graphql", QUERY, "Authorization", "Bearer kk_unknown"),
				browser.get("/graphql?query=%7Bmunicipalities%7Bid%7D%7D", "Authorization", "Bearer kk_unknown"),
				browser.get("/api/session", "Authorization", "Bearer kk_unknown"))) {
			assertThat(refused.statusCode()).isEqualTo(401);
			assertThat(refused.body()).contains("\"code\":\"INVALID_TOKEN\"");
			assertThat(refused.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		}
		assertThat(browser.get("/api/session", "Authorization", "Basic YWRtaW46YWRtaW4=").body())
			.contains("UNSUPPORTED_AUTHORIZATION");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void tokenActsForItsAccountWithoutCsrfUntilRevoked() throws Exception {
		String token = this.tokens.create(this.editorId, "script").token();
		Browser browser = new Browser(this.port);
		HttpResponse<String> session = browser.get("/api/session", "Authorization", "Bearer " + token);
		assertThat(session.statusCode()).isEqualTo(200);
		assertThat(session.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(session.body()).contains("\"email\":\"redaktor@enkoping.se\"")
			.contains("\"municipalityId\":\"enkoping\"")
			.contains("\"role\":\"EDITOR\"");
		HttpResponse<String> created = browser.post("/api/tokens", "{\"name\":\"second\"}", "Authorization",
				"Bearer " + token);
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(count("api_token")).isEqualTo(2);
		long firstId = this.jdbc.sql("SELECT MIN(id) FROM api_token").query(Long.class).single();
		HttpResponse<String> revoke = browser.post("/api/tokens/" + firstId + "/revoke", null, "Authorization",
				"Bearer " + token);
		assertThat(revoke.statusCode()).isEqualTo(200);
		String before = snapshot();
		HttpResponse<String> revoked = browser.get("/api/tokens", "Authorization", "Bearer " + token);
		assertThat(revoked.statusCode()).isEqualTo(401);
		assertThat(revoked.body()).contains("INVALID_TOKEN");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void disabledAccountsTokensAre401() throws Exception {
		String token = this.tokens.create(this.editorId, "script").token();
		this.accounts.setEnabled(this.editorId, false);
		assertThat(new Browser(this.port).get("/api/session", "Authorization", "Bearer " + token).statusCode())
			.isEqualTo(401);
	}

	@Test
	void editorOnAdministratorEndpointsIs403() throws Exception {
		String token = this.tokens.create(this.editorId, "script").token();
		Browser browser = new Browser(this.port);
		String before = snapshot();
		HttpResponse<String> list = browser.get("/api/accounts", "Authorization", "Bearer " + token);
		assertThat(list.statusCode()).isEqualTo(403);
		assertThat(list.body()).contains("\"code\":\"FORBIDDEN\"").contains("Only administrators manage accounts.");
		HttpResponse<String> create = browser.post("/api/accounts",
				"{\"email\":\"new@enkoping.se\",\"password\":\"" + PASSWORD + "\",\"municipalityId\":\"enkoping\"}",
				"Authorization", "Bearer " + token);
		assertThat(create.statusCode()).isEqualTo(403);
		assertThat(browser
			.post("/api/accounts/" + this.administratorId + "/disable", null, "Authorization", "Bearer " + token)
			.statusCode()).isEqualTo(403);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void signInSetsAnHttpOnlyLaxSessionCookieAndSignOutEndsIt() throws Exception {
		Browser browser = new Browser(this.port);
		assertThat(browser.get("/api/session").statusCode()).isEqualTo(401);
		assertThat(browser.cookie("XSRF-TOKEN")).isNotBlank();
		HttpResponse<String> login = browser.postWithCsrf("/api/login",
				"{\"email\":\"Redaktor@enkoping.se\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("\"role\":\"EDITOR\"");
		String sessionCookie = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("kk_session="))
			.findFirst()
			.orElseThrow();
		assertThat(sessionCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
		HttpResponse<String> session = browser.get("/api/session");
		assertThat(session.statusCode()).isEqualTo(200);
		assertThat(session.body()).contains("\"email\":\"redaktor@enkoping.se\"")
			.contains("\"authenticatedBy\":\"PASSWORD\"");
		assertThat(browser.postWithCsrf("/api/logout", null).statusCode()).isEqualTo(200);
		assertThat(browser.get("/api/session").statusCode()).isEqualTo(401);
	}

	@Test
	void sessionRequestThatChangesSomethingWithoutCsrfHeaderIs403() throws Exception {
		Browser browser = signedIn("admin@example.se");
		String before = snapshot();
		HttpResponse<String> missing = browser.post("/api/tokens", "{\"name\":\"x\"}");
		assertThat(missing.statusCode()).isEqualTo(403);
		assertThat(missing.body()).contains("CSRF_TOKEN_MISSING").contains("X-XSRF-TOKEN");
		HttpResponse<String> wrong = browser.post("/api/accounts",
				"{\"email\":\"new@enkoping.se\",\"password\":\"" + PASSWORD + "\",\"municipalityId\":\"enkoping\"}",
				"X-XSRF-TOKEN", "forged");
		assertThat(wrong.statusCode()).isEqualTo(403);
		assertThat(wrong.body()).contains("CSRF_TOKEN_INVALID");
		assertThat(browser.post("/api/logout", null).statusCode()).isEqualTo(403);
		assertThat(browser.get("/api/session").statusCode()).isEqualTo(200);
		assertThat(snapshot()).isEqualTo(before);
		assertThat(browser.postWithCsrf("/api/tokens", "{\"name\":\"x\"}").statusCode()).isEqualTo(201);
	}

	@Test
	void signInWithoutCsrfHeaderIs403() throws Exception {
		Browser browser = new Browser(this.port);
		browser.get("/api/session");
		HttpResponse<String> login = browser.post("/api/login",
				"{\"email\":\"admin@example.se\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(login.statusCode()).isEqualTo(403);
		assertThat(login.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("kk_session"));
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
		Browser browser = new Browser(this.port);
		browser.get("/api/session");
		HttpResponse<String> unknown = browser.postWithCsrf("/api/login",
				"{\"email\":\"nobody@enkoping.se\",\"password\":\"" + PASSWORD + "\"}");
		for (int attempt = 0; attempt < 5; attempt++) {
			HttpResponse<String> wrong = browser.postWithCsrf("/api/login",
					"{\"email\":\"redaktor@enkoping.se\",\"password\":\"wrong password " + attempt + "\"}");
			assertThat(wrong.statusCode()).isEqualTo(401);
			assertThat(wrong.body()).isEqualTo(unknown.body());
		}
		HttpResponse<String> locked = browser.postWithCsrf("/api/login",
				"{\"email\":\"redaktor@enkoping.se\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(locked.statusCode()).isEqualTo(401);
		assertThat(locked.body()).isEqualTo(unknown.body()).contains("SIGN_IN_FAILED");
		assertThat(locked.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("kk_session"));
		assertThat(browser.get("/api/session").statusCode()).isEqualTo(401);
		assertThat(this.jdbc.sql("SELECT locked_until FROM account WHERE id = ?")
			.param(this.editorId)
			.query(java.time.OffsetDateTime.class)
			.single()).isAfter(java.time.OffsetDateTime.now().plusMinutes(14));
	}

	@Test
	void lockEndsAfterItsTimeOrWhenAnAdministratorLiftsIt() throws Exception {
		Browser browser = new Browser(this.port);
		browser.get("/api/session");
		for (int attempt = 0; attempt < 5; attempt++) {
			browser.postWithCsrf("/api/login", "{\"email\":\"redaktor@enkoping.se\",\"password\":\"wrong\"}");
		}
		String rightPassword = "{\"email\":\"redaktor@enkoping.se\",\"password\":\"" + PASSWORD + "\"}";
		assertThat(browser.postWithCsrf("/api/login", rightPassword).statusCode()).isEqualTo(401);
		Browser administrator = signedIn("admin@example.se");
		HttpResponse<String> unlocked = administrator.postWithCsrf("/api/accounts/" + this.editorId + "/unlock", null);
		assertThat(unlocked.statusCode()).isEqualTo(200);
		assertThat(unlocked.body()).contains("\"lockedUntil\":null");
		assertThat(browser.postWithCsrf("/api/login", rightPassword).statusCode()).isEqualTo(200);
	}

	@Test
	void administratorCreatesDisablesAndListsAccounts() throws Exception {
		Browser administrator = signedIn("admin@example.se");
		HttpResponse<String> created = administrator.postWithCsrf("/api/accounts",
				"{\"email\":\"ny@eskilstuna.se\",\"password\":\"" + PASSWORD + "\",\"municipalityId\":\"eskilstuna\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("\"municipalityId\":\"eskilstuna\"")
			.contains("\"role\":\"EDITOR\"")
			.doesNotContain("password");
		String before = snapshot();
		HttpResponse<String> duplicate = administrator.postWithCsrf("/api/accounts",
				"{\"email\":\"NY@eskilstuna.se\",\"password\":\"" + PASSWORD + "\",\"municipalityId\":\"eskilstuna\"}");
		assertThat(duplicate.statusCode()).isEqualTo(409);
		HttpResponse<String> shortPassword = administrator.postWithCsrf("/api/accounts",
				"{\"email\":\"kort@eskilstuna.se\",\"password\":\"short\",\"municipalityId\":\"eskilstuna\"}");
		assertThat(shortPassword.statusCode()).isEqualTo(400);
		assertThat(shortPassword.body()).contains("at least 12 characters");
		HttpResponse<String> unknownMunicipality = administrator.postWithCsrf("/api/accounts",
				"{\"email\":\"x@atlantis.se\",\"password\":\"" + PASSWORD + "\",\"municipalityId\":\"atlantis\"}");
		assertThat(unknownMunicipality.statusCode()).isEqualTo(400);
		assertThat(unknownMunicipality.body()).contains("atlantis");
		HttpResponse<String> disableSelf = administrator
			.postWithCsrf("/api/accounts/" + this.administratorId + "/disable", null);
		assertThat(disableSelf.statusCode()).isEqualTo(400);
		assertThat(disableSelf.body()).contains("cannot disable their own account");
		assertThat(snapshot()).isEqualTo(before);

		Browser editor = signedIn("redaktor@enkoping.se");
		assertThat(administrator.postWithCsrf("/api/accounts/" + this.editorId + "/disable", null).statusCode())
			.isEqualTo(200);
		HttpResponse<String> ended = editor.get("/api/session");
		assertThat(ended.statusCode()).isEqualTo(401);
		assertThat(ended.body()).contains("ACCOUNT_DISABLED");
		assertThat(administrator.get("/api/accounts").body()).contains("\"email\":\"ny@eskilstuna.se\"")
			.contains("\"enabled\":false");
	}

	private Browser signedIn(String email) throws Exception {
		Browser browser = new Browser(this.port);
		browser.get("/api/session");
		HttpResponse<String> login = browser.postWithCsrf("/api/login",
				"{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		return browser;
	}

	private int count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
	}

	/** Accounts and tokens as text, to compare before and after a refusal. */
	String snapshot() {
		return this.jdbc
			.sql("SELECT id, email, password_hash, municipality_id, administrator, enabled, failed_attempts, "
					+ "locked_until FROM account ORDER BY id")
			.query()
			.listOfRows()
				+ "\n"
				+ this.jdbc.sql("SELECT id, account_id, name, token_hash, revoked_at FROM api_token ORDER BY id")
					.query()
					.listOfRows();
	}

}
