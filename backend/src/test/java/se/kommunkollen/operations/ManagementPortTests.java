package se.kommunkollen.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import se.kommunkollen.importer.ImportException;
import se.kommunkollen.importer.ReportImporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Actuator answers on the management port only: health, probes and Prometheus text with
 * the application's own meters. The public port serves no /actuator path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:management;DB_CLOSE_DELAY=-1",
				"kommunkollen.samples.import-on-empty=true", "kommunkollen.rate-limit.enabled=true",
				"kommunkollen.rate-limit.burst=3", "kommunkollen.rate-limit.per-minute=1",
				"kommunkollen.rate-limit.trusted-proxies=127.0.0.1,::1" })
@AutoConfigureMetrics
@DirtiesContext
class ManagementPortTests {

	private static final String QUERY = "{\"query\":\"{ municipalities { id name } }\"}";

	/** 290 municipalities times 100 reports is far over the limit of 500 000. */
	private static final String COSTLY = "{\"query\":\"{ a: municipalities(withReports: false) { reports { goals "
			+ "{ indicators { id } } } } }\"}";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	ReadinessProbe readiness;

	@Autowired
	ReportImporter importer;

	@Test
	void publicPortServesNoActuatorPath() throws Exception {
		assertThat(this.managementPort).isNotEqualTo(this.port);
		for (String path : new String[] { "/actuator", "/actuator/health", "/actuator/health/readiness",
				"/actuator/prometheus", "/%61ctuator/health" }) {
			assertThat(get(this.port, path).statusCode()).as(path).isEqualTo(404);
		}
	}

	@Test
	void managementPortServesLivenessAndReadiness() throws Exception {
		HttpResponse<String> liveness = get(this.managementPort, "/actuator/health/liveness");
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).contains("\"status\":\"UP\"");
		HttpResponse<String> readiness = get(this.managementPort, "/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"status\":\"UP\"").contains("readinessState").contains("\"db\"");
		assertThat(get(this.managementPort, "/actuator/health").body()).contains("\"status\":\"UP\"");
	}

	@Test
	void readinessTurnsTrueOnlyOnceTheSamplesAreImported() {
		assertThat(this.readiness.reportsWhenReady.get()).isEqualTo(4);
	}

	@Test
	void managementPortIsNotRateLimited() throws Exception {
		for (int i = 0; i < 10; i++) {
			assertThat(get(this.managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);
		}
	}

	@Test
	void prometheusTextHoldsRequestGraphQlCostRateLimitAndImportMeters() throws Exception {
		assertThat(post("/graphql", QUERY, "198.51.100.20").statusCode()).isEqualTo(200);
		assertThat(post("/graphql", COSTLY, "198.51.100.20").body()).contains("QUERY_TOO_COSTLY");
		assertThat(post("/graphql", QUERY, "198.51.100.20").statusCode()).isEqualTo(200);
		assertThat(post("/graphql", QUERY, "198.51.100.20").statusCode()).isEqualTo(429);
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> this.importer.importFile("broken.txt",
				"Nothing a report would say".getBytes(StandardCharsets.UTF_8)));

		HttpResponse<String> scrape = get(this.managementPort, "/actuator/prometheus");
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		String text = scrape.body();
		assertThat(text).containsPattern("http_server_requests_seconds_bucket\\{.*uri=\"/graphql\".*le=\"");
		assertThat(text).containsPattern("http_server_requests_seconds_count\\{.*status=\"429\".*\\} 1");
		assertThat(text).containsPattern("graphql_request_seconds_bucket\\{.*le=\"");
		assertThat(text).contains("graphql_datafetcher_seconds_count");
		// the second QUERY was answered from memory: measured once, one hit of the answer
		// cache
		assertThat(text).containsPattern("kommunkollen_graphql_cost_objects_bucket\\{.*limit=\"within\".*\\} 1");
		assertThat(text).containsPattern("cache_gets_total\\{cache=\"graphql.answers\".*result=\"hit\".*\\} 1");
		assertThat(text).containsPattern("kommunkollen_graphql_cost_objects_count\\{limit=\"over\"\\} 1");
		assertThat(text).containsPattern("kommunkollen_rate_limited_total(\\{.*\\})? 1");
		assertThat(text).containsPattern("kommunkollen_import_seconds_count\\{outcome=\"created\"\\} 4");
		assertThat(text).containsPattern("kommunkollen_import_seconds_count\\{outcome=\"failed\"\\} 1");
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String body, String client)
			throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", client)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** How many reports the database held when readiness turned to accepting traffic. */
	static class ReadinessProbe implements ApplicationListener<AvailabilityChangeEvent<ReadinessState>> {

		final AtomicLong reportsWhenReady = new AtomicLong(-1);

		private final JdbcClient jdbc;

		ReadinessProbe(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public void onApplicationEvent(AvailabilityChangeEvent<ReadinessState> event) {
			if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
				this.reportsWhenReady.set(this.jdbc.sql("SELECT COUNT(*) FROM report").query(Long.class).single());
			}
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Probe {

		@Bean
		ReadinessProbe readinessProbe(JdbcClient jdbc) {
			return new ReadinessProbe(jdbc);
		}

	}

}
