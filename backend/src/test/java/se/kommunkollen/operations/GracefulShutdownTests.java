package se.kommunkollen.operations;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.server.WebGraphQlInterceptor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing the application (what SIGTERM does) first reports readiness
 * {@code OUT_OF_SERVICE}, then refuses new connections on the public port while a request
 * in flight finishes with its answer.
 */
class GracefulShutdownTests {

	/** How long the held request takes: long enough to look at the server meanwhile. */
	static final Duration HOLD = Duration.ofSeconds(6);

	static final CountDownLatch arrived = new CountDownLatch(1);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private int port;

	private int managementPort;

	private ConfigurableApplicationContext context;

	@BeforeEach
	void start() {
		this.context = Applications.start(WebApplicationType.SERVLET, List.of(HeldRequests.class), "--server.port=0",
				"--management.server.port=0", "--spring.datasource.url=jdbc:h2:mem:graceful;DB_CLOSE_DELAY=-1",
				"--kommunkollen.samples.import-on-empty=false", "--spring.lifecycle.timeout-per-shutdown-phase=20s");
		this.port = this.context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		this.managementPort = this.context.getEnvironment().getRequiredProperty("local.management.port", Integer.class);
	}

	@AfterEach
	void close() {
		this.context.close();
	}

	@Test
	void inFlightRequestFinishesWhileNewConnectionsAreRefusedAndReadinessIsOutOfService() throws Exception {
		assertThat(readiness().statusCode()).isEqualTo(200);
		CompletableFuture<HttpResponse<String>> held = this.http.sendAsync(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("X-Test-Hold", "true")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ municipality(id: \\\"haninge\\\") { name } }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(arrived.await(30, TimeUnit.SECONDS)).isTrue();
		long closeStarted = System.nanoTime();
		CompletableFuture<Void> closing = CompletableFuture.runAsync(this.context::close);

		HttpResponse<String> duringShutdown = awaitReadiness(503);
		assertThat(duringShutdown.body()).contains("OUT_OF_SERVICE");
		assertThat(awaitRefused(this.port)).as("a new connection to the public port is refused").isTrue();
		assertThat(held).isNotDone();

		HttpResponse<String> answer = held.get(30, TimeUnit.SECONDS);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("\"name\":\"Haninge\"").doesNotContain("errors");
		closing.get(30, TimeUnit.SECONDS);
		// close waited for the request: it cannot have finished before the hold was over
		assertThat(System.nanoTime() - closeStarted).isGreaterThan(HOLD.toNanos() / 2);
		assertThat(this.context.isActive()).isFalse();
	}

	private HttpResponse<String> readiness() throws IOException, InterruptedException {
		return this.http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + "/actuator/health/readiness"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> awaitReadiness(int status) throws Exception {
		long deadline = System.nanoTime() + HOLD.toNanos();
		HttpResponse<String> response = readiness();
		while (response.statusCode() != status && System.nanoTime() < deadline) {
			Thread.sleep(50);
			response = readiness();
		}
		assertThat(response.statusCode()).isEqualTo(status);
		return response;
	}

	private static boolean awaitRefused(int port) throws Exception {
		long deadline = System.nanoTime() + HOLD.toNanos();
		while (System.nanoTime() < deadline) {
			try (Socket socket = new Socket("127.0.0.1", port)) {
				Thread.sleep(50);
			}
			catch (ConnectException ex) {
				return true;
			}
		}
		return false;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class HeldRequests {

		/** Holds a request that asks for it, as a slow query would be held. */
		@Bean
		WebGraphQlInterceptor holdRequests() {
			return (request, chain) -> {
				if (request.getHeaders().getFirst("X-Test-Hold") == null) {
					return chain.next(request);
				}
				arrived.countDown();
				return Mono.delay(HOLD).then(Mono.defer(() -> chain.next(request)));
			};
		}

	}

}
