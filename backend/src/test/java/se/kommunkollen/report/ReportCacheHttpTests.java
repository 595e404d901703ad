package se.kommunkollen.report;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.kommunkollen.KommunkollenApplication;
import se.kommunkollen.importer.ImportResult;
import se.kommunkollen.importer.ReportImporter;
import se.kommunkollen.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report replaced by a new import is served new in the very next request, whether the
 * import ran through this instance or through another one on the same database: the cache
 * of report parts is keyed by the data version each request reads, and so are the ETags
 * of GET answers and the search index.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunkollen.samples.import-on-empty=false",
				"spring.datasource.url=" + ReportCacheHttpTests.DATABASE })
@AutoConfigureHttpGraphQlTester
@Import(StatementCounter.class)
class ReportCacheHttpTests {

	static final String DATABASE = "jdbc:h2:mem:report-cache;DB_CLOSE_DELAY=-1";

	static final String ENKOPING = "002_034fdc850437dc3c.txt";

	static final String GOAL = "enkoping-ks-delarsrapport-2023-08.goal-mal-21";

	static final String TITLE = "Ökat medarbetarengagemang";

	static final String QUERY = """
			query($goal: ID!) {
			  goal(id: $goal) { title indicators { name values { value } } }
			  municipality(id: "enkoping") { reports { goals { id title indicators { name values { value } } }
			    financialStatements { title rows { label values } } } }
			}
			""";

	HttpGraphQlTester graphQl;

	@Autowired
	ReportImporter importer;

	@LocalServerPort
	int port;

	@BeforeEach
	void patientClient(@Autowired HttpGraphQlTester graphQl) {
		// the first request of a cold JVM on a busy machine may take longer than the
		// default 5 s
		this.graphQl = graphQl.mutate()
			.webTestClient((client) -> client.responseTimeout(Duration.ofSeconds(60)))
			.responseTimeout(Duration.ofSeconds(60))
			.build();
	}

	@Test
	void aReplacedReportIsServedNewAtOnce() throws IOException {
		importSample(this.importer, TITLE, TITLE);
		assertTitles(TITLE);

		ImportResult replaced = importSample(this.importer, TITLE, "Ännu mer engagerade medarbetare");
		assertThat(replaced.outcome()).hasToString("REPLACED");
		assertTitles("Ännu mer engagerade medarbetare");

		// the financial tables come from the same replaced report
		assertThat(firstTableRows()).contains("Lokalhyror");
		importSample(this.importer, "Lokalhyror\t-8,5", "Lokalkostnader\t-8,5");
		assertThat(firstTableRows()).contains("Lokalkostnader").doesNotContain("Lokalhyror");
	}

	/**
	 * The README's figures: warm, a municipality's reports with goals, indicators, values
	 * and financial tables, and a goal with its indicators, take one statement each on
	 * H2: the data version (the municipality, its reports and the report that holds the
	 * goal are looked up in memory too). On PostgreSQL, where the version is announced,
	 * none ({@code DataVersionListenerPostgresTests}).
	 */
	@Test
	void aWarmNestedReadRunsOnlyTheStatementsTheCacheCannotAnswer() throws IOException {
		importSample(this.importer, TITLE, TITLE);
		String municipality = """
				{ municipality(id: "enkoping") { reports { goals { title assessment { label }
				  indicators { name values { value } } } financialStatements { columns { label } rows { values } } } } }
				""";
		String goal = "{ goal(id: \"" + GOAL + "\") { title indicators { name values { value } } } }";
		this.graphQl.document(municipality).execute();
		this.graphQl.document(goal).execute();
		// the same queries in other words (a trailing space): not answered whole from the
		// cache of answers, so they execute
		StatementCounter.reset();
		this.graphQl.document(municipality + " ").execute().path("municipality.reports[0].goals").hasValue();
		assertThat(StatementCounter.count()).as("statements of the municipality's nested read").isEqualTo(1);
		StatementCounter.reset();
		this.graphQl.document(goal + " ").execute().path("goal.indicators[0].values").hasValue();
		assertThat(StatementCounter.count()).as("statements of one goal with its indicators").isEqualTo(1);
	}

