package se.kommunkollen.account;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code user} and {@code token} commands, run on the database of a running server
 * (one in-memory H2 database shared within the JVM): refusals change nothing, a token
 * printed by the command works as a bearer token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"kommunkollen.samples.import-on-empty=false", "spring.datasource.url=" + AccountCommandsTests.DATABASE })
class AccountCommandsTests {

	static final String DATABASE = "jdbc:h2:mem:account-commands;DB_CLOSE_DELAY=-1";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	String out;

	String err;

	@BeforeEach
	void noAccounts() {
		this.jdbc.sql("DELETE FROM api_token").update();
		this.jdbc.sql("DELETE FROM account").update();
	}

	@Test
	void userAddReadsThePasswordFromStandardInputAndTheAccountSignsIn() throws Exception {
		assertThat(run("correct horse battery\n", "user", "add", "Redaktor@Enkoping.se", "--municipality", "enkoping"))
			.isZero();
		assertThat(this.out).contains("Created account").contains("redaktor@enkoping.se, editor for enkoping");
		assertThat(
				run("another long password\n", "user", "add", "admin@example.se", "--municipality=enkoping", "--admin"))
			.isZero();
		assertThat(run("", "user", "list")).isZero();
		assertThat(this.out).contains("admin@example.se\tenkoping\tADMINISTRATOR\tenabled")
			.contains("redaktor@enkoping.se\tenkoping\tEDITOR\tenabled")
			.contains("2 account(s)");
		Browser browser = new Browser(this.port);
		browser.get("/api/session");
		assertThat(browser
			.postWithCsrf("/api/login", "{\"email\":\"redaktor@enkoping.se\",\"password\":\"correct horse battery\"}")
			.statusCode()).isEqualTo(200);
	}

	@Test
	void userAddRefusesShortPasswordsUnknownMunicipalitiesAndDuplicates() {
		run("correct horse battery\n", "user", "add", "redaktor@enkoping.se", "--municipality", "enkoping");
		String before = accounts();
		assertThat(run("too short\n", "user", "add", "ny@enkoping.se", "--municipality", "enkoping")).isEqualTo(1);
		assertThat(this.err).contains("at least 12 characters");
		assertThat(run("correct horse battery\n", "user", "add", "ny@atlantis.se", "--municipality", "atlantis"))
			.isEqualTo(1);
		assertThat(this.err).contains("no municipality with the id 'atlantis'");
		assertThat(run("correct horse battery\n", "user", "add", "REDAKTOR@enkoping.se", "--municipality", "enkoping"))
			.isEqualTo(1);
		assertThat(this.err).contains("An account for redaktor@enkoping.se already exists.");
		assertThat(run("", "user", "add", "ny@enkoping.se", "--municipality", "enkoping")).isEqualTo(1);
		assertThat(this.err).contains("No password on standard input");
		assertThat(run("correct horse battery\n", "user", "add", "ny@enkoping.se")).isEqualTo(2);
		assertThat(this.err).contains("usage:");
		assertThat(accounts()).isEqualTo(before);
	}

	@Test
	void tokenCreatePrintsTheTokenLastAndItWorksUntilRevoked() throws Exception {
		run("correct horse battery\n", "user", "add", "redaktor@enkoping.se", "--municipality", "enkoping");
		assertThat(run("", "token", "create", "redaktor@enkoping.se", "--name", "deploy script")).isZero();
		List<String> lines = this.out.lines().toList();
		String token = lines.get(lines.size() - 1);
		assertThat(token).startsWith("kk_").hasSize(46);
		assertThat(this.out).contains("\"deploy script\"");
		assertThat(this.jdbc.sql("SELECT token_hash FROM api_token").query(String.class).single())
			.isEqualTo(ApiTokens.hash(token))
			.doesNotContain(token.substring(3));

		Browser browser = new Browser(this.port);
		HttpResponse<String> session = browser.get("/api/session", "Authorization", "Bearer " + token);
		assertThat(session.statusCode()).isEqualTo(200);
		assertThat(session.body()).contains("redaktor@enkoping.se");

		assertThat(run("", "token", "list", "redaktor@enkoping.se")).isZero();
		assertThat(this.out).contains("deploy script").contains("1 token(s)").doesNotContain(token);
		long id = this.jdbc.sql("SELECT id FROM api_token").query(Long.class).single();
		assertThat(run("", "token", "revoke", String.valueOf(id))).isZero();
		assertThat(browser.get("/api/session", "Authorization", "Bearer " + token).statusCode()).isEqualTo(401);
		assertThat(run("", "token", "revoke", "999999")).isEqualTo(1);
		assertThat(run("", "token", "create", "nobody@enkoping.se")).isEqualTo(1);
		assertThat(this.err).contains("There is no account for nobody@enkoping.se.");
	}

	private int run(String input, String command, String... arguments) {
		List<String> all = new ArrayList<>(List.of(arguments));
		all.add("--spring.datasource.url=" + DATABASE);
		// The command's own settings, not this test's (no second server, no actuator).
		all.add("--management.server.port=-1");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = AccountCommands.run(command, all, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		this.out = out.toString(StandardCharsets.UTF_8);
		this.err = err.toString(StandardCharsets.UTF_8);
		return exit;
	}

	private String accounts() {
		return this.jdbc.sql("SELECT * FROM account ORDER BY id").query().listOfRows().toString();
	}

}
