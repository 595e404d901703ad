package se.kommunkollen.web;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests to the API are counted per client, whatever the path spelling; static files
 * are not. Each test uses its own client addresses (through a trusted proxy, as the
 * server sees 127.0.0.1 otherwise), so tests do not share buckets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunkollen.samples.import-on-empty=false", "spring.datasource.url=jdbc:h2:mem:rate-limit",
				"kommunkollen.rate-limit.enabled=true", "kommunkollen.rate-limit.burst=5",
				"kommunkollen.rate-limit.per-minute=6", "kommunkollen.rate-limit.trusted-proxies=127.0.0.1,::1" })
@DirtiesContext
class RateLimitTests {

	@LocalServerPort
	int port;

	@Test
	void clientOverTheBurstGets429WithRetryAfterAndAGraphQlError() throws IOException {
		for (int i = 0; i < 5; i++) {
			assertThat(query("/graphql", "198.51.100.1").status()).isEqualTo(200);
		}
		RawHttp.Response refused = query("/graphql", "198.51.100.1");
		assertThat(refused.status()).isEqualTo(429);
		// One request per 10 s comes back.
		assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 10);
		assertThat(refused.header("Content-Type")).startsWith("application/json");
		assertThat(refused.header("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(refused.body()).contains("\"errors\"").contains("RATE_LIMITED").contains("Try again in");
	}

	@Test
	void everyPathSpellingAndMethodCountsInTheSameBucket() throws IOException {
		String[] paths = { "/graphql", "/graphql;x", "/graphql;", "/%67raphql", "/graphql" };
		for (String path : paths) {
			assertThat(query(path, "198.51.100.2").status()).as(path).isEqualTo(200);
		}
		assertThat(query("/%67raphql;x", "198.51.100.2").status()).isEqualTo(429);
		assertThat(get("/graphql", "198.51.100.2").status()).isEqualTo(429);
	}

	@Test
	void queriesByGetAreCountedLikePosts() throws IOException {
		String path = "/graphql?query=%7B%20municipalities%20%7B%20id%20%7D%20%7D";
		for (int i = 0; i < 3; i++) {
			assertThat(get(path, "198.51.100.9").status()).isEqualTo(200);
		}
		for (int i = 0; i < 2; i++) {
			assertThat(query("/graphql", "198.51.100.9").status()).isEqualTo(200);
		}
		RawHttp.Response refused = get(path, "198.51.100.9");
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).isNotBlank();
	}

	@Test
	void clientsAreCountedApart() throws IOException {
		for (int i = 0; i < 6; i++) {
			query("/graphql", "198.51.100.3");
		}
		assertThat(query("/graphql", "198.51.100.3").status()).isEqualTo(429);
		assertThat(query("/graphql", "198.51.100.4").status()).isEqualTo(200);
		assertThat(query("/graphql", "2001:db8:1:2::5").status()).isEqualTo(200);
	}

	@Test
	void ipv6ClientsAreCountedPerSlash64() throws IOException {
		for (int i = 0; i < 5; i++) {
			assertThat(query("/graphql", "2001:db8:aa:bb::" + (i + 1)).status()).isEqualTo(200);
		}
		assertThat(query("/graphql", "2001:db8:aa:bb:ffff::1").status()).isEqualTo(429);
	}

	@Test
	void staticFilesAndPreflightsAreNotCounted() throws IOException {
		for (int i = 0; i < 5; i++) {
			query("/graphql", "198.51.100.5");
		}
		assertThat(query("/graphql", "198.51.100.5").status()).isEqualTo(429);
		for (String path : new String[] { "/index.html", "/widgets.js", "/js/api.js", "/embed/goal.html" }) {
			assertThat(get(path, "198.51.100.5").status()).as(path).isEqualTo(200);
		}
		try (RawHttp http = new RawHttp(this.port)) {
			RawHttp.Response preflight = http
				.send("OPTIONS /graphql HTTP/1.1\r\nHost: localhost\r\n"
						+ "X-Forwarded-For: 198.51.100.5\r\nOrigin: https://www.haninge.se\r\n"
						+ "Access-Control-Request-Method: POST\r\nContent-Length: 0\r\n\r\n")
				.response();
			assertThat(preflight.status()).isEqualTo(200);
			assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
		}
	}

	@Test
	void forwardedForIsTheClientOnlyBehindATrustedProxy() {
		ClientAddresses trustingNobody = new ClientAddresses(List.of());
		ClientAddresses trustingProxies = new ClientAddresses(List.of("10.0.0.0/8", "2001:db8:ffff::/48"));
		assertThat(trustingNobody.key(request("203.0.113.9", "198.51.100.7"))).isEqualTo("203.0.113.9");
		assertThat(trustingProxies.key(request("203.0.113.9", "198.51.100.7"))).isEqualTo("203.0.113.9");
		assertThat(trustingProxies.key(request("10.1.2.3", "198.51.100.7"))).isEqualTo("198.51.100.7");
		// A client cannot choose its address by sending its own header: the proxy appends
		// the address it saw, and that one counts.
		assertThat(trustingProxies.key(request("10.1.2.3", "192.0.2.1, 198.51.100.7"))).isEqualTo("198.51.100.7");
		assertThat(trustingProxies.key(request("10.1.2.3", "198.51.100.7, 10.9.9.9"))).isEqualTo("198.51.100.7");
		assertThat(trustingProxies.key(request("2001:db8:ffff::1", "198.51.100.8"))).isEqualTo("198.51.100.8");
		assertThat(trustingProxies.key(request("10.1.2.3", "not-an-address"))).isEqualTo("10.1.2.3");
		assertThat(trustingProxies.key(request("10.1.2.3", "evil.example"))).isEqualTo("10.1.2.3");
	}

	@Test
	void manyAddressesCannotGrowTheStoreBeyondItsBound() throws Exception {
		RateLimitInterceptor interceptor = new RateLimitInterceptor(
				new RateLimitProperties(true, 5, 6, List.of(), 1000, 4));
		for (int i = 0; i < 20_000; i++) {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
			request.setRemoteAddr("10." + (i >> 16) + "." + ((i >> 8) & 0xFF) + "." + (i & 0xFF));
			assertThat(interceptor.preHandle(request, new MockHttpServletResponse(), new Object())).isTrue();
		}
		assertThat(interceptor.rememberedClients()).isLessThanOrEqualTo(1000);
	}

	private static MockHttpServletRequest request(String socket, String forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(socket);
		request.addHeader("X-Forwarded-For", forwardedFor);
		return request;
	}

	static RawHttp.Response query(int port, String path, String client) throws IOException {
		try (RawHttp http = new RawHttp(port)) {
			return http
				.send(RawHttp.post(path,
						"X-Forwarded-For: " + client + "\r\nContent-Length: " + RawHttp.QUERY.length() + "\r\n")
						+ RawHttp.QUERY)
				.response();
		}
	}

	private RawHttp.Response query(String path, String client) throws IOException {
		return query(this.port, path, client);
	}

	private RawHttp.Response get(String path, String client) throws IOException {
		try (RawHttp http = new RawHttp(this.port)) {
			return http.send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: " + client + "\r\n\r\n")
				.response();
		}
	}

}