	/**
	 * What is looked up outside reports (which report holds a goal, a municipality's
	 * reports, the municipalities with reports) follows every import at once, also when
	 * the answer before was "none".
	 */
	@Test
	void lookupsFollowAnImportAtOnce() throws IOException {
		importSample(this.importer, "Mål 21", "Mål 99");
		String goal99 = GOAL.replace("mal-21", "mal-99");
		this.graphQl.document("{ goal(id: \"" + GOAL + "\") { title } }").execute().path("goal").valueIsNull();
		this.graphQl.document("{ goal(id: \"" + goal99 + "\") { title } }")
			.execute()
			.path("goal.title")
			.entity(String.class)
			.isEqualTo(TITLE);

		importSample(this.importer, TITLE, TITLE);
		this.graphQl.document("{ goal(id: \"" + GOAL + "\") { title } }")
			.execute()
			.path("goal.title")
			.entity(String.class)
			.isEqualTo(TITLE);
		this.graphQl.document("{ goal(id: \"" + goal99 + "\") { title } }").execute().path("goal").valueIsNull();

		String lists = "{ municipalities { id } municipality(id: \"eskilstuna\") { reports { id } } }";
		HttpGraphQlTester.Response before = this.graphQl.document(lists).execute();
		assertThat(before.path("municipalities[*].id").entityList(String.class).get()).doesNotContain("eskilstuna");
		before.path("municipality.reports").entityList(Object.class).hasSize(0);
		try (ConfigurableApplicationContext other = new SpringApplicationBuilder(KommunkollenApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + DATABASE, "--kommunkollen.samples.import-on-empty=false")) {
			String eskilstuna = "003_706e2e96afce6266.txt";
			other.getBean(ReportImporter.class)
				.importFile(eskilstuna, new ClassPathResource("samples/" + eskilstuna).getContentAsByteArray());
		}
		HttpGraphQlTester.Response after = this.graphQl.document(lists).execute();
		assertThat(after.path("municipalities[*].id").entityList(String.class).get()).contains("eskilstuna");
		after.path("municipality.reports").entityList(Object.class).hasSize(1);
	}

	@Test
	void anImportThroughAnotherInstanceOnTheSameDatabaseIsServedAtOnce() throws IOException {
		importSample(this.importer, TITLE, TITLE);
		assertTitles(TITLE);
		try (ConfigurableApplicationContext other = new SpringApplicationBuilder(KommunkollenApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + DATABASE, "--kommunkollen.samples.import-on-empty=false")) {
			importSample(other.getBean(ReportImporter.class), TITLE, "Medarbetare i en annan instans");
		}
		assertTitles("Medarbetare i en annan instans");
	}

	@Test
	void etagsAndSearchOfThisInstanceFollowAnImportThroughAnotherAtOnce() throws Exception {
		importSample(this.importer, TITLE, TITLE);
		URI uri = URI.create("http://localhost:" + this.port + "/graphql?query="
				+ URLEncoder.encode("{ goal(id: \"" + GOAL + "\") { title } }", StandardCharsets.UTF_8));
		HttpClient client = HttpClient.newHttpClient();
		String etag = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
			.headers()
			.firstValue("ETag")
			.orElseThrow();
		assertThat(client
			.send(HttpRequest.newBuilder(uri).header("If-None-Match", etag).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode()).isEqualTo(304);
		assertThat(searchHits("Medarbetarbonanza")).isZero();
		try (ConfigurableApplicationContext other = new SpringApplicationBuilder(KommunkollenApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + DATABASE, "--kommunkollen.samples.import-on-empty=false")) {
			importSample(other.getBean(ReportImporter.class), TITLE, "Medarbetarbonanza i en annan instans");
		}
		HttpResponse<String> after = client.send(HttpRequest.newBuilder(uri).header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.body()).contains("Medarbetarbonanza i en annan instans");
		assertThat(after.headers().firstValue("ETag")).isNotEqualTo(Optional.of(etag));
		assertThat(searchHits("Medarbetarbonanza")).isPositive();
	}

	private long searchHits(String words) {
		return this.graphQl.document("query($q: String!) { search(query: $q) { totalCount } }")
			.variable("q", words)
			.execute()
			.path("search.totalCount")
			.entity(Long.class)
			.get();
	}

	private List<String> firstTableRows() {
		return this.graphQl.document(QUERY)
			.variable("goal", GOAL)
			.execute()
			.path("municipality.reports[0].financialStatements[0].rows[*].label")
			.entityList(String.class)
			.get();
	}

	private void assertTitles(String title) {
		HttpGraphQlTester.Response response = this.graphQl.document(QUERY).variable("goal", GOAL).execute();
		response.path("goal.title").entity(String.class).isEqualTo(title);
		assertThat(response.path("municipality.reports[0].goals[*].title").entityList(String.class).get())
			.contains(title);
		response.path("goal.indicators[0].values[0].value").hasValue();
	}

	/** Imports the Enköping sample with one text replaced (same file, same report id). */
	private static ImportResult importSample(ReportImporter importer, String text, String replacement)
			throws IOException {
		String sample = new String(new ClassPathResource("samples/" + ENKOPING).getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(sample).contains(text);
		return importer.importFile(ENKOPING, sample.replace(text, replacement).getBytes(StandardCharsets.UTF_8));
	}

}
