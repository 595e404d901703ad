package se.kommunkollen.api.cost;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query sent again is neither parsed, validated nor measured again: a refused query
 * costs a lookup the second time. The cost is kept per variables, as it depends on them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunkollen.samples.import-on-empty=false", "spring.datasource.url=jdbc:h2:mem:query-cache",
				"kommunkollen.rate-limit.enabled=false" })
@AutoConfigureHttpGraphQlTester
class QueryCacheHttpTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	DocumentCache documents;

	@Autowired
	QueryCosts costs;

	@Autowired
	GraphQlSource source;

	@Test
	void graphqlJavaReadsDocumentsFromTheCache() {
		assertThat(this.source.graphQl().getPreparsedDocumentProvider()).isSameAs(this.documents);
	}

	@Test
	void aRefusedQuerySentAgainIsAnsweredFromTheCache() {
		String fanOut = "{ cacheTest: reports { goals { report { goals { report { goals { report { goals { id } } } } } } } } }";
		long parses = this.documents.parses();
		long measurements = this.costs.measurements();
		for (int i = 0; i < 3; i++) {
			this.graphQl.document(fanOut)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COSTLY")));
		}
		assertThat(this.documents.parses() - parses).as("parsed and validated").isOne();
		assertThat(this.costs.measurements() - measurements).as("measured").isOne();
	}

	@Test
	void anInvalidQuerySentAgainIsNotParsedAgain() {
		String invalid = "{ cacheTest: municipalities { noSuchField } }";
		long parses = this.documents.parses();
		for (int i = 0; i < 3; i++) {
			this.graphQl.document(invalid)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).first()
					.satisfies((error) -> assertThat(error.getMessage()).contains("noSuchField")));
		}
		assertThat(this.documents.parses() - parses).isOne();
	}

	@Test
	void theCostIsKeptPerVariables() {
		String query = "query CacheTest($n: Int) { goals(first: $n) { edges { node { id } } } }";
		long measurements = this.costs.measurements();
		assertThat(cost(query, 5)).isEqualTo(1 + 5 + 5);
		assertThat(cost(query, 50)).isEqualTo(1 + 50 + 50);
		assertThat(cost(query, 5)).isEqualTo(1 + 5 + 5);
		assertThat(this.costs.measurements() - measurements).as("measured").isEqualTo(2);
	}

	@SuppressWarnings("unchecked")
	private long cost(String query, int first) {
		Map<String, Object> cost = (Map<String, Object>) this.graphQl.document(query)
			.variable("n", first)
			.execute()
			.returnResponse()
			.getExtensions()
			.get("cost");
		return ((Number) cost.get("requested")).longValue();
	}

}
