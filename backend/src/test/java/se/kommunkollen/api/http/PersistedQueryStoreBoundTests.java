package se.kommunkollen.api.http;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kommunkollen.api.http.GraphQlHttpClient.params;
import static se.kommunkollen.api.http.GraphQlHttpClient.persisted;

/**
 * The store of persisted queries keeps no more than {@code kommunkollen.apq.max-bytes}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunkollen.samples.import-on-empty=false", "spring.datasource.url=jdbc:h2:mem:apq-bound",
				"kommunkollen.apq.max-bytes=1KB" })
class PersistedQueryStoreBoundTests {

	@LocalServerPort
	int port;

	@Autowired
	PersistedQueries store;

	@Test
	void storeEvictsQueriesBeyondItsBound() throws Exception {
		GraphQlHttpClient http = new GraphQlHttpClient(this.port);
		int registered = 10;
		// Each query and its hash weigh about 400 bytes: two fit in 1 KB.
		String[] hashes = new String[registered];
		for (int i = 0; i < registered; i++) {
			String query = "{ m" + i + ": municipalities(withReports: false) { id name county code } }"
					+ " ".repeat(270);
			hashes[i] = PersistedQueries.sha256(query);
			HttpResponse<String> registration = http.get(params("query", query, "extensions", persisted(hashes[i])));
			assertThat(registration.statusCode()).isEqualTo(200);
		}
		assertThat(this.store.size()).isBetween(1L, 2L);
		int found = 0;
		for (String hash : hashes) {
			if (!http.get(params("extensions", persisted(hash))).body().contains("PersistedQueryNotFound")) {
				found++;
			}
		}
		assertThat(found).isBetween(1, 2);
	}

}
