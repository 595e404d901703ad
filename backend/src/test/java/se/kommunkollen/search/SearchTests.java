package se.kommunkollen.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search in Swedish over the four bundled samples, imported on first start: stemming,
 * words within compounds, phrases, filters, paging and snippets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "kommunkollen.samples.import-on-empty=true", "spring.datasource.url=jdbc:h2:mem:search" })
@AutoConfigureGraphQlTester
class SearchTests {

	private static final String SEARCH = """
			query($query: String!, $municipality: ID, $kinds: [SearchKind!], $first: Int) {
			  search(query: $query, municipality: $municipality, kinds: $kinds, first: $first) {
			    totalCount
			    edges { node {
			      kind title snippet snippetHtml score
			      municipality { id }
			      report { id }
			      record { __typename ... on Goal { id title } ... on Commitment { id } }
			      provenance { lineStart lineEnd report { id } }
			    } }
			  }
			}""";

	@Autowired
	GraphQlTester graphQl;

	@Test
	void bostadFindsGoalsAboutBostaderInMoreThanOneMunicipalityWithTheWordsMarked() {
		List<Map<String, Object>> hits = search("bostad", null, List.of("GOAL"), 50);
		assertThat(hits).isNotEmpty();
		assertThat(hits.stream().map(SearchTests::municipality).distinct().count()).isGreaterThan(1);
		for (Map<String, Object> hit : hits) {
			assertThat(hit.get("kind")).isEqualTo("GOAL");
			Map<?, ?> record = (Map<?, ?>) hit.get("record");
			assertThat(record.get("__typename")).isEqualTo("Goal");
			assertThat(record.get("title")).isEqualTo(hit.get("title"));
			assertThat((String) hit.get("snippetHtml")).containsPattern("(?i)<mark>bost[aä]");
		}
	}

	@Test
	void aWordFindsItsOtherFormsAndTheCompoundsItBegins() {
		List<String> snippets = search("bostad", null, null, 100).stream()
			.map((hit) -> (String) hit.get("snippetHtml"))
			.toList();
		String marked = String.join("\n", snippets).toLowerCase();
		assertThat(marked).contains("<mark>bostäder</mark>").contains("<mark>bostad</mark>");
		assertThat(marked).containsPattern("<mark>bostads[a-zåäö]+</mark>");
		assertThat(total("bostäder")).isEqualTo(total("bostad"));
		assertThat(total("bostaden")).isPositive();
	}

	@Test
	void wordsInQuotesMustStandTogetherInThatOrder() {
		List<Map<String, Object>> phrase = search("\"600 bostäder\"", null, null, 20);
		assertThat(phrase).isNotEmpty().allSatisfy((hit) -> assertThat(municipality(hit)).isEqualTo("eskilstuna"));
		assertThat(total("\"bostäder 600\"")).isZero();
		assertThat(total("bostäder 600")).isGreaterThanOrEqualTo(phrase.size());
	}

	@Test
	void hitsAreFilteredByMunicipalityAndKindAndCarryTheirSourceLines() {
		List<Map<String, Object>> hits = search("bostäder", "sodertalje", List.of("REPORT_TEXT"), 20);
		assertThat(hits).isNotEmpty().allSatisfy((hit) -> {
			assertThat(municipality(hit)).isEqualTo("sodertalje");
			assertThat(hit.get("kind")).isEqualTo("REPORT_TEXT");
			assertThat(hit.get("record")).isNull();
			Map<?, ?> provenance = (Map<?, ?>) hit.get("provenance");
			assertThat((Integer) provenance.get("lineEnd"))
				.isGreaterThanOrEqualTo((Integer) provenance.get("lineStart"));
			assertThat(((Map<?, ?>) provenance.get("report")).get("id"))
				.isEqualTo(((Map<?, ?>) hit.get("report")).get("id"));
		});
	}

	@Test
	void totalCountCountsEveryPageAndPagesDoNotOverlap() {
		long total = total("kommunen");
		assertThat(total).isGreaterThan(20);
		List<Map<String, Object>> first = search("kommunen", null, null, 20);
		assertThat(first).hasSize(20);
		assertThat(first).extracting((hit) -> (Double) hit.get("score"))
			.isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void anEmptyQueryOrOneOfOnlyStopWordsIsTheClientsError() {
		for (String query : List.of("   ", "och att")) {
			this.graphQl.document(SEARCH)
				.variable("query", query)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((error) -> assertThat(error.getMessage()).startsWith("Argument 'query'")));
		}
	}

	private long total(String query) {
		return this.graphQl.document(SEARCH)
			.variable("query", query)
			.variable("first", 1)
			.execute()
			.path("search.totalCount")
			.entity(Long.class)
			.get();
	}

	private List<Map<String, Object>> search(String query, String municipality, List<String> kinds, int first) {
		return this.graphQl.document(SEARCH)
			.variable("query", query)
			.variable("municipality", municipality)
			.variable("kinds", kinds)
			.variable("first", first)
			.execute()
			.path("search.edges[*].node")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private static String municipality(Map<String, Object> hit) {
		return (String) ((Map<?, ?>) hit.get("municipality")).get("id");
	}

}
