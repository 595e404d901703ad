package se.kommunkollen.api.http;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A document of about 1 KB whose fragments each spread the one before twice expands to
 * 2^25 fields: it is refused as too costly at once, by POST and by GET, instead of
 * keeping a worker of the execution pool busy long after the time limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"kommunkollen.samples.import-on-empty=false", "spring.datasource.url=jdbc:h2:mem:fragment-bomb" })
class FragmentBombHttpTests {

	@LocalServerPort
	int port;

	GraphQlHttpClient http;

	@BeforeEach
	void client() {
		this.http = new GraphQlHttpClient(this.port);
	}

	static String bomb(int levels) {
		List<String> fragments = new ArrayList<>();
		fragments.add("fragment F0 on Query { __typename municipalities(withReports: false) { id } }");
		for (int i = 1; i < levels; i++) {
			fragments.add("fragment F" + i + " on Query { a: __typename ...F" + (i - 1) + " b: __typename ...F"
					+ (i - 1) + " }");
		}
		return "{ ...F" + (levels - 1) + " } " + String.join(" ", fragments);
	}

	@Test
	void fragmentBombByPostIsRefusedAsTooCostlyAtOnce() {
		String body = "{\"query\":\"" + bomb(25) + "\"}";
		HttpResponse<String> response = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> this.http.post(body));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("QUERY_TOO_COSTLY").doesNotContain("\"data\"");
	}

	@Test
	void fragmentBombByGetIsRefusedAsTooCostlyAtOnce() {
		HttpResponse<String> response = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> this.http.get(bomb(25)));
		assertThat(response.body()).contains("QUERY_TOO_COSTLY");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void fragmentsSpreadAFewTimesStillRun() throws Exception {
		HttpResponse<String> response = this.http.post("{\"query\":\"" + bomb(4) + "\"}");
		assertThat(response.body()).contains("\"data\"").doesNotContain("errors");
	}

}
