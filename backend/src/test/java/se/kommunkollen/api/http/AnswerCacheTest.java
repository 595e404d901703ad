package se.kommunkollen.api.http;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import graphql.language.OperationDefinition;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.MediaType;

import se.kommunkollen.report.DataVersion;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerCacheTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void onlyAnswersToQueriesWithDataAndNoErrorAreKept() {
		AnswerCache answers = new AnswerCache(1_000_000, this.json);
		assertThat(answers.offer(key("query"), response(OperationDefinition.Operation.QUERY, false), json()))
			.isNotNull();
		assertThat(answers.get(key("query"))).isNotNull();
		assertThat(answers.offer(key("mutation"), response(OperationDefinition.Operation.MUTATION, false), json()))
			.isNull();
		assertThat(answers.offer(key("failing"), response(OperationDefinition.Operation.QUERY, true), json())).isNull();
		assertThat(answers.offer(key("unknown"), response(null, false), json())).isNull();
		assertThat(answers.get(key("mutation"))).isNull();
		assertThat(answers.get(key("failing"))).isNull();
	}

	@Test
	void anotherDataVersionIsAnotherAnswer() {
		AnswerCache answers = new AnswerCache(1_000_000, this.json);
		answers.offer(key("query"), response(OperationDefinition.Operation.QUERY, false), json());
		assertThat(answers.get(key("query"), 1)).isNotNull();
		assertThat(answers.get(key("query"), 2)).isNull();
	}

	@Test
	void answersOverAQuarterOfTheCacheAreNotKeptAndTheCacheStaysWithinItsSize() {
		AnswerCache answers = new AnswerCache(4_000, this.json);
		assertThat(answers.offer(key("big"), response(OperationDefinition.Operation.QUERY, false, 1_200), json()))
			.isNull();
		for (int i = 0; i < 50; i++) {
			answers.offer(key("q" + i), response(OperationDefinition.Operation.QUERY, false, 500), json());
		}
		answers.cleanUp();
		assertThat(answers.statistics().get("entries")).isBetween(1L, 7L);
	}

	@Test
	void aSizeOfZeroKeepsNothing() {
		AnswerCache answers = new AnswerCache(0, this.json);
		assertThat(answers.enabled()).isFalse();
		assertThat(answers.offer(key("query"), response(OperationDefinition.Operation.QUERY, false), json())).isNull();
		assertThat(answers.get(key("query"))).isNull();
	}

	private static AnswerCache.Key key(String body) {
		return AnswerCache.key("POST", body.getBytes(), null, "application/json");
	}

	private static MediaType json() {
		return MediaType.APPLICATION_JSON;
	}

	private static WebGraphQlResponse response(OperationDefinition.Operation operation, boolean error) {
		return response(operation, error, 10);
	}

	private static WebGraphQlResponse response(OperationDefinition.Operation operation, boolean error, int size) {
		ExecutionInput input = ExecutionInput.newExecutionInput("{ x }").build();
		if (operation != null) {
			input.getGraphQLContext().put(AnswerCache.class.getName() + ".OPERATION", operation);
			input.getGraphQLContext().put(DataVersion.class, 1L);
		}
		ExecutionResultImpl.Builder<?> result = ExecutionResultImpl.newExecutionResult()
			.data(Map.of("x", "y".repeat(size)));
		if (error) {
			result.addError(GraphqlErrorBuilder.newError().message("no").build());
		}
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(input, result.build()));
	}

}
