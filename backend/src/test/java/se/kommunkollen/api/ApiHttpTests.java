package se.kommunkollen.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import se.kommunkollen.importer.ImportException;
import se.kommunkollen.importer.ReportImporter;
import se.kommunkollen.importer.ReportWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The public API over real HTTP on fixture data shaped like the seeds. Subclasses run the
 * same tests on other databases.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunkollen.samples.import-on-empty=false", "spring.datasource.url=jdbc:h2:mem:api-http" })
@AutoConfigureHttpGraphQlTester
class ApiHttpTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ReportWriter writer;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportImporter importer;

	@LocalServerPort
	int port;

	@BeforeEach
	void loadFixtures() {
		new FixtureLoader(this.writer, this.transaction, this.jdbc).load(1);
	}

	@Test
	void municipalitiesListsThoseWithReportsByName() {
		this.graphQl.document("{ municipalities { id name county } }")
			.execute()
			.path("municipalities[*].id")
			.entityList(String.class)
			.containsExactly("enkoping", "eskilstuna", "haninge");
	}

	@Test
	void municipalitySearchIgnoresCaseAndDiacritics() {
		this.graphQl.document("{ municipalities(search: \"ENKO\") { name county code } }")
			.execute()
			.path("municipalities")
			.matchesJson("[{\"name\":\"Enköping\",\"county\":\"Uppsala län\",\"code\":\"0381\"}]");
	}

	@Test
	void municipalitiesWithoutReportsListsAllOfSweden() {
		this.graphQl.document("{ municipalities(withReports: false) { id } }")
			.execute()
			.path("municipalities")
			.entityList(Object.class)
			.hasSize(290);
	}

	@Test
	void unknownMunicipalityIsNull() {
		this.graphQl.document("{ municipality(id: \"atlantis\") { id } }").execute().path("municipality").valueIsNull();
	}

	@Test
	void evaluationServesAreasQuestionsAndFindings() {
		this.graphQl.documentName("haningeEvaluation")
			.execute()
			.path("municipality")
			.matchesJson(
					"""
							{"name":"Haninge","evaluations":[{"year":2023,"totalScore":504,"maxScore":800,
							  "areas":[{"number":1,"score":66,"maxScore":100,
							    "questions":[{"code":"1.1","score":56,"maxScore":70},{"code":"1.2","score":10,"maxScore":30}],
							    "strengths":["Styrka 1"],"improvements":["Förbättring 1a","Förbättring 1b"]},
							    {"number":2},{"number":3},{"number":4},{"number":5},{"number":6,"score":48},{"number":7},{"number":8}]}]}
							""");
	}

	@Test
	void reportServesTheContractFields() {
		this.graphQl.documentName("enkopingReport")
			.execute()
			.path("municipality.reports[0]")
			.matchesJson(
					"""
							{"id":"enkoping-ks-delarsrapport-2023-08","kind":"INTERIM_REPORT","title":"Delårsrapport augusti 2023",
							 "year":2023,"periodEnd":"2023-08-31","registrationNumber":"KS2023/623",
							 "goals":[
							   {"number":"Mål 1","level":"COUNCIL","assessment":{"label":"På rätt väg","normalized":"GOOD"},
							    "analysis":"Idag finns flera möjligheter.","analysisHtml":"<p>Idag finns <em>flera</em> möjligheter.</p>",
							    "indicators":[],"commitments":[{"text":"Identifiera och arbeta bort hinder för näringslivet"}]},
							   {"number":"Mål 6","assessment":{"normalized":"PARTLY"},"subGoals":[{"title":"Fler elever ska nå målen"}]},
							   {"number":null,"level":"BOARD","assessment":{"label":null,"normalized":"UNKNOWN"},"parent":{"number":"Mål 6"}},
							   {"number":"Mål 23","level":"EMPLOYEE","indicators":[{"name":"23. a Sjukfrånvarostatistik","unit":"%",
							     "values":[{"kind":"BASELINE","period":"Startläge","value":7.6},
							               {"kind":"OUTCOME","period":"Utfall aug 2023","value":7.5},
							               {"kind":"TARGET","period":"Mål","value":5.6}]}]}],
							 "commitments":[
							   {"text":"Identifiera och arbeta bort hinder för näringslivet","responsible":["KS","SBN","alla nämnder och bolag"],
							    "responsibleBodies":[{"label":"KS","organisation":{"name":"Kommunstyrelsen"}},{"label":"SBN","organisation":null},
							                         {"label":"alla nämnder och bolag","organisation":null}],
							    "status":"DONE","completion":100},
							   {"text":"Verkställa planerna för digital transformation","status":"UNKNOWN","completion":null}],
							 "internalControls":[{"riskTitle":"Bristande avtalstrohet","result":"MINOR_DEVIATION",
							    "resultLabel":"Kontroll genomförd med mindre avvikelse"}],
							 "financialStatements":[{"title":"7.1 Resultaträkning","kind":"INCOME_STATEMENT","unit":"mnkr",
							    "unitName":"miljoner kronor","unitInKronor":1000000,
							    "columns":[{"label":"Bokslut 2022","kind":"OUTCOME","period":"helår 2022"},{"kind":"BUDGET"},{"kind":"FORECAST"},{"kind":"BUDGET_DEVIATION"}],
							    "rows":[{"label":"Summa intäkter","section":"Intäkter","isSum":true,"values":[20.2,20.3,19,-1.3]},
							            {"label":"Personalkostnader","isSum":false},
							            {"label":"Taxor och avgifter","values":[0.5,null,null,null],"amountsInKronor":[500000,null,null,null]},
							            {"label":"Summa totalt (mnkr)","values":[-211.2,-237.2,-231.3,5.9],
							             "amountsInKronor":[-211200000,-237200000,-231300000,5900000]}]}],
							 "importWarnings":[{"line":22,"code":"STATUS_SYMBOL_LOST"}]}
							""");
	}

	@Test
	void goalsAreFilteredByMunicipalityAssessmentLevelAndYear() {
		this.graphQl
			.document(
					"""
							{ goals(filter: {municipality: "enkoping", assessment: GOOD, year: 2023}) { edges { node { number } } } }
							""")
			.execute()
			.path("goals.edges[*].node.number")
			.entityList(String.class)
			.containsExactly("Mål 1", "Mål 23");
		this.graphQl.document("{ goals(filter: {level: BOARD}) { edges { node { title } } } }")
			.execute()
			.path("goals.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Fler elever ska nå målen");
		this.graphQl.document("{ goals(filter: {year: 1999}) { edges { node { id } } pageInfo { hasNextPage } } }")
			.execute()
			.path("goals.edges")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void goalsArePagedWithCursors() {
		String cursor = this.graphQl
			.document("{ goals(first: 3) { edges { cursor node { number } } pageInfo { hasNextPage endCursor } } }")
			.execute()
			.path("goals.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("goals.pageInfo.endCursor")
			.entity(String.class)
			.get();
		this.graphQl.document(
				"query($after: String) { goals(first: 3, after: $after) { edges { node { number } } pageInfo { hasNextPage } } }")
			.variable("after", cursor)
			.execute()
			.path("goals.edges[*].node.number")
			.entityList(String.class)
			.containsExactly("Mål 23")
			.path("goals.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

	@Test
	void connectionsCountEveryMatchOnAllPages() {
		this.graphQl.document("{ goals(first: 1) { totalCount edges { node { id } } } }")
			.execute()
			.path("goals.totalCount")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("goals.edges")
			.entityList(Object.class)
			.hasSize(1);
		this.graphQl
			.document("{ goals(filter: {municipality: \"enkoping\", assessment: GOOD, year: 2023}) { totalCount } }")
			.execute()
			.path("goals.totalCount")
			.entity(Integer.class)
			.isEqualTo(2);
		int enkopingCommitments = this.graphQl
			.document("{ commitments(first: 100, filter: {municipality: \"enkoping\"}) { edges { node { id } } } }")
			.execute()
			.path("commitments.edges")
			.entityList(Object.class)
			.get()
			.size();
		assertThat(enkopingCommitments).isPositive();
		this.graphQl.document("{ commitments(first: 1, filter: {municipality: \"enkoping\"}) { totalCount } }")
			.execute()
			.path("commitments.totalCount")
			.entity(Integer.class)
			.isEqualTo(enkopingCommitments);
		this.graphQl.document("{ indicators(filter: {year: 1999}) { totalCount } }")
			.execute()
			.path("indicators.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void goalsArePagedBackwardFromTheEndAndFromACursor() {
		List<String> all = this.graphQl.document("{ goals(first: 100) { edges { node { number } } } }")
			.execute()
			.path("goals.edges[*].node.number")
			.entityList(String.class)
			.hasSize(4)
			.get();
		String start = this.graphQl.document(
				"{ goals(last: 1) { edges { node { number } } pageInfo { hasPreviousPage hasNextPage startCursor } } }")
			.execute()
			.path("goals.edges[*].node.number")
			.entityList(String.class)
			.containsExactly(all.get(3))
			.path("goals.pageInfo.hasPreviousPage")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("goals.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("goals.pageInfo.startCursor")
			.entity(String.class)
			.get();
		String earlier = this.graphQl.document(
				"query($before: String) { goals(last: 2, before: $before) { edges { node { number } } pageInfo { hasPreviousPage hasNextPage startCursor } } }")
			.variable("before", start)
			.execute()
			.path("goals.edges[*].node.number")
			.entityList(String.class)
			.containsExactly(all.get(1), all.get(2))
			.path("goals.pageInfo.hasPreviousPage")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("goals.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("goals.pageInfo.startCursor")
			.entity(String.class)
			.get();
		this.graphQl.document(
				"query($before: String) { goals(last: 5, before: $before) { edges { node { number } } pageInfo { hasPreviousPage } } }")
			.variable("before", earlier)
			.execute()
			.path("goals.edges[*].node.number")
			.entityList(String.class)
			.containsExactly(all.get(0))
			.path("goals.pageInfo.hasPreviousPage")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

	@Test
	void pagingBothWaysAtOnceOrOutOfRangeIsTheClientsErrorNamingTheArgument() {
		this.graphQl.document("{ goals(first: 2, last: 2) { edges { node { id } } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getMessage()).contains("'last'").contains("'first'");
				assertThat(error.getExtensions()).containsEntry("argument", "last");
			}));
		this.graphQl.document("{ goals(last: 0) { edges { node { id } } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage())
					.isEqualTo("Argument 'last' must be between 1 and 100, was 0.")));
		this.graphQl.document("{ indicators(before: \"nonsense\") { edges { node { id } } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("argument", "before")));
	}

	@Test
	void reportsChangedSinceATimeAreThoseImportedOrReplacedAtOrAfterIt() {
		List<String> all = this.graphQl.document("{ reports { id } }")
			.execute()
			.path("reports[*].id")
			.entityList(String.class)
			.get();
		assertThat(all).isNotEmpty();
		// every report but the first imported in 2020
		this.jdbc.sql("UPDATE report SET imported_at = :old WHERE id <> :kept")
			.param("old", java.time.OffsetDateTime.parse("2020-01-01T00:00:00Z"))
			.param("kept", all.get(0))
			.update();
		this.graphQl.document("query($since: DateTime) { reports(changedSince: $since) { id } }")
			.variable("since", "2000-01-01T00:00:00Z")
			.execute()
			.path("reports[*].id")
			.entityList(String.class)
			.containsExactly(all.toArray(String[]::new));
		this.graphQl.document("query($since: DateTime) { reports(changedSince: $since) { id } }")
			.variable("since", "2020-01-01T00:00:00Z")
			.execute()
			.path("reports[*].id")
			.entityList(String.class)
			.containsExactly(all.toArray(String[]::new));
		this.graphQl.document("query($since: DateTime) { reports(changedSince: $since) { id } }")
			.variable("since", "2020-01-01T00:00:01+01:00")
			.execute()
			.path("reports[*].id")
			.entityList(String.class)
			.containsExactly(all.toArray(String[]::new));
		this.graphQl.document("query($since: DateTime) { reports(changedSince: $since) { id } }")
			.variable("since", "2021-06-01T00:00:00Z")
			.execute()
			.path("reports[*].id")
			.entityList(String.class)
			.containsExactly(all.get(0));
		this.graphQl.document("query($since: DateTime) { reports(changedSince: $since) { id } }")
			.variable("since", "2999-01-01T00:00:00Z")
			.execute()
			.path("reports")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void commitmentsAreFilteredByResponsibleBodyAndStatus() {
		this.graphQl.document("{ commitments(filter: {responsible: \"sbn\"}) { edges { node { text status } } } }")
			.execute()
			.path("commitments.edges[*].node.text")
			.entityList(String.class)
			.containsExactly("Identifiera och arbeta bort hinder för näringslivet");
		this.graphQl.document(
				"{ commitments(filter: {municipality: \"enkoping\", status: UNKNOWN}) { edges { node { text } } } }")
			.execute()
			.path("commitments.edges[*].node.text")
			.entityList(String.class)
			.containsExactly("Verkställa planerna för digital transformation");
	}

	@Test
	void indicatorsAreFilteredByLevel() {
		this.graphQl.document("{ indicators(filter: {level: COUNCIL}) { edges { node { name goal { number } } } } }")
			.execute()
			.path("indicators.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("23. a Sjukfrånvarostatistik");
	}

	@Test
	void evaluationsAreComparedAreaByArea() {
		this.graphQl.document("""
				{ evaluationComparison { evaluations { municipality { id } }
				    areas { number maxScore average scores { municipality { id } score } } } }
				""")
			.execute()
			.path("evaluationComparison.areas[0]")
			.matchesJson(
					"""
							{"number":1,"maxScore":100,"average":68.0,
							 "scores":[{"municipality":{"id":"haninge"},"score":66},{"municipality":{"id":"eskilstuna"},"score":70}]}
							""");
	}

	@Test
	void everyRecordLeadsToItsSourceLines() {
		this.graphQl.document("""
				{ goals(first: 1) { edges { node { provenance { report { id } lineStart lineEnd excerpt } } } } }
				""").execute().path("goals.edges[0].node.provenance").matchesJson("""
				{"report":{"id":"enkoping-ks-delarsrapport-2023-08"},"lineStart":10,"lineEnd":12,
				 "excerpt":"Rad 10 värde 10 Rad 11 värde 11 Rad 12 värde 12"}
				""");
		this.graphQl.document(
				"{ report(id: \"enkoping-ks-delarsrapport-2023-08\") { sourceLines(from: 10, to: 11) { number text } } }")
			.execute()
			.path("report.sourceLines")
			.matchesJson(
					"[{\"number\":10,\"text\":\"Rad 10\\tvärde 10\"},{\"number\":11,\"text\":\"Rad 11\\tvärde 11\"}]");
	}

	@Test
	void reportsAreFilteredByMunicipalityKindAndYear() {
		this.graphQl.document("{ reports(kind: EVALUATION) { id } }")
			.execute()
			.path("reports[*].id")
			.entityList(String.class)
			.containsExactly("haninge-skr-kommunkompassen-2023", "eskilstuna-skr-kommunkompassen-2021");
		this.graphQl.document("{ reports(municipality: \"enkoping\", year: 2023) { id municipality { name } } }")
			.execute()
			.path("reports")
			.matchesJson("[{\"id\":\"enkoping-ks-delarsrapport-2023-08\",\"municipality\":{\"name\":\"Enköping\"}}]");
		this.graphQl.document("{ reports(municipality: \"enkoping\", year: 2019) { id } }")
			.execute()
			.path("reports")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void evaluationsAreFilteredByMunicipalityAndYear() {
		this.graphQl
			.document("{ evaluations(municipality: \"eskilstuna\") { id year totalScore municipality { id } } }")
			.execute()
			.path("evaluations")
			.matchesJson("""
					[{"id":"eskilstuna-skr-kommunkompassen-2021.evaluation","year":2021,"totalScore":480,
					  "municipality":{"id":"eskilstuna"}}]
					""");
		this.graphQl.document("{ evaluations(year: 2023) { municipality { id } } }")
			.execute()
			.path("evaluations[*].municipality.id")
			.entityList(String.class)
			.containsExactly("haninge");
	}

	@Test
	void everyRecordCanBeLookedUpByTheIdTheApiGives() {
		String report = "enkoping-ks-delarsrapport-2023-08";
		this.graphQl.document("""
				query($goal: ID!, $indicator: ID!, $commitment: ID!, $statement: ID!, $evaluation: ID!) {
				  goal(id: $goal) { number report { id } }
				  indicator(id: $indicator) { name goal { number } }
				  commitment(id: $commitment) { text goal { number } area { name } }
				  financialStatement(id: $statement) { title report { id } }
				  evaluation(id: $evaluation) { totalScore report { kind } }
				  missing: goal(id: "no-such-goal") { id }
				}
				""")
			.variable("goal", report + ".goal-mal-23")
			.variable("indicator", report + ".indicator-23-a")
			.variable("commitment", report + ".commitment-identifiera-hinder")
			.variable("statement", report + ".statement-7-1-resultatrakning")
			.variable("evaluation", "haninge-skr-kommunkompassen-2023.evaluation")
			.execute()
			.path("")
			.matchesJson(
					"""
							{"goal":{"number":"Mål 23","report":{"id":"enkoping-ks-delarsrapport-2023-08"}},
							 "indicator":{"name":"23. a Sjukfrånvarostatistik","goal":{"number":"Mål 23"}},
							 "commitment":{"text":"Identifiera och arbeta bort hinder för näringslivet","goal":{"number":"Mål 1"},
							   "area":{"name":"Delaktighet och demokrati"}},
							 "financialStatement":{"title":"7.1 Resultaträkning","report":{"id":"enkoping-ks-delarsrapport-2023-08"}},
							 "evaluation":{"totalScore":504,"report":{"kind":"EVALUATION"}},
							 "missing":null}
							""");
	}

	@Test
	void goalsCommitmentsAndIndicatorsAreFilteredByAreaGoalAndReport() {
		String report = "enkoping-ks-delarsrapport-2023-08";
		this.graphQl.document("query($area: ID!) { goals(filter: {area: $area}) { edges { node { number title } } } }")
			.variable("area", report + ".area-livslangt")
			.execute()
			.path("goals.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Enköping är en attraktiv skolkommun", "Fler elever ska nå målen");
		this.graphQl
			.document(
					"query($goal: ID!) { commitments(filter: {goal: $goal, year: 2023}) { edges { node { text } } } }")
			.variable("goal", report + ".goal-mal-1")
			.execute()
			.path("commitments.edges[*].node.text")
			.entityList(String.class)
			.containsExactly("Identifiera och arbeta bort hinder för näringslivet");
		this.graphQl.document("query($area: ID!) { commitments(filter: {area: $area}) { edges { node { text } } } }")
			.variable("area", report + ".area-livslangt")
			.execute()
			.path("commitments.edges[*].node.text")
			.entityList(String.class)
			.containsExactly("Verkställa planerna för digital transformation");
		this.graphQl
			.document(
					"""
							query($report: ID!, $goal: ID!) {
							  byReport: indicators(filter: {report: $report, municipality: "enkoping", year: 2023}) { edges { node { name } } }
							  byGoal: indicators(filter: {goal: $goal}) { edges { node { name } } }
							  elsewhere: indicators(filter: {municipality: "haninge"}) { edges { node { name } } }
							}
							""")
			.variable("report", report)
			.variable("goal", report + ".goal-mal-1")
			.execute()
			.path("byReport.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("23. a Sjukfrånvarostatistik")
			.path("byGoal.edges")
			.entityList(Object.class)
			.hasSize(0)
			.path("elsewhere.edges")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void pageSizeAbove100IsRefusedWithAClearError() {
		this.graphQl.document("{ goals(first: 500) { edges { cursor } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage())
					.isEqualTo("Argument 'first' must be between 1 and 100, was 500.")));
	}

	@Test
	void tooManySourceLinesAreRefused() {
		this.graphQl.document(
				"{ report(id: \"enkoping-ks-delarsrapport-2023-08\") { sourceLines(from: 1, to: 1000) { number } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("At most 500 lines")));
	}

	@Test
	void queryDeeperThanTheLimitIsRefused() {
		this.graphQl.document("""
				{ municipalities { reports { goals { parent { parent { parent { parent { parent { parent { parent {
				  parent { parent { parent { id } } } } } } } } } } } } } }
				""")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("maximum query depth exceeded")));
	}

	@Test
	void malformedQuerySaysWhereItIsWrong() {
		this.graphQl.document("{ municipalities { id ")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("InvalidSyntax");
				assertThat(error.getLocations()).isNotEmpty();
			}));
	}

	@Test
	void unknownFieldIsAValidationError() {
		this.graphQl.document("{ municipalities { id population } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("population")));
	}

	@Test
	void oversizedBodyIsRefusedBeforeItIsRead() throws Exception {
		String padding = " ".repeat(40_000);
		HttpResponse<String> response = post("{\"query\":\"{ municipalities { id } }" + padding + "\"}");
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("the limit is 32768 bytes").doesNotContain("Exception");
	}

	@Test
	void invalidJsonGetsAClientErrorWithoutAStackTrace() throws Exception {
		HttpResponse<String> response = post("{\"query\": ");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("at se.").doesNotContain("Exception");
	}

	@Test
	void anyOriginMayQueryWithoutCredentials() throws Exception {
		HttpRequest preflight = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://www.haninge.se")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type")
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(preflight, HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
		assertThat(response.headers().allValues("Access-Control-Allow-Methods")).isNotEmpty()
			.allSatisfy(
					(methods) -> assertThat(List.of(methods.split(",\\s*"))).containsOnly("GET", "POST", "OPTIONS"));
	}

	@Test
	void failedImportLeavesTheRunningServerServingTheSameData() {
		byte[] truncated = "Kommunkompassen - analys av Haninge kommun 2023\n\u0000\u0001\u0002".getBytes();
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> this.importer.importFile("broken.txt", truncated))
			.withMessageStartingWith("broken.txt");
		this.graphQl.document("{ municipalities { id } }")
			.execute()
			.path("municipalities[*].id")
			.entityList(String.class)
			.containsExactly("enkoping", "eskilstuna", "haninge");
	}

	private HttpResponse<String> post(String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
