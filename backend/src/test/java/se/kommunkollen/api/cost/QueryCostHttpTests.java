package se.kommunkollen.api.cost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import se.kommunkollen.api.FixtureLoader;
import se.kommunkollen.importer.ReportWriter;
import se.kommunkollen.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cost analysis over real HTTP: the attacks of issue 9 are refused before any SQL
 * runs, every query the site and the widgets send fits under the limit, introspection
 * passes, and answers report their cost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunkollen.samples.import-on-empty=false", "spring.datasource.url=jdbc:h2:mem:query-cost" })
@AutoConfigureHttpGraphQlTester
@Import(StatementCounter.class)
class QueryCostHttpTests {

	static final long LIMIT = 500_000;

	static final long HEAVY_COST = 100_000;

	private static final Path SITE = Path.of("..", "frontend-static");

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ReportWriter writer;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void loadFixtures() {
		new FixtureLoader(this.writer, this.transaction, this.jdbc).load(1);
	}

	@Test
	void fanOutThroughReportsAndGoalsIsRefusedBeforeAnySqlRuns() {
		StatementCounter.reset();
		GraphQlTester.Response response = this.graphQl.document("""
				{ reports { goals { report { goals { report { goals { report { goals { report { goals { report { id
				} } } } } } } } } } } }
				""").execute();
		assertRefusedAsTooCostly(response);
		assertThat(StatementCounter.count()).as("SQL statements").isZero();
	}

	@Test
	void fragmentSpreadAliasesAreCountedPerSpreadAndRefused() {
		String sourceLines = IntStream.range(0, 20)
			.mapToObj((i) -> "l" + i + ": sourceLines(from: 1, to: 500) { number text }")
			.collect(Collectors.joining(" "));
		String reports = IntStream.range(0, 40)
			.mapToObj((i) -> "r" + i + ": reports { ...lines }")
			.collect(Collectors.joining(" "));
		StatementCounter.reset();
		GraphQlTester.Response response = this.graphQl
			.document("{ " + reports + " } fragment lines on Report { " + sourceLines + " }")
			.execute();
		assertRefusedAsTooCostly(response);
		assertThat(StatementCounter.count()).as("SQL statements").isZero();
	}

	@Test
	void aFragmentCostsAsMuchAsItsSpreadsAreMany() {
		long once = cost(
				"{ report(id: \"x\") { ...f } } fragment f on Report { sourceLines(from: 1, to: 10) { number } }");
		long twice = cost("{ a: report(id: \"x\") { ...f } b: report(id: \"x\") { ...f } }"
				+ " fragment f on Report { sourceLines(from: 1, to: 10) { number } }");
		assertThat(once).isEqualTo(1 + 10);
		assertThat(twice).isEqualTo(2 * once);
	}

	@Test
	void longTextCostsItsWeightForEveryObjectItIsSelectedOn() {
		assertThat(cost("{ report(id: \"x\") { sourceLines(from: 1, to: 10) { number } } }")).isEqualTo(1 + 10);
		assertThat(cost("{ report(id: \"x\") { sourceLines(from: 1, to: 10) { number text } } }"))
			.as("10 lines of 1 + 10 for their text")
			.isEqualTo(1 + 10 + 10 * 10);
	}

	@Test
	void manyAliasesOfFiveHundredSourceLinesWithTheirTextAreRefused() {
		// 363 aliases cost 181 863 counting objects alone, and answer about 20 MB
		String aliases = IntStream.range(0, 363)
			.mapToObj((i) -> "r" + i + ": report(id: $r) { sourceLines(from: 1, to: 500) { text } }")
			.collect(Collectors.joining(" "));
		StatementCounter.reset();
		GraphQlTester.Response response = this.graphQl.document("query($r: ID!) { " + aliases + " }")
			.variable("r", "enkoping-ks-delarsrapport-2023-08")
			.execute();
		assertRefusedAsTooCostly(response);
		response.errors()
			.satisfy((errors) -> assertThat(errors.get(0).getExtensions().get("cost"))
				.isEqualTo(Map.of("requested", 363 * (1 + 500 * 11), "limit", (int) LIMIT)));
		assertThat(StatementCounter.count()).as("SQL statements").isZero();
	}

