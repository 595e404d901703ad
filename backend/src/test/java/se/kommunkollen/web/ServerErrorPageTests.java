package se.kommunkollen.web;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers Tomcat gives itself, before any filter runs (a malformed request line, a bad
 * header, an unknown HTTP version), carry the security headers and name no server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunkollen.samples.import-on-empty=false", "spring.datasource.url=jdbc:h2:mem:error-pages" })
class ServerErrorPageTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "GET /a b c HTTP/1.1\r\nHost: localhost\r\n\r\n",
			"GET /%zz HTTP/1.1\r\nHost: localhost\r\n\r\n", "GET /\u0001 HTTP/1.1\r\nHost: localhost\r\n\r\n",
			"GET / HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n\r\n", "GET / HTTP/2.5\r\nHost: localhost\r\n\r\n" })
	void tomcatsOwnErrorPagesCarryTheSecurityHeadersAndNoVersion(String request) throws IOException {
		try (RawHttp http = new RawHttp(this.port)) {
			RawHttp.Response response = http.send(request).response();
			assertThat(response.status()).isIn(400, 505);
			assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
			assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
			assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'")
				.contains("frame-ancestors 'none'");
			assertThat(response.header("Server")).isNull();
			assertThat(response.head() + response.body()).doesNotContainIgnoringCase("tomcat")
				.doesNotContainIgnoringCase("apache")
				.doesNotMatch("(?s).*\\d+\\.\\d+\\.\\d+.*");
		}
	}

}
