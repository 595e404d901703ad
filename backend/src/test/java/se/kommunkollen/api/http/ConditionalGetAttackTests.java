package se.kommunkollen.api.http;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import se.kommunkollen.api.FixtureLoader;
import se.kommunkollen.importer.ReportWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kommunkollen.api.http.GraphQlHttpClient.params;
import static se.kommunkollen.api.http.GraphQlHttpClient.persisted;

/**
 * Conditional GETs an attacker can send: a 304 is given only for an ETag the server
 * handed out, never for a wildcard, so no invalid query or unknown hash is answered with
 * a publicly cacheable 304.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"kommunkollen.samples.import-on-empty=false", "spring.datasource.url=jdbc:h2:mem:conditional-get-attack" })
class ConditionalGetAttackTests {

	@Autowired
	ReportWriter writer;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	GraphQlHttpClient http;

	@BeforeEach
	void loadFixtures() {
		new FixtureLoader(this.writer, this.transaction, this.jdbc).load(1);
		this.http = new GraphQlHttpClient(this.port);
	}

	@Test
	void wildcardIfNoneMatchOnAnInvalidQueryIsAnsweredWithTheUncachedError() throws Exception {
		HttpResponse<String> response = this.http.get("{ nope }", "If-None-Match", "*");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("ValidationError");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(response.headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void wildcardIfNoneMatchOnAnUnknownPersistedHashAnswersNotFound() throws Exception {
		HttpResponse<String> response = this.http.get(params("extensions", persisted("0".repeat(64))), "If-None-Match",
				"*");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains(PersistedQueryInterceptor.NOT_FOUND);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void wildcardIfNoneMatchOnAValidQueryExecutesIt() throws Exception {
		HttpResponse<String> response = this.http.get("{ municipalities { id } }", "If-None-Match", "*");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("enkoping");
	}

}
