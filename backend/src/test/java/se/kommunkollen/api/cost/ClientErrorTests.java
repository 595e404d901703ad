package se.kommunkollen.api.cost;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arguments the client got wrong are BAD_REQUEST errors that name the argument and the
 * value, refused before anything runs, and logged at most at INFO without a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunkollen.samples.import-on-empty=false",
				"spring.datasource.url=jdbc:h2:mem:client-errors" })
@AutoConfigureHttpGraphQlTester
@ExtendWith(OutputCaptureExtension.class)
class ClientErrorTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void malformedCursorIsTheClientsError(CapturedOutput output) {
		int start = output.getAll().length();
		assertBadRequest("{ goals(after: \"bm90IGEgY3Vyc29y\") { edges { cursor } } }", "after",
				"Argument 'after' is not a cursor of this list: \"bm90IGEgY3Vyc29y\".");
		assertBadRequest("{ commitments(first: 2, after: \"%%%\") { edges { cursor } } }", "after",
				"Argument 'after' is not a cursor of this list: \"%%%\".");
		assertQuietLog(output.getAll().substring(start));
	}

	@Test
	void pageSizeOutOfRangeIsTheClientsError(CapturedOutput output) {
		int start = output.getAll().length();
		assertBadRequest("{ goals(first: -1) { edges { cursor } } }", "first",
				"Argument 'first' must be between 1 and 100, was -1.");
		assertBadRequest("{ indicators(first: 0) { edges { cursor } } }", "first",
				"Argument 'first' must be between 1 and 100, was 0.");
		assertBadRequest("{ commitments(first: 101) { edges { cursor } } }", "first",
				"Argument 'first' must be between 1 and 100, was 101.");
		assertQuietLog(output.getAll().substring(start));
	}

	@Test
	void malformedIdsAreTheClientsError(CapturedOutput output) {
		int start = output.getAll().length();
		assertBadRequest("{ goal(id: \"\") { id } }", "id", "Argument 'id' is not an id: \"\".");
		assertBadRequest("{ report(id: \"enkoping\\u0000\") { id } }", "id",
				"Argument 'id' is not an id: \"enkoping\\u0000\".");
		assertBadRequest("{ municipality(id: \"" + "x".repeat(201) + "\") { id } }", "id",
				"Argument 'id' is not an id: \"" + "x".repeat(60) + "\"….");
		assertBadRequest("{ goals(filter: {municipality: \"\"}) { edges { cursor } } }", "filter",
				"Argument 'filter.municipality' is not an id: \"\".");
		assertBadRequest("{ evaluationComparison(municipalities: [\"haninge\", \"\\t\"]) { areas { number } } }",
				"municipalities", "Argument 'municipalities[1]' is not an id: \"\\u0009\".");
		assertQuietLog(output.getAll().substring(start));
	}

	@Test
	void wellFormedUnknownIdIsNotAnError() {
		this.graphQl.document("{ goal(id: \"no-such-goal\") { id } }").execute().path("goal").valueIsNull();
	}

	private void assertBadRequest(String query, String argument, String messageStart) {
		this.graphQl.document(query)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getMessage()).startsWith(messageStart);
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getExtensions())
					.containsAllEntriesOf(Map.of("code", "INVALID_ARGUMENT", "argument", argument));
				assertThat(error.getLocations()).isNotEmpty();
			}));
	}

	private static void assertQuietLog(String log) {
		assertThat(log).doesNotContain(" ERROR ")
			.doesNotContain(" WARN ")
			.doesNotContain("\tat ")
			.doesNotContain("Exception");
	}

}
