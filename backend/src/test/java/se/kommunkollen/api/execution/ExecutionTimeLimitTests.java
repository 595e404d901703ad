package se.kommunkollen.api.execution;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.schema.DataFetcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

import se.kommunkollen.municipality.Municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A legal but slow query (a test-only data fetcher that takes 100 ms per municipality, 29
 * s for all 290) is answered with an error at the time limit, and its execution stops: no
 * data fetcher starts after the limit, also when the client has left.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunkollen.samples.import-on-empty=false", "spring.datasource.url=jdbc:h2:mem:time-limit",
				"kommunkollen.api.timeout=1s" })
@Import(ExecutionTimeLimitTests.SlowCounty.class)
class ExecutionTimeLimitTests {

	private static final String SLOW_QUERY = "{\"query\":\"{ municipalities(withReports: false) { id county } }\"}";

	static final AtomicInteger calls = new AtomicInteger();

	static final AtomicInteger interrupts = new AtomicInteger();

	@LocalServerPort
	int port;

	@BeforeEach
	void warmUpAndResetCalls() throws Exception {
		// the first request of a JVM loads classes for a second or more on a busy machine
		HttpClient.newHttpClient()
			.send(request("{\"query\":\"{ municipality(id: \\\"haninge\\\") { county } }\"}").build(),
					HttpResponse.BodyHandlers.ofString());
		calls.set(0);
	}

	@Test
	void slowQueryIsAnsweredAtItsTimeLimitAndStopsFetching() throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request().build(), HttpResponse.BodyHandlers.ofString());
		Duration answeredAfter = Duration.ofNanos(System.nanoTime() - start);

		assertThat(answeredAfter).as("time to answer").isLessThan(Duration.ofMillis(2000));
		System.out.println("Slow query answered after " + answeredAfter.toMillis() + " ms");
		assertThat(response.body()).contains("\"code\":\"TIMEOUT\"")
			.contains("longer than its time limit of 1000 ms")
			.doesNotContain("Exception");
		int callsAtAnswer = calls.get();
		assertThat(callsAtAnswer).as("fetcher calls before the limit").isBetween(5, 12);
		Thread.sleep(1500);
		assertThat(calls.get()).as("fetcher calls after the answer (one may have been running)")
			.isLessThanOrEqualTo(callsAtAnswer + 1);
	}

	@Test
	void executionStopsWhenTheClientLeaves() throws Exception {
		HttpRequest leaving = request().timeout(Duration.ofMillis(300)).build();
		assertThatExceptionOfType(HttpTimeoutException.class)
			.isThrownBy(() -> HttpClient.newHttpClient().send(leaving, HttpResponse.BodyHandlers.ofString()));
		Thread.sleep(1500);
		int callsAfterLimit = calls.get();
		assertThat(callsAfterLimit).as("fetcher calls before the execution stopped").isLessThan(15);
		Thread.sleep(1000);
		assertThat(calls.get()).as("fetcher calls a second later").isEqualTo(callsAfterLimit);
		assertThat(interrupts.get()).as("threads interrupted (H2 closes its file on an interrupt)").isZero();
	}

	@Test
	void otherRequestsAreAnsweredWhileASlowOneRuns() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		var slow = client.sendAsync(request().build(), HttpResponse.BodyHandlers.ofString());
		Thread.sleep(200);
		HttpResponse<String> quick = client.send(
				request("{\"query\":\"{ municipality(id: \\\"haninge\\\") { name } }\"}").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(slow.isDone()).as("slow request answered before the quick one").isFalse();
		assertThat(quick.body()).contains("\"name\":\"Haninge\"");
		assertThat(slow.get().body()).contains("TIMEOUT");
	}

	private HttpRequest.Builder request() {
		return request(SLOW_QUERY);
	}

	private HttpRequest.Builder request(String body) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class SlowCounty {

		@Bean
		RuntimeWiringConfigurer slowCounty() {
			DataFetcher<String> slow = (environment) -> {
				calls.incrementAndGet();
				if (Thread.interrupted()) {
					interrupts.incrementAndGet();
				}
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					interrupts.incrementAndGet();
				}
				return environment.<Municipality>getSource().county();
			};
			return (wiring) -> wiring.type("Municipality", (type) -> type.dataFetcher("county", slow));
		}

	}

}
