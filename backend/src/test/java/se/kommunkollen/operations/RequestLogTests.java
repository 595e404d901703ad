package se.kommunkollen.operations;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request gets an id (the client's, when plain enough), returned in
 * {@code X-Request-Id}, in GraphQL errors and in the one log line of the request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:request-log", "kommunkollen.samples.import-on-empty=false",
				"kommunkollen.rate-limit.trusted-proxies=127.0.0.1,::1" })
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class RequestLogTests {

	private static final Pattern GENERATED = Pattern.compile("[0-9a-f]{24}");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void plainIncomingIdIsKeptReturnedAndLoggedWithTheRequest(CapturedOutput output) throws Exception {
		HttpResponse<String> response = post("{\"query\":\"{ municipalities { id } }\"}", "abc-123.X:9_z",
				"203.0.113.7");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("X-Request-Id")).hasValue("abc-123.X:9_z");
		awaitLine(output, "POST /graphql 200 \\d+ ms client=203\\.0\\.113\\.7 id=abc-123\\.X:9_z");
	}

	@Test
	void idThatIsNotPlainIsReplaced(CapturedOutput output) throws Exception {
		for (String unsafe : new String[] { "a b", "x\"y", "<script>", "a".repeat(65), "" }) {
			HttpResponse<String> response = post("{\"query\":\"{ municipalities { id } }\"}", unsafe, "203.0.113.8");
			String id = response.headers().firstValue("X-Request-Id").orElseThrow();
			assertThat(id).as(unsafe).matches(GENERATED);
			awaitLine(output, "POST /graphql 200 \\d+ ms client=203\\.0\\.113\\.8 id=" + id);
		}
	}

	@Test
	void everyRequestGetsAnIdStaticFilesToo(CapturedOutput output) throws Exception {
		HttpResponse<String> page = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/index.html")).build(),
				HttpResponse.BodyHandlers.ofString());
		String id = page.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(id).matches(GENERATED);
		awaitLine(output, "GET /index.html 200 \\d+ ms client=127\\.0\\.0\\.1 id=" + id);
	}

	@Test
	void graphQlErrorsCarryTheRequestId() throws Exception {
		HttpResponse<String> invalid = post("{\"query\":\"{ goals(first: 1000) { edges { node { id } } } }\"}", "err-1",
				"203.0.113.9");
		assertThat(invalid.body()).contains("\"code\":\"INVALID_ARGUMENT\"")
			.contains("\"classification\":\"BAD_REQUEST\"")
			.contains("\"requestId\":\"err-1\"");

		HttpResponse<String> unknownField = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql?query="
						+ URLEncoder.encode("{ nope }", StandardCharsets.UTF_8)))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		String id = unknownField.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(unknownField.body()).contains("ValidationError").contains("\"requestId\":\"" + id + "\"");
	}

	@Test
	void answersWithoutErrorsAreUnchanged() throws Exception {
		assertThat(post("{\"query\":\"{ municipalities { id } }\"}", "ok-1", "203.0.113.10").body())
			.doesNotContain("requestId");
	}

	private HttpResponse<String> post(String body, String requestId, String client)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", client)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (!requestId.isEmpty()) {
			request.header("X-Request-Id", requestId);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The line is written when the request is complete, which may be just after the
	 * answer.
	 */
	private static void awaitLine(CapturedOutput output, String line) throws InterruptedException {
		Pattern pattern = Pattern.compile(line + "(\\R|$)");
		for (int i = 0; i < 100 && !pattern.matcher(output.getOut()).find(); i++) {
			Thread.sleep(50);
		}
		assertThat(output.getOut()).containsPattern(pattern);
	}

}