	@Test
	void listsCountTheItemsTheirArgumentsAskFor() {
		assertThat(cost("{ goals(first: 5) { edges { node { id title } } pageInfo { hasNextPage } } }"))
			.as("connection + 5 edges + 5 nodes + pageInfo")
			.isEqualTo(1 + 5 + 5 + 1);
		assertThat(cost("{ goals { edges { node { id } } } }")).as("first defaults to 20").isEqualTo(1 + 20 + 20);
		assertThat(cost("{ municipality(id: \"enkoping\") { reports { goals { id title } } } }"))
			.as("1 municipality, 10 reports, 100 goals each")
			.isEqualTo(1 + 10 + 10 * 100);
		assertThat(cost("{ municipalities { id name county code } }")).as("scalars cost nothing").isEqualTo(290);
	}

	@Test
	void everyAnswerReportsItsCostAndTheLimit() {
		this.graphQl.document("{ municipality(id: \"haninge\") { name } }")
			.execute()
			.path("municipality.name")
			.entity(String.class)
			.isEqualTo("Haninge");
		Map<String, Object> cost = costExtension("{ municipality(id: \"haninge\") { name } }");
		assertThat(cost).containsEntry("requested", 1).containsEntry("limit", (int) LIMIT);
	}

	@Test
	void everyQueryOfTheSiteAndTheWidgetsFitsUnderTheLimit() throws IOException {
		Map<String, String> queries = siteQueries();
		assertThat(queries).hasSizeGreaterThanOrEqualTo(9);
		Map<String, Long> costs = new LinkedHashMap<>();
		queries.forEach((name, query) -> costs.put(name, cost(query)));
		System.out.println("Cost of the site's queries: " + costs);
		assertThat(costs).allSatisfy((name, cost) -> assertThat(cost).as(name).isPositive().isLessThanOrEqualTo(LIMIT));
		// the site and the widgets never wait in the lane for heavy queries
		costs.remove("README.md example");
		assertThat(costs).allSatisfy((name, cost) -> assertThat(cost).as(name).isLessThanOrEqualTo(HEAVY_COST));
	}

	@Test
	void graphiqlIntrospectionIsAnsweredThoughDeeperThanTheDepthLimit() throws IOException {
		String graphiql = new ClassPathResource("graphql-test/graphiqlIntrospection.graphql")
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		for (String introspection : List.of(IntrospectionQuery.INTROSPECTION_QUERY, graphiql)) {
			this.graphQl.document(introspection)
				.execute()
				.path("__schema.types[?(@.name == 'Report')].fields[*].name")
				.entityList(String.class)
				.contains("goals", "sourceLines");
		}
	}

