package se.kommunkollen.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import graphql.schema.DataFetcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

import se.kommunkollen.municipality.Municipality;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One client may have only so many requests answered at a time: one more is refused with
 * 429 at once, other clients are served, and the client's places come back when its
 * answers are complete.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunkollen.samples.import-on-empty=false", "spring.datasource.url=jdbc:h2:mem:in-flight",
				"kommunkollen.api.timeout=8s", "kommunkollen.rate-limit.enabled=true",
				"kommunkollen.rate-limit.max-in-flight=2", "kommunkollen.rate-limit.trusted-proxies=127.0.0.1,::1" })
@Import(InFlightLimitTests.BlockedCounty.class)
class InFlightLimitTests {

	private static final String SLOW = "{\"query\":\"{ municipalities(withReports: false) { county } }\"}";

	private static final String CHEAP = "{\"query\":\"{ municipality(id: \\\"haninge\\\") { id } }\"}";

	static final CountDownLatch release = new CountDownLatch(1);

	/** One permit per request that reached the blocked field. */
	static final Semaphore started = new Semaphore(0);

	@LocalServerPort
	int port;

	@AfterEach
	void release() {
		release.countDown();
	}

	@Test
	void aClientBeyondItsRequestsInFlightGets429WhileOthersAreServed() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		List<CompletableFuture<HttpResponse<String>>> slow = List.of(
				client.sendAsync(post(SLOW, "198.51.100.20"), HttpResponse.BodyHandlers.ofString()),
				client.sendAsync(post(SLOW, "198.51.100.20"), HttpResponse.BodyHandlers.ofString()));
		assertThat(started.tryAcquire(2, 10, TimeUnit.SECONDS)).as("both slow requests running").isTrue();

		HttpResponse<String> refused = client.send(post(CHEAP, "198.51.100.20"), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(refused.body()).contains("\"code\":\"TOO_MANY_REQUESTS_IN_FLIGHT\"").contains("at most 2");

		HttpResponse<String> other = client.send(post(CHEAP, "198.51.100.21"), HttpResponse.BodyHandlers.ofString());
		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(other.body()).contains("\"id\":\"haninge\"");

		release.countDown();
		for (CompletableFuture<HttpResponse<String>> response : slow) {
			assertThat(response.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		}
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> again = client.send(post(CHEAP, "198.51.100.20"),
					HttpResponse.BodyHandlers.ofString());
			assertThat(again.statusCode()).as("places given back").isEqualTo(200);
		}
	}

	private HttpRequest post(String body, String client) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", client)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	@TestConfiguration
	static class BlockedCounty {

		@Bean
		RuntimeWiringConfigurer blockedCounty() {
			DataFetcher<String> blocked = (environment) -> {
				if (environment.getExecutionStepInfo().getPath().toString().endsWith("[0]/county")) {
					started.release();
				}
				release.await(10, TimeUnit.SECONDS);
				return environment.<Municipality>getSource().county();
			};
			return (wiring) -> wiring.type("Municipality", (type) -> type.dataFetcher("county", blocked));
		}

	}

}
