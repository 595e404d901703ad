package se.kommunkollen.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Body size and read time are limited on the connection, whatever the path spelling or
 * framing: the requests that used to get through a path check, and slow clients that used
 * to hold every worker. The server here has few workers and a short read timeout so that
 * the tests are quick; the limits work the same with the defaults.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunkollen.samples.import-on-empty=false", "spring.datasource.url=jdbc:h2:mem:transport",
				"server.tomcat.threads.max=8", "server.tomcat.threads.min-spare=2",
				"kommunkollen.transport.body-read-timeout=3s" })
class TransportLimitsTests {

	static final String OVER_LIMIT = "{\"query\":\"{ municipalities { id } }" + " ".repeat(40_000) + "\"}";

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/graphql", "/graphql;x", "/graphql;", "/%67raphql" })
	void everyPathSpellingReachesGraphQlWithABodyUnderTheLimitChunkedOrNot(String path) throws IOException {
		try (RawHttp http = new RawHttp(this.port)) {
			RawHttp.Response declared = http
				.send(RawHttp.post(path, "Content-Length: " + RawHttp.QUERY.length() + "\r\n") + RawHttp.QUERY)
				.response();
			assertThat(declared.status()).isEqualTo(200);
			assertThat(declared.body()).contains("\"municipalities\"");
			RawHttp.Response chunked = http
				.send(RawHttp.post(path, "Transfer-Encoding: chunked\r\n") + RawHttp.chunked(RawHttp.QUERY, 7))
				.response();
			assertThat(chunked.status()).isEqualTo(200);
			assertThat(chunked.body()).contains("\"municipalities\"");
		}
	}

	@Test
	void bodyWhosePartsArriveApartIsReadWhole() throws Exception {
		try (RawHttp http = new RawHttp(this.port)) {
			int half = RawHttp.QUERY.length() / 2;
			http.send(RawHttp.post("/graphql", "Content-Length: " + RawHttp.QUERY.length() + "\r\n")
					+ RawHttp.QUERY.substring(0, half));
			Thread.sleep(300);
			http.send(RawHttp.QUERY.substring(half));
			RawHttp.Response response = http.response();
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body()).contains("\"municipalities\"");
			// and the next request on the connection, whole at once
			RawHttp.Response next = http
				.send(RawHttp.post("/graphql", "Content-Length: " + RawHttp.QUERY.length() + "\r\n") + RawHttp.QUERY)
				.response();
			assertThat(next.status()).isEqualTo(200);
			assertThat(next.body()).contains("\"municipalities\"");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/graphql", "/graphql;x", "/graphql;", "/%67raphql", "/index.html", "/nowhere" })
	void declaredBodyOverTheLimitIsRefusedOnEveryPath(String path) throws IOException {
		try (RawHttp http = new RawHttp(this.port)) {
			RawHttp.Response response = http
				.send(RawHttp.post(path, "Content-Length: " + OVER_LIMIT.length() + "\r\n") + OVER_LIMIT)
				.response();
			assertThat(response.status()).isEqualTo(413);
			assertThat(response.header("Content-Type")).startsWith("application/json");
			assertThat(response.body()).contains("\"errors\"")
				.contains("the limit is 32768 bytes")
				.contains("REQUEST_TOO_LARGE");
			assertThat(http.closedByServer()).isTrue();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/graphql", "/graphql;x", "/graphql;", "/%67raphql" })
	void chunkedBodyIsCountedAndCutOffAtTheLimit(String path) throws IOException {
		try (RawHttp http = new RawHttp(this.port)) {
			http.send(RawHttp.post(path, "Transfer-Encoding: chunked\r\n"));
			// 100 MB would follow; the answer must come after the first 32 KB.
			String chunk = "2000\r\n" + " ".repeat(0x2000) + "\r\n";
			RawHttp.Response response = null;
			for (int sent = 0; sent < 12_800 && response == null; sent++) {
				try {
					http.send(chunk);
				}
				catch (IOException closed) {
					break;
				}
				if (sent == 8) {
					http.timeout(2000);
					response = http.response();
				}
			}
			assertThat(response).isNotNull();
			assertThat(response.status()).isEqualTo(413);
			assertThat(response.body()).contains("over the limit of 32768 bytes");
			assertThat(http.closedByServer()).isTrue();
		}
	}

	@Test
	void headersOverTheLimitAreRefused() throws IOException {
		try (RawHttp http = new RawHttp(this.port)) {
			RawHttp.Response response = http
				.send("GET /index.html HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(9000) + "\r\n\r\n")
				.response();
			assertThat(response.status()).isEqualTo(400);
		}
		try (RawHttp http = new RawHttp(this.port)) {
			RawHttp.Response response = http
				.send("GET /index.html HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(7000) + "\r\n\r\n")
				.response();
			assertThat(response.status()).isEqualTo(200);
		}
	}

	@Test
	void bodyThatTricklesInIsCutOffAtTheReadTimeout() throws IOException {
		try (RawHttp http = new RawHttp(this.port)) {
			http.send(RawHttp.post("/graphql", "Content-Length: 30000\r\n"));
			long started = System.nanoTime();
			ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
			trickle.scheduleAtFixedRate(() -> {
				try {
					http.send(" ");
				}
				catch (IOException closed) {
					throw new IllegalStateException(closed);
				}
			}, 0, 200, TimeUnit.MILLISECONDS);
			try {
				RawHttp.Response response = http.response();
				long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
				assertThat(response.status()).isEqualTo(408);
				assertThat(response.body()).contains("REQUEST_TIMEOUT").contains("within 3 s");
				assertThat(seconds).isBetween(2L, 5L);
				assertThat(http.closedByServer()).isTrue();
			}
			finally {
				trickle.shutdownNow();
			}
		}
	}

	@Test
	void slowClientsDoNotKeepANormalQueryWaiting() throws Exception {
		// Five times as many slow bodies as the server has workers.
		List<RawHttp> slow = new ArrayList<>();
		ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
		try {
			for (int i = 0; i < 40; i++) {
				slow.add(new RawHttp(this.port).send(RawHttp.post("/graphql", "Content-Length: 30000\r\n") + "{"));
			}
			trickle.scheduleAtFixedRate(() -> slow.forEach((client) -> {
				try {
					client.send(" ");
				}
				catch (IOException closed) {
					// cut off by the server: that is allowed
				}
			}), 0, 1, TimeUnit.SECONDS);
			Thread.sleep(1000);
			for (int i = 0; i < 3; i++) {
				try (RawHttp http = new RawHttp(this.port)) {
					http.timeout(1500);
					long started = System.nanoTime();
					RawHttp.Response response = http
						.send(RawHttp.post("/graphql", "Content-Length: " + RawHttp.QUERY.length() + "\r\n")
								+ RawHttp.QUERY)
						.response();
					long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
					assertThat(response.status()).isEqualTo(200);
					assertThat(millis).isLessThan(1000);
				}
				Thread.sleep(300);
			}
		}
		finally {
			trickle.shutdownNow();
			for (RawHttp client : slow) {
				client.close();
			}
		}
	}

}
