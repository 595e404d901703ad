package se.kommunkollen.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;

import se.kommunkollen.importer.ReportImporter;
import se.kommunkollen.report.ImportRun.ImportOutcome;
import se.kommunkollen.support.StreamingReplica;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real PostgreSQL primary with a hot standby streaming from it: the API's reads are
 * served by the standby once it has caught up, imports go to the primary (the standby
 * refuses any write, so an import that succeeds went there), and a read right after an
 * import comes from the primary while the standby has not replayed it. Which server ran a
 * query is read from the servers' own statement logs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaRoutingTests {

	private static final String MUNICIPALITIES = "FROM municipality m";

	private static final String GOALS = "FROM goal g";

	private static final long LAG_CHECK_MILLIS = 200;

	private static StreamingReplica servers;

	private static ConfigurableApplicationContext application;

	private static final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() throws Exception {
		servers = StreamingReplica.start();
		application = Applications.start(WebApplicationType.SERVLET, List.of(),
				"--spring.datasource.url=" + servers.primaryUrl(), "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--kommunkollen.datasource.replica.url=" + servers.replicaUrl(),
				"--kommunkollen.datasource.replica.lag-check-interval=" + LAG_CHECK_MILLIS + "ms",
				"--kommunkollen.samples.import-on-empty=false", "--kommunkollen.rate-limit.enabled=false",
				"--server.port=0", "--management.server.port=0");
		assertThat(importSample("002_034fdc850437dc3c.txt")).isEqualTo(ImportOutcome.CREATED);
	}

	@AfterAll
	static void stop() {
		try {
			if (application != null) {
				application.close();
			}
		}
		finally {
			if (servers != null) {
				servers.close();
			}
		}
	}

	@Test
	@Order(1)
	void readsAreServedByTheReplicaOnceItHasCaughtUp() throws Exception {
		servers.awaitCaughtUp();
		Thread.sleep(2 * LAG_CHECK_MILLIS);
		int primaryBefore = servers.primaryLog().length();
		int replicaBefore = servers.replicaLog().length();

		String answer = graphQl("{ municipalities { id name } }");

		assertThat(answer).contains("\"id\":\"enkoping\"");
		assertThat(servers.replicaLog().substring(replicaBefore)).contains(MUNICIPALITIES);
		assertThat(servers.primaryLog().substring(primaryBefore)).doesNotContain(MUNICIPALITIES);
		assertThat(management("/actuator/health"))
			.contains("\"replica\":{\"details\":{\"caughtUp\":true,\"reads\":\"replica\"},\"status\":\"UP\"}");
		assertThat(management("/actuator/health/readiness")).contains("\"status\":\"UP\"");
		assertThat(management("/actuator/prometheus").lines().filter((line) -> line.startsWith("hikaricp_connections")))
			.anyMatch((line) -> line.contains("pool=\"primary\""))
			.anyMatch((line) -> line.contains("pool=\"replica\""));

		// by GET too (the list of municipalities is now held in memory: goals are read)
		replicaBefore = servers.replicaLog().length();
		primaryBefore = servers.primaryLog().length();
		assertThat(get("{ goals(first: 3) { edges { node { id } } } }")).contains("enkoping");
		assertThat(servers.replicaLog().substring(replicaBefore)).contains(GOALS);
		assertThat(servers.primaryLog().substring(primaryBefore)).doesNotContain(GOALS);
	}

	@Test
	@Order(2)
	void aReadRightAfterAnImportComesFromThePrimaryUntilTheReplicaHasReplayedIt() throws Exception {
		servers.onReplica("SELECT pg_wal_replay_pause()");
		try {
			assertThat(importSample("003_706e2e96afce6266.txt")).isEqualTo(ImportOutcome.CREATED);
			int primaryBefore = servers.primaryLog().length();
			int replicaBefore = servers.replicaLog().length();

			String answer = graphQl("{ municipalities { id name } }");

			assertThat(answer).contains("\"id\":\"eskilstuna\"");
			assertThat(servers.replicaVersion()).as("the replica has not replayed the import")
				.isLessThan(servers.primaryVersion());
			assertThat(servers.primaryLog().substring(primaryBefore)).contains(MUNICIPALITIES);
			assertThat(servers.replicaLog().substring(replicaBefore)).doesNotContain(MUNICIPALITIES);
			assertThat(management("/actuator/health"))
				.contains("\"replica\":{\"details\":{\"caughtUp\":false,\"reads\":\"primary\"},\"status\":\"UP\"}");
		}
		finally {
			servers.onReplica("SELECT pg_wal_replay_resume()");
		}
		servers.awaitCaughtUp();
		Thread.sleep(2 * LAG_CHECK_MILLIS);
		int primaryBefore = servers.primaryLog().length();
		int replicaBefore = servers.replicaLog().length();

		// goals: the list of municipalities at this data version is held in memory, with
		// no SQL anywhere
		String answer = graphQl(
				"{ goals(first: 100, filter: { municipality: \"eskilstuna\" }) { edges { node { id } } } }");

		assertThat(answer).contains("eskilstuna");
		assertThat(servers.replicaLog().substring(replicaBefore)).contains(GOALS);
		assertThat(servers.primaryLog().substring(primaryBefore)).doesNotContain(GOALS);
	}

	/**
	 * An instance that checks the replica seldom learns of another instance's import by
	 * PostgreSQL's announcement, and keys its answers with the new data version at once:
	 * those answers are read from the primary while the replica lags, never from the
	 * replica's older data (which would then be kept under the new version).
	 */
	@Test
	@Order(3)
	void anotherInstancesImportIsReadFromThePrimaryWhileTheReplicaLags() throws Exception {
		servers.awaitCaughtUp();
		try (ConfigurableApplicationContext seldomChecking = Applications.start(WebApplicationType.SERVLET, List.of(),
				"--spring.datasource.url=" + servers.primaryUrl(), "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--kommunkollen.datasource.replica.url=" + servers.replicaUrl(),
				"--kommunkollen.datasource.replica.lag-check-interval=1h",
				"--kommunkollen.cache.version-listen-max-age=1h", "--kommunkollen.samples.import-on-empty=false",
				"--kommunkollen.rate-limit.enabled=false", "--server.port=0", "--management.server.port=0")) {
			String port = seldomChecking.getEnvironment().getProperty("local.server.port");
			assertThat(graphQl(port, "{ municipalities { id } }")).doesNotContain("haninge");
			servers.onReplica("SELECT pg_wal_replay_pause()");
			try {
				assertThat(importSample("001_49780e2962ff647b.txt")).isEqualTo(ImportOutcome.CREATED);
				long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
				String answer;
				int replicaBefore;
				do {
					Thread.sleep(50);
					replicaBefore = servers.replicaLog().length();
					// a query of its own each time: none of these is answered from memory
					answer = graphQl(port, "{ municipalities { id } m" + System.nanoTime() + ": __typename }");
				}
				while (!answer.contains("haninge") && System.nanoTime() < deadline);
				assertThat(answer).as("the import announced by the other instance").contains("\"id\":\"haninge\"");
				assertThat(servers.replicaVersion()).as("the replica has not replayed the import")
					.isLessThan(servers.primaryVersion());
				assertThat(servers.replicaLog().substring(replicaBefore)).doesNotContain(MUNICIPALITIES);
			}
			finally {
				servers.onReplica("SELECT pg_wal_replay_resume()");
			}
		}
	}

	private static ImportOutcome importSample(String file) {
		try {
			byte[] text = new ClassPathResource("samples/" + file).getContentAsByteArray();
			return application.getBean(ReportImporter.class).importFile(file, text).outcome();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String get(String query) throws Exception {
		String port = application.getBean(Environment.class).getProperty("local.server.port");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql?query="
				+ java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	private static String management(String path) throws Exception {
		String port = application.getBean(Environment.class).getProperty("local.management.port");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
		return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	private static String graphQl(String query) throws Exception {
		return graphQl(application.getBean(Environment.class).getProperty("local.server.port"), query);
	}

	private static String graphQl(String port, String query) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query.replace("\"", "\\\"") + "\"}"))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("\"errors\"");
		return response.body();
	}

}
