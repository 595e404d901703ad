package se.kommunkollen.api.http;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import se.kommunkollen.api.FixtureLoader;
import se.kommunkollen.importer.ReportImporter;
import se.kommunkollen.importer.ReportWriter;
import se.kommunkollen.report.DataVersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static se.kommunkollen.api.http.GraphQlHttpClient.params;
import static se.kommunkollen.api.http.GraphQlHttpClient.persisted;

/**
 * GraphQL over GET with HTTP caching, and automatic persisted queries over GET and POST,
 * against the running server. Subclasses run the same tests on other databases.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunkollen.samples.import-on-empty=false", "spring.datasource.url=jdbc:h2:mem:graphql-get" })
@Import(GraphQlGetHttpTests.ExecutionCounter.class)
class GraphQlGetHttpTests {

	static final String MUNICIPALITIES = "{ municipalities { id } }";

	@Autowired
	ReportWriter writer;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportImporter importer;

	@Autowired
	DataVersion dataVersion;

	@Autowired
	ExecutionCounter executions;

	@Autowired
	PersistedQueries store;

	@LocalServerPort
	int port;

	GraphQlHttpClient http;

	@BeforeEach
	void loadFixtures() {
		new FixtureLoader(this.writer, this.transaction, this.jdbc).load(1);
		this.http = new GraphQlHttpClient(this.port);
	}

	@Test
	void getAnswersAQueryWithAWeakEtagAndPublicCacheControl() throws Exception {
		HttpResponse<String> response = this.http.get(MUNICIPALITIES);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(
				"{\"data\":{\"municipalities\":[{\"id\":\"enkoping\"},{\"id\":\"eskilstuna\"},{\"id\":\"haninge\"}]},"
						+ "\"extensions\":{\"cost\":{\"requested\":290,\"limit\":500000}}}");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(
				(etag) -> assertThat(etag).matches("W/\"" + this.dataVersion.current() + "-\\p{XDigit}{32}\""));
		assertThat(response.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cacheControl) -> assertThat(cacheControl.split(",\\s*"))
				.containsExactlyInAnyOrder("public", "max-age=60", "stale-while-revalidate=600"));
		assertThat(response.headers().allValues("Vary")).contains("Accept");
	}

	@Test
	void headIsAnsweredAsGetWithoutABody() throws Exception {
		HttpResponse<String> get = this.http.get(MUNICIPALITIES);
		HttpResponse<String> head = this.http.head(MUNICIPALITIES);
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		for (String header : List.of("ETag", "Cache-Control", "Content-Type", "Content-Security-Policy")) {
			assertThat(head.headers().firstValue(header)).as(header).isEqualTo(get.headers().firstValue(header));
		}
		assertThat(this.http.head(MUNICIPALITIES, "If-None-Match", etag(get)).statusCode()).isEqualTo(304);
		assertThat(this.http.head("mutation { x }").statusCode()).isEqualTo(405);
	}

	@Test
	void sameRequestGetsTheSameEtagAndADifferentRequestAnother() throws Exception {
		String etag = etag(this.http.get(MUNICIPALITIES));
		assertThat(etag(this.http.get(MUNICIPALITIES))).isEqualTo(etag);
		assertThat(etag(this.http.get("{ municipalities { name } }"))).isNotEqualTo(etag);
		assertThat(etag(this.http.get(MUNICIPALITIES, "Accept", "application/graphql-response+json")))
			.isNotEqualTo(etag);
	}

	@Test
	void ifNoneMatchIsAnsweredNotModifiedWithoutExecutingTheQuery() throws Exception {
		String etag = etag(this.http.get(MUNICIPALITIES));
		int before = this.executions.count.get();
		HttpResponse<String> response = this.http.get(MUNICIPALITIES, "If-None-Match", etag);
		assertThat(response.statusCode()).isEqualTo(304);
		assertThat(response.body()).isEmpty();
		assertThat(response.headers().firstValue("ETag")).hasValue(etag);
		assertThat(response.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("public"));
		assertThat(this.executions.count.get()).isEqualTo(before);
		assertThat(this.http.get(MUNICIPALITIES, "If-None-Match", "W/\"other\", " + etag).statusCode()).isEqualTo(304);
		assertThat(this.http.get(MUNICIPALITIES, "If-None-Match", "W/\"other\"").statusCode()).isEqualTo(200);
	}

	@Test
	void etagChangesWhenAReportIsImportedAndNotWhenTheSameFileComesAgain() throws Exception {
		String etag = etag(this.http.get(MUNICIPALITIES));
		byte[] sample = new ClassPathResource("samples/004_6ea06e72dde3c929.txt").getContentAsByteArray();
		this.importer.importFile("004_6ea06e72dde3c929.txt", sample);
		HttpResponse<String> afterImport = this.http.get(MUNICIPALITIES, "If-None-Match", etag);
		assertThat(afterImport.statusCode()).isEqualTo(200);
		String newEtag = etag(afterImport);
		assertThat(newEtag).isNotEqualTo(etag);
		this.importer.importFile("004_6ea06e72dde3c929.txt", sample);
		assertThat(this.http.get(MUNICIPALITIES, "If-None-Match", newEtag).statusCode()).isEqualTo(304);
	}

	@Test
	void importThroughAnotherInstanceChangesTheEtagWithinTheVersionTtl() throws Exception {
		String etag = etag(this.http.get(MUNICIPALITIES));
		// Another instance sharing the database commits an import: only the row changes.
		this.transaction.executeWithoutResult((status) -> this.jdbc
			.sql("UPDATE data_version SET version = version + 1, changed_at = CURRENT_TIMESTAMP WHERE id = 1")
			.update());
		long started = System.nanoTime();
		while (this.http.get(MUNICIPALITIES, "If-None-Match", etag).statusCode() == 304) {
			assertThat(System.nanoTime() - started).as("nanoseconds before the new version was read")
				.isLessThan(3_000_000_000L);
			Thread.sleep(50);
		}
		assertThat(etag(this.http.get(MUNICIPALITIES))).isNotEqualTo(etag);
	}

	@Test
	void dataVersionChangesOnlyInsideATransaction() {
		assertThatIllegalStateException().isThrownBy(this.dataVersion::changed);
	}

	@Test
	void failedImportKeepsTheDataVersion() {
		long version = this.dataVersion.current();
		byte[] broken = "Kommunkompassen - analys av Haninge kommun 2023\n\u0000\u0001".getBytes();
		assertThatException().isThrownBy(() -> this.importer.importFile("broken.txt", broken));
		assertThat(this.dataVersion.current()).isEqualTo(version);
	}

	@Test
	void mutationsAndSubscriptionsOverGetAreRefusedWith405() throws Exception {
		for (String document : List.of("mutation { importReport(file: \"x\") { id } }",
				"mutation { resolveImportWarning(id: \"1\", reason: \"x\") { id } }", "subscription { changes }")) {
			HttpResponse<String> response = this.http.get(document);
			assertThat(response.statusCode()).as(document).isEqualTo(405);
			assertThat(response.headers().firstValue("Allow")).hasValue("POST");
			assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		}
		String twoOperations = "query Q { municipalities { id } } mutation M { x }";
		assertThat(this.http.get(params("query", twoOperations, "operationName", "M")).statusCode()).isEqualTo(405);
		assertThat(this.http.get(params("query", twoOperations, "operationName", "Q")).statusCode()).isEqualTo(200);
	}

	@Test
	void variablesAreReadAsJsonFromTheUrl() throws Exception {
		HttpResponse<String> response = this.http
			.get(params("query", "query Find($search: String) { municipalities(search: $search) { id } }", "variables",
					"{\"search\":\"ENKÖ\"}", "operationName", "Find"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"data\":{\"municipalities\":[{\"id\":\"enkoping\"}]},"
				+ "\"extensions\":{\"cost\":{\"requested\":290,\"limit\":500000}}}");
	}

	@Test
	void malformedVariablesOrExtensionsAreABadRequest() throws Exception {
		for (String variables : List.of("{\"search\":", "[1,2]", "\"text\"")) {
			HttpResponse<String> response = this.http.get(params("query",
					"query($search: String) { municipalities(search: $search) { id } }", "variables", variables));
			assertThat(response.statusCode()).as(variables).isEqualTo(400);
			assertThat(response.body()).contains("'variables'").doesNotContain("Exception");
			assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		}
		assertThat(this.http.get(params("query", MUNICIPALITIES, "extensions", "{")).statusCode()).isEqualTo(400);
	}

	@Test
	void getWithoutAQueryIsABadRequest() throws Exception {
		HttpResponse<String> response = this.http.get(params("operationName", "X"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("needs a 'query' parameter");
	}

	@Test
	void parameterGivenTwiceIsABadRequest() throws Exception {
		HttpResponse<String> response = this.http.get(params("query", MUNICIPALITIES, "query&query", "{ x }"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("more than once");
	}

	@Test
	void errorAnswersAreNotCachedAndFollowTheAcceptedMediaType() throws Exception {
		HttpResponse<String> spec = this.http.get("{ nosuchfield }", "Accept", "application/graphql-response+json");
		assertThat(spec.statusCode()).isEqualTo(400);
		assertThat(spec.headers().firstValue("Content-Type")).hasValue("application/graphql-response+json");
		assertThat(spec.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(spec.headers().firstValue("ETag")).isEmpty();
		HttpResponse<String> legacy = this.http.get("{ nosuchfield }", "Accept", "application/json");
		assertThat(legacy.statusCode()).isEqualTo(200);
		assertThat(legacy.body()).contains("nosuchfield");
		assertThat(legacy.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void unsupportedAcceptIsRefusedWith406() throws Exception {
		assertThat(this.http.get(MUNICIPALITIES, "Accept", "text/html").statusCode()).isEqualTo(406);
		assertThat(this.http.get(MUNICIPALITIES, "Accept", "text/html, */*;q=0.8").statusCode()).isEqualTo(200);
	}

	@Test
	void anyOriginMayQueryByGetWithoutCredentials() throws Exception {
		HttpResponse<String> preflight = this.http.options("Origin", "https://www.haninge.se",
				"Access-Control-Request-Method", "GET");
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
			.hasValueSatisfying((methods) -> assertThat(methods.split(",\\s*")).contains("GET"));
		HttpResponse<String> response = this.http.get(MUNICIPALITIES, "Origin", "https://www.haninge.se");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
	}

	@Test
	void unknownPersistedHashAnswersPersistedQueryNotFoundOverGetAndPost() throws Exception {
		String hash = PersistedQueries.sha256("{ municipalities { id county } }");
		HttpResponse<String> get = this.http.get(params("extensions", persisted(hash)));
		HttpResponse<String> post = this.http.post("{\"extensions\":" + persisted(hash) + "}");
		for (HttpResponse<String> response : List.of(get, post)) {
			assertThat(response.body()).contains("\"message\":\"PersistedQueryNotFound\"")
				.contains("\"code\":\"PERSISTED_QUERY_NOT_FOUND\"")
				.doesNotContain("\"data\"");
		}
		assertThat(get.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void persistedHashThatDoesNotMatchItsQueryIsRefusedAndNotStored() throws Exception {
		String hash = PersistedQueries.sha256("{ municipalities { name } }");
		HttpResponse<String> get = this.http.get(params("query", MUNICIPALITIES, "extensions", persisted(hash)));
		HttpResponse<String> post = this.http
			.post("{\"query\":\"" + MUNICIPALITIES + "\",\"extensions\":" + persisted(hash) + "}");
		for (HttpResponse<String> response : List.of(get, post)) {
			assertThat(response.body()).contains("provided sha does not match query").doesNotContain("\"data\"");
		}
		assertThat(this.http.get(params("extensions", persisted(hash))).body()).contains("PersistedQueryNotFound");
	}

	@Test
	void persistedQueryRegisteredOnceIsAnsweredByHashOverGetAndPost() throws Exception {
		String query = "{ municipalities { id name } }";
		String hash = PersistedQueries.sha256(query);
		HttpResponse<String> registration = this.http.get(params("query", query, "extensions", persisted(hash)));
		assertThat(registration.statusCode()).isEqualTo(200);
		HttpResponse<String> get = this.http.get(params("extensions", persisted(hash)));
		assertThat(get.statusCode()).isEqualTo(200);
		assertThat(get.body()).isEqualTo(registration.body()).contains("Enköping");
		assertThat(get.headers().firstValue("ETag")).isPresent();
		assertThat(this.http.get(params("extensions", persisted(hash)), "If-None-Match", etag(get)).statusCode())
			.isEqualTo(304);
		HttpResponse<String> post = this.http.post("{\"extensions\":" + persisted(hash) + "}");
		assertThat(post.statusCode()).isEqualTo(200);
		assertThat(post.body()).isEqualTo(registration.body());
	}

	@Test
	void persistedQueryRegisteredByPostIsAnsweredByHashOverGet() throws Exception {
		String query = "{ municipalities { county } }";
		String hash = PersistedQueries.sha256(query);
		assertThat(this.http.post("{\"query\":\"" + query + "\",\"extensions\":" + persisted(hash) + "}").statusCode())
			.isEqualTo(200);
		assertThat(this.http.get(params("extensions", persisted(hash))).body()).contains("Uppsala län");
	}

	@Test
	void queryThatFailsValidationIsNotStored() throws Exception {
		String query = "{ municipalities { nosuchfield } }";
		String hash = PersistedQueries.sha256(query);
		assertThat(this.http.get(params("query", query, "extensions", persisted(hash))).body()).contains("nosuchfield");
		assertThat(this.http.get(params("extensions", persisted(hash))).body()).contains("PersistedQueryNotFound");
	}

	@Test
	void storedMutationIsRefusedOverGetByItsHash() throws Exception {
		// Put to the store directly, as a POST with the same persisted hash would.
		String mutation = "mutation M { resolveImportWarning(id: \"1\", reason: \"x\") { id } }";
		String hash = PersistedQueries.sha256(mutation);
		this.store.remember(hash, mutation);
		int before = this.executions.count.get();
		assertThat(this.http.get(params("extensions", persisted(hash))).statusCode()).isEqualTo(405);
		assertThat(this.executions.count.get()).isEqualTo(before);
	}

	@Test
	void unsupportedPersistedQueryVersionIsRefused() throws Exception {
		String extensions = "{\"persistedQuery\":{\"version\":2,\"sha256Hash\":\""
				+ PersistedQueries.sha256(MUNICIPALITIES) + "\"}}";
		assertThat(this.http.get(params("query", MUNICIPALITIES, "extensions", extensions)).body())
			.contains("Unsupported persisted query version");
	}

	private static String etag(HttpResponse<String> response) {
		return response.headers().firstValue("ETag").orElseThrow();
	}

	/** Counts the requests that reach execution. */
	@TestConfiguration(proxyBeanMethods = false)
	static class ExecutionCounter {

		final AtomicInteger count = new AtomicInteger();

		@Bean
		WebGraphQlInterceptor countingInterceptor() {
			return (request, chain) -> {
				this.count.incrementAndGet();
				return chain.next(request);
			};
		}

	}

}
