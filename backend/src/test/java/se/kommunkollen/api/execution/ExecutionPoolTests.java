package se.kommunkollen.api.execution;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The execution pool is bounded: with one thread and one waiting place, a third slow
 * request at once is answered "busy" at once instead of holding a web server thread.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunkollen.samples.import-on-empty=false", "spring.datasource.url=jdbc:h2:mem:execution-pool",
				"kommunkollen.api.timeout=1s", "kommunkollen.api.execution-threads=1",
				"kommunkollen.api.execution-queue=1" })
@Import(ExecutionTimeLimitTests.SlowCounty.class)
class ExecutionPoolTests {

	@LocalServerPort
	int port;

	@Test
	void requestsBeyondThePoolAndItsQueueAreAnsweredBusy() {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest slow = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"query\":\"{ municipalities(withReports: false) { id county } }\"}"))
			.build();
		List<CompletableFuture<HttpResponse<String>>> responses = IntStream.range(0, 4)
			.mapToObj((i) -> client.sendAsync(slow, HttpResponse.BodyHandlers.ofString()))
			.toList();
		List<String> bodies = responses.stream().map((response) -> response.join().body()).toList();
		assertThat(bodies).anySatisfy((body) -> assertThat(body).contains("\"code\":\"SERVER_BUSY\""))
			.anySatisfy((body) -> assertThat(body).contains("\"code\":\"TIMEOUT\""))
			.allSatisfy((body) -> assertThat(body).doesNotContain("Exception"));
	}

}
