package se.kommunkollen.api.cost;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.schema.GraphQLSchema;

/**
 * Parsed and validated documents by query text, so that a query sent again (the site's,
 * or an attacker's refused one) is neither parsed nor validated again. Documents that
 * fail to parse or validate are kept too, with their errors. Bounded by the characters of
 * query text it holds; the least used are evicted first.
 */
public class DocumentCache implements PreparsedDocumentProvider {

	private final Cache<String, PreparsedDocumentEntry> documents;

	private final LongAdder parses = new LongAdder();

	public DocumentCache(long maxQueryChars) {
		this.documents = Caffeine.newBuilder()
			.maximumWeight(maxQueryChars)
			.weigher((String query, PreparsedDocumentEntry entry) -> query.length())
			.build();
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		return CompletableFuture.completedFuture(this.documents.get(input.getQuery(), (query) -> {
			this.parses.increment();
			return parseAndValidate.apply(input);
		}));
	}

	/**
	 * The document of the input, parsed and validated against the schema if not known.
	 */
	PreparsedDocumentEntry entry(ExecutionInput input, GraphQLSchema schema) {
		return this.documents.get(input.getQuery(), (query) -> {
			this.parses.increment();
			ParseAndValidateResult result = ParseAndValidate.parseAndValidate(schema, input);
			if (result.getSyntaxException() != null) {
				return new PreparsedDocumentEntry(result.getSyntaxException().toInvalidSyntaxError());
			}
			List<? extends GraphQLError> errors = result.getValidationErrors();
			return errors.isEmpty() ? new PreparsedDocumentEntry(result.getDocument())
					: new PreparsedDocumentEntry(result.getDocument(), errors);
		});
	}

	/** How many documents were parsed and validated, rather than found here. */
	public long parses() {
		return this.parses.sum();
	}

}
