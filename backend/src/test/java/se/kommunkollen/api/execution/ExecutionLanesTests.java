package se.kommunkollen.api.execution;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import graphql.schema.DataFetcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

import se.kommunkollen.municipality.Municipality;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Heavy queries run in a lane of their own: with one thread for cheap queries and one for
 * heavy ones, a cheap query is answered at once while a heavy one holds its lane, and a
 * heavy query beyond the heavy lane and its queue is answered busy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunkollen.samples.import-on-empty=false",
				"spring.datasource.url=jdbc:h2:mem:execution-lanes", "kommunkollen.api.timeout=8s",
				"kommunkollen.api.execution-threads=1", "kommunkollen.api.execution-queue=5",
				"kommunkollen.api.heavy-cost=300", "kommunkollen.api.heavy-threads=1", "kommunkollen.api.heavy-queue=1",
				"kommunkollen.rate-limit.enabled=false" })
@Import(ExecutionLanesTests.BlockedCounty.class)
class ExecutionLanesTests {

	/** Costs 580: two lists of 290 municipalities; county waits for the test. */
	private static final String HEAVY = "{\"query\":\"{ a: municipalities(withReports: false) { id county }"
			+ " b: municipalities(withReports: false) { id } }\"}";

	private static final String CHEAP = "{\"query\":\"{ municipality(id: \\\"haninge\\\") { id name } }\"}";

	static final CountDownLatch release = new CountDownLatch(1);

	static final CountDownLatch started = new CountDownLatch(1);

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("heavyGraphQlExecutor")
	ThreadPoolExecutor heavyLane;

	@AfterEach
	void release() {
		release.countDown();
	}

	@Test
	void cheapQueriesAreAnsweredWhileHeavyOnesHoldTheirLane() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		CompletableFuture<HttpResponse<String>> first = client.sendAsync(post(HEAVY),
				HttpResponse.BodyHandlers.ofString());
		assertThat(started.await(10, TimeUnit.SECONDS)).as("first heavy query running").isTrue();
		CompletableFuture<HttpResponse<String>> second = client.sendAsync(post(HEAVY),
				HttpResponse.BodyHandlers.ofString());
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (this.heavyLane.getQueue().isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(this.heavyLane.getQueue()).as("second heavy query waiting").hasSize(1);

		String third = client.send(post(HEAVY), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(third).contains("\"code\":\"SERVER_BUSY\"");

		long start = System.nanoTime();
		HttpResponse<String> cheap = client.send(post(CHEAP), HttpResponse.BodyHandlers.ofString());
		Duration answeredAfter = Duration.ofNanos(System.nanoTime() - start);
		assertThat(cheap.body()).contains("\"id\":\"haninge\"").doesNotContain("errors");
		assertThat(answeredAfter).isLessThan(Duration.ofSeconds(3));
		assertThat(first).as("heavy query still held").isNotDone();

		release.countDown();
		for (CompletableFuture<HttpResponse<String>> heavy : java.util.List.of(first, second)) {
			assertThat(heavy.get(10, TimeUnit.SECONDS).body()).contains("\"b\":[").doesNotContain("errors");
		}
	}

	private HttpRequest post(String body) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	@TestConfiguration
	static class BlockedCounty {

		@Bean
		RuntimeWiringConfigurer blockedCounty() {
			DataFetcher<String> blocked = (environment) -> {
				started.countDown();
				release.await(10, TimeUnit.SECONDS);
				return environment.<Municipality>getSource().county();
			};
			return (wiring) -> wiring.type("Municipality", (type) -> type.dataFetcher("county", blocked));
		}

	}

}