	@Test
	void introspectionStaysUnderTheGoodFaithCheck() {
		this.graphQl.document("{ a: __schema { types { name } } b: __schema { types { name } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage())
					.contains("not asking for introspection in good faith")));
	}

	@Test
	void depthLimitStillRefusesDeepQueries() {
		this.graphQl.document("""
				{ municipalities { reports { goals { parent { parent { parent { parent { parent { parent { parent {
				  parent { parent { parent { id } } } } } } } } } } } } } }
				""").execute().errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getMessage()).contains("maximum query depth exceeded");
			assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_DEEP")
				.containsEntry("depth", Map.of("requested", 14, "limit", 12));
		}));
	}

	private void assertRefusedAsTooCostly(GraphQlTester.Response response) {
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getMessage()).startsWith("The query is too costly");
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COSTLY");
			@SuppressWarnings("unchecked")
			Map<String, Object> cost = (Map<String, Object>) error.getExtensions().get("cost");
			assertThat(((Number) cost.get("requested")).longValue()).isGreaterThan(LIMIT);
			assertThat(((Number) cost.get("limit")).longValue()).isEqualTo(LIMIT);
		}));
		assertThat((Object) response.returnResponse().getData()).as("data").isNull();
	}

	private long cost(String query) {
		return ((Number) costExtension(query).get("requested")).longValue();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> costExtension(String query) {
		GraphQlTester.Response response = this.graphQl.document(query)
			.variable("id", "enkoping")
			.variable("report", "enkoping-ks-delarsrapport-2023-08")
			.variable("from", 1)
			.variable("to", 500)
			.variable("q", "enk")
			.execute();
		List<ResponseError> errors = response.returnResponse().getErrors();
		assertThat(errors).as(query).isEmpty();
		return (Map<String, Object>) response.returnResponse().getExtensions().get("cost");
	}

	/**
	 * The documents the pages send (each page's {@code QUERY}, the compare page built for
	 * the four sample municipalities), eight widgets batched as widgets.js does, and the
	 * README's example.
	 */
	static Map<String, String> siteQueries() throws IOException {
		Map<String, String> queries = new LinkedHashMap<>();
		Pattern constant = Pattern.compile("const QUERY = `(.*?)`;", Pattern.DOTALL);
		Matcher statementFields = Pattern.compile("export const STATEMENT_FIELDS = `(.*?)`;", Pattern.DOTALL)
			.matcher(Files.readString(SITE.resolve("js/finance.js")));
		assertThat(statementFields.find()).as("STATEMENT_FIELDS in finance.js").isTrue();
		Matcher changeFields = Pattern.compile("export const CHANGE_FIELDS = '(.*?)';")
			.matcher(Files.readString(SITE.resolve("js/corrections.js")));
		assertThat(changeFields.find()).as("CHANGE_FIELDS in corrections.js").isTrue();
		try (Stream<Path> pages = Files.list(SITE.resolve("js"))) {
			for (Path page : pages.filter((p) -> p.getFileName().toString().startsWith("page-")).sorted().toList()) {
				Matcher matcher = constant.matcher(Files.readString(page));
				if (matcher.find()) {
					queries.put(page.getFileName().toString(),
							matcher.group(1)
								.replace("${STATEMENT_FIELDS}", statementFields.group(1))
								.replace("${CHANGE_FIELDS}", changeFields.group(1)));
				}
			}
		}
		queries.put("page.js find",
				"query Find($q: String!) { municipalities(search: $q, withReports: false) { id name county } }");
		String compare = Files.readString(SITE.resolve("js/page-jamfor.js"));
		Matcher fields = Pattern.compile("const MUNICIPALITY_FIELDS = `(.*?)`;", Pattern.DOTALL).matcher(compare);
		assertThat(fields.find()).isTrue();
		StringBuilder jamfor = new StringBuilder(
				"""
						{ municipalities { id name county }
						  evaluationComparison(municipalities: ["haninge", "enkoping"]) {
						    evaluations { id year totalScore maxScore municipality { id name } report { id } provenance { lineStart lineEnd } }
						    areas { number name maxScore average scores { municipality { id } year score } } }
						""");
		for (String id : List.of("haninge", "enkoping", "eskilstuna", "sodertalje")) {
			jamfor.append("m")
				.append(id)
				.append(": municipality(id: \"")
				.append(id)
				.append("\") { ")
				.append(fields.group(1))
				.append(" }\n");
		}
		queries.put("page-jamfor.js (4 municipalities)", jamfor.append('}').toString());
		queries.put("widgets.js (8 widgets)", widgets());
		Matcher readme = Pattern.compile("```graphql\n(.*?)```", Pattern.DOTALL)
			.matcher(Files.readString(Path.of("..", "README.md")));
		assertThat(readme.find()).as("example query in README.md").isTrue();
		queries.put("README.md example", readme.group(1));
		return queries;
	}

	/** Eight widgets in one document, as widgets.js batches them (BATCH_SIZE 8). */
	private static String widgets() throws IOException {
		String script = Files.readString(SITE.resolve("widgets.js"));
		Map<String, String> constants = new LinkedHashMap<>();
		Matcher constant = Pattern.compile("const (REPORT|PROVENANCE) = '(.*?)';").matcher(script);
		while (constant.find()) {
			constants.put(constant.group(1), constant.group(2));
		}
		Matcher request = Pattern
			.compile("return \\['(\\w+)', \\{ (\\w+): \\['ID!', id\\] \\}, `(.*?)`\\];", Pattern.DOTALL)
			.matcher(script);
		List<String> fields = new java.util.ArrayList<>();
		while (request.find()) {
			String selection = request.group(3);
			for (Map.Entry<String, String> entry : constants.entrySet()) {
				selection = selection.replace("${" + entry.getKey() + "}", entry.getValue());
			}
			fields.add(request.group(1) + "(" + request.group(2) + ": \"x\")" + selection);
		}
		assertThat(fields).as("widget requests in widgets.js").hasSizeGreaterThanOrEqualTo(4);
		StringBuilder document = new StringBuilder("query KommunkollenWidgets {");
		for (int i = 0; i < 8; i++) {
			document.append(" q").append(i).append(": ").append(fields.get(i % fields.size()));
		}
		return document.append(" }").toString();
	}

}
