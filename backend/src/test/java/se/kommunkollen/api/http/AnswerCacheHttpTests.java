package se.kommunkollen.api.http;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import se.kommunkollen.account.Accounts;
import se.kommunkollen.account.ApiTokens;
import se.kommunkollen.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request answered before at the same data version is answered from memory: the same
 * bytes and headers, one statement (the data version) instead of the query's. Requests
 * with credentials and answers with errors are never kept. (That a new data version is
 * served at once, also through another instance, is held by ReportCacheHttpTests.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:answer-cache;DB_CLOSE_DELAY=-1",
				"kommunkollen.rate-limit.enabled=false" })
@Import(StatementCounter.class)
class AnswerCacheHttpTests {

	static final String QUERY = "{ municipalities { id name reports { id title goals { title } } } }";

	static final String BODY = "{\"query\":\"" + QUERY.replace("\"", "\\\"") + "\"}";

	@LocalServerPort
	int port;

	@Autowired
	AnswerCache answers;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	GraphQlHttpClient http;

	@BeforeEach
	void client() {
		this.http = new GraphQlHttpClient(this.port);
	}

	@Test
	void aRepeatedPostIsAnsweredFromMemoryWithTheSameBytesAndHeaders() throws Exception {
		HttpResponse<String> first = this.http.post(BODY);
		long hits = hits();
		StatementCounter.reset();
		HttpResponse<String> again = this.http.post(BODY);
		assertThat(StatementCounter.count()).as("statements of the repeated request").isEqualTo(1);
		assertThat(hits()).isEqualTo(hits + 1);
		assertThat(again.statusCode()).isEqualTo(first.statusCode()).isEqualTo(200);
		assertThat(again.body()).isEqualTo(first.body()).contains("Enköping").contains("\"cost\"");
		assertSameHeaders(first, again, "Content-Type", "Content-Length", "Vary", "Cache-Control");
	}

	@Test
	void eachAcceptedMediaTypeGetsItsOwnContentType() throws Exception {
		for (String accept : List.of("application/graphql-response+json", "application/json", "*/*")) {
			HttpResponse<String> first = this.http.post(BODY, "Accept", accept);
			HttpResponse<String> again = this.http.post(BODY, "Accept", accept);
			String expected = accept.equals("*/*") ? "application/json" : accept;
			assertThat(first.headers().firstValue("Content-Type")).hasValue(expected);
			assertThat(again.headers().firstValue("Content-Type")).hasValue(expected);
			assertThat(again.body()).isEqualTo(first.body());
		}
	}

	@Test
	void aCrossOriginRequestKeepsItsCorsHeadersWhenAnsweredFromMemory() throws Exception {
		HttpResponse<String> first = this.http.post(BODY, "Origin", "https://kommun.example");
		HttpResponse<String> again = this.http.post(BODY, "Origin", "https://kommun.example");
		assertThat(again.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertSameHeaders(first, again, "Access-Control-Allow-Origin", "Vary", "Content-Type");
	}

	@Test
	void aRepeatedGetIsAnsweredFromMemoryWithItsEtag() throws Exception {
		HttpResponse<String> first = this.http.get(QUERY);
		StatementCounter.reset();
		HttpResponse<String> again = this.http.get(QUERY);
		assertThat(StatementCounter.count()).as("statements of the repeated GET").isEqualTo(1);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).isEqualTo(first.body());
		assertSameHeaders(first, again, "ETag", "Cache-Control", "Vary", "Content-Type");
		assertThat(again.headers().firstValue("ETag")).isPresent();
	}

	@Test
	void requestsWithCredentialsAreExecutedEveryTime() throws Exception {
		this.http.post(BODY);
		Accounts.AccountView editor = this.accounts.create("cache@enkoping.se", "ett långt och gott lösenord",
				"enkoping", false);
		String token = this.tokens.create(editor.id(), "test").token();
		for (String[] credentials : List.of(new String[] { "Cookie", "SESSION=abc" },
				new String[] { "Authorization", "Bearer " + token })) {
			long hitsBefore = hits();
			long missesBefore = this.answers.statistics().get("misses");
			HttpResponse<String> answer = this.http.post(BODY, credentials);
			assertThat(answer.body()).contains("Enköping");
			assertThat(hits()).as("answers from memory with %s", credentials[0]).isEqualTo(hitsBefore);
			assertThat(this.answers.statistics().get("misses")).as("not even looked up with %s", credentials[0])
				.isEqualTo(missesBefore);
		}
		HttpResponse<String> badToken = this.http.post(BODY, "Authorization", "Bearer nothing-to-see");
		assertThat(badToken.statusCode()).as("a bad token is refused, not answered from memory").isEqualTo(401);
	}

	@Test
	void answersWithErrorsAreNotKept() throws Exception {
		String failing = "{\"query\":\"{ goals(first: -1) { totalCount } }\"}";
		this.http.post(failing);
		long entries = this.answers.statistics().get("entries");
		HttpResponse<String> again = this.http.post(failing);
		assertThat(again.body()).contains("errors");
		assertThat(this.answers.statistics().get("entries")).isEqualTo(entries);
		assertThat(this.answers.statistics().get("hits")).isEqualTo(hits());
	}

	private long hits() {
		Map<String, Long> statistics = this.answers.statistics();
		return statistics.get("hits");
	}

	private static void assertSameHeaders(HttpResponse<String> first, HttpResponse<String> again, String... names) {
		for (String name : names) {
			assertThat(again.headers().allValues(name)).as(name).isEqualTo(first.headers().allValues(name));
		}
	}

}
