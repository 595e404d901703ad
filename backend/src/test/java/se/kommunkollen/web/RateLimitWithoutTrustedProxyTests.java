package se.kommunkollen.web;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no trusted proxy (the default), {@code X-Forwarded-For} is ignored: a client that
 * names another address in every request is still counted by its socket's address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunkollen.samples.import-on-empty=false",
				"spring.datasource.url=jdbc:h2:mem:rate-limit-no-proxy", "kommunkollen.rate-limit.enabled=true",
				"kommunkollen.rate-limit.burst=5", "kommunkollen.rate-limit.per-minute=6" })
@DirtiesContext
class RateLimitWithoutTrustedProxyTests {

	@LocalServerPort
	int port;

	@Test
	void forwardedForFromAnUntrustedClientIsIgnored() throws IOException {
		for (int i = 0; i < 5; i++) {
			assertThat(RateLimitTests.query(this.port, "/graphql", "198.51.100." + (10 + i)).status()).isEqualTo(200);
		}
		assertThat(RateLimitTests.query(this.port, "/graphql", "198.51.100.99").status()).isEqualTo(429);
	}

}
