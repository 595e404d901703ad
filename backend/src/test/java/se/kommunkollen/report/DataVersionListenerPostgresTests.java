package se.kommunkollen.report;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.kommunkollen.KommunkollenApplication;
import se.kommunkollen.importer.ReportImporter;
import se.kommunkollen.support.EmbeddedPostgresDatabase;
import se.kommunkollen.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL an instance reads the data version only when a change is announced: a
 * repeated query, and a warm nested read of a municipality or a goal, run no SQL at all,
 * another instance's import is served as soon as its announcement arrives (the maximum
 * age is an hour here, so nothing else could show it), and while the listener's
 * connection is cut the version is read on every request until the listener is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunkollen.samples.import-on-empty=false", "kommunkollen.rate-limit.enabled=false",
				"kommunkollen.cache.version-listen-max-age=1h", "kommunkollen.cache.version-listen-retry=5s" })
@Import(StatementCounter.class)
class DataVersionListenerPostgresTests {

	static final String ENKOPING = "002_034fdc850437dc3c.txt";

	static final String TITLE = "Ökat medarbetarengagemang";

	static final String GOAL = "{ goal(id: \"enkoping-ks-delarsrapport-2023-08.goal-mal-21\") { title } }";

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresDatabase.register(registry);
	}

	@Autowired
	DataVersion dataVersion;

	@Autowired
	ReportImporter importer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Value("${spring.datasource.url}")
	String databaseUrl;

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void listening() throws Exception {
		await("the listener listens", () -> this.dataVersion.listened());
		importSample(this.importer, TITLE);
	}

	@Test
	void aRepeatedQueryRunsNoSqlWhileListening() throws Exception {
		assertThat(query(GOAL)).contains(TITLE);
		StatementCounter.reset();
		for (int i = 0; i < 5; i++) {
			assertThat(query(GOAL)).contains(TITLE);
		}
		assertThat(StatementCounter.count()).as("statements of five repeated queries").isZero();

		String nested = "{ municipality(id: \"enkoping\") { reports { goals { title indicators { values { value } } } "
				+ "financialStatements { rows { values } } } } }";
		assertThat(query(nested)).contains(TITLE);
		StatementCounter.reset();
		// other words each time: executed, not answered whole from memory
		for (int i = 1; i <= 5; i++) {
			assertThat(query(GOAL + " ".repeat(i))).contains(TITLE);
			assertThat(query(nested + " ".repeat(i))).contains(TITLE);
		}
		assertThat(StatementCounter.count()).as("statements of ten executed nested reads").isZero();
	}

	@Test
	void anotherInstancesImportIsServedAsSoonAsItIsAnnounced() throws Exception {
		assertThat(query(GOAL)).contains(TITLE);
		importThroughAnotherInstance("Medarbetare hörda från en annan instans");
		await("the other instance's title", () -> query(GOAL).contains("Medarbetare hörda från en annan instans"));
	}

	@Test
	void whileTheListenerIsCutOffTheVersionIsReadOnEveryRequestUntilItListensAgain() throws Exception {
		assertThat(query(GOAL)).contains(TITLE);
		int cut = this.jdbc
			.sql("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = :name"
					+ " AND datname = current_database()")
			.param("name", DataVersionListener.APPLICATION_NAME)
			.query(Integer.class)
			.single();
		assertThat(cut).as("listening connections cut").isEqualTo(1);
		await("the listener notices", () -> !this.dataVersion.listened());
		assertThat(listeningGauge()).isZero();

		StatementCounter.reset();
		assertThat(query(GOAL)).contains(TITLE);
		assertThat(query(GOAL)).contains(TITLE);
		assertThat(this.dataVersion.listened()).as("still cut off (it waits 5 s to reconnect)").isFalse();
		assertThat(StatementCounter.count()).as("the data version read by each of two requests").isEqualTo(2);

		await("the listener listens again", () -> this.dataVersion.listened());
		assertThat(listeningGauge()).isOne();
		importThroughAnotherInstance("Medarbetare hörda efter avbrottet");
		await("the other instance's title", () -> query(GOAL).contains("Medarbetare hörda efter avbrottet"));
	}

	/**
	 * A change nobody announced (made outside the application) is seen once the version
	 * read last is older than the maximum age.
	 */
	@Test
	void anUnannouncedChangeIsSeenAfterTheMaximumAge(@Autowired DataSource dataSource) throws Exception {
		DataVersion twoSeconds = new DataVersion(dataSource, this.jdbc, Duration.ZERO, Duration.ofSeconds(2),
				Optional.empty());
		twoSeconds.listened(true);
		long before = twoSeconds.current();
		this.jdbc.sql("UPDATE data_version SET version = version + 1 WHERE id = 1").update();
		assertThat(twoSeconds.current()).as("within the maximum age").isEqualTo(before);
		await("the maximum age passes", () -> twoSeconds.current() == before + 1);
		twoSeconds.listened(false);
		this.jdbc.sql("UPDATE data_version SET version = version + 1 WHERE id = 1").update();
		assertThat(twoSeconds.current()).as("read at once without a listener").isEqualTo(before + 2);
	}

	private double listeningGauge() {
		return this.meters.get("kommunkollen.data.version.listening").gauge().value();
	}

	private void importThroughAnotherInstance(String title) throws IOException {
		try (ConfigurableApplicationContext other = new SpringApplicationBuilder(KommunkollenApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + this.databaseUrl, "--spring.datasource.username=postgres",
					"--spring.datasource.password=", "--kommunkollen.samples.import-on-empty=false",
					"--kommunkollen.cache.version-listen=false", "--management.server.port=-1")) {
			importSample(other.getBean(ReportImporter.class), title);
		}
	}

	private String query(String query) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query.replace("\"", "\\\"") + "\"}"))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	private static void await(String what, Check check) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!check.holds()) {
			assertThat(System.nanoTime()).as("waiting 20 s for " + what).isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	/** Imports the Enköping sample with Mål 21's title replaced (same report id). */
	private static void importSample(ReportImporter importer, String title) throws IOException {
		String sample = new String(new ClassPathResource("samples/" + ENKOPING).getContentAsByteArray(),
				StandardCharsets.UTF_8);
		importer.importFile(ENKOPING, sample.replace(TITLE, title).getBytes(StandardCharsets.UTF_8));
	}

	@FunctionalInterface
	interface Check {

		boolean holds() throws Exception;

	}

}
