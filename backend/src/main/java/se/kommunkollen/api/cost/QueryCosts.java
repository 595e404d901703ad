package se.kommunkollen.api.cost;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.RawVariables;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.FragmentDefinition;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLSchema;

import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;

/**
 * The cost of each query ({@link QueryCost}), kept by query text, operation name and
 * variables: the cost depends on nothing else, so a query sent again (a refused one above
 * all) is not measured again. It can be asked before execution, to choose where a query
 * runs, and is asked again by {@link QueryLimitsInstrumentation}, which then finds it
 * here. Bounded by the characters of query text it holds.
 */
public class QueryCosts {

	/** As many fields as graphql-java's normalization builds at most. */
	static final long MAX_EXPANDED_FIELDS = 100_000;

	private static final QueryCost UNCOUNTABLE = new QueryCost(Long.MAX_VALUE, 0, List.of());

	private final Cache<Key, QueryCost> verdicts;

	private final DocumentCache documents;

	private final ArgumentChecks checks;

	private final LongAdder measurements = new LongAdder();

	public QueryCosts(long maxQueryChars, DocumentCache documents, CursorStrategy<ScrollPosition> cursors) {
		this.verdicts = Caffeine.newBuilder()
			.maximumWeight(maxQueryChars)
			.weigher((Key key, QueryCost cost) -> key.weight())
			.build();
		this.documents = documents;
		this.checks = new ArgumentChecks(cursors);
	}

	/**
	 * The cost of the input before it runs, or null when it cannot be measured (it does
	 * not parse or validate, names no operation of its document, or its variables do not
	 * fit): execution then refuses it with the reason.
	 */
	public QueryCost estimate(ExecutionInput input, GraphQLSchema schema) {
		Key key = Key.of(input);
		QueryCost known = this.verdicts.getIfPresent(key);
		if (known != null) {
			return known;
		}
		PreparsedDocumentEntry entry = this.documents.entry(input, schema);
		if (entry.hasErrors()) {
			return null;
		}
		QueryCost cost;
		try {
			NodeUtil.GetOperationResult operation = NodeUtil.getOperation(entry.getDocument(),
					input.getOperationName());
			cost = measure(schema, operation.operationDefinition, operation.fragmentsByName,
					() -> ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
							schema, entry.getDocument(), input.getOperationName(), input.getRawVariables(),
							input.getGraphQLContext(), input.getLocale()));
		}
		catch (RuntimeException ex) {
			return null;
		}
		this.verdicts.put(key, cost);
		return cost;
	}

	/** The cost of the operation about to run. */
	QueryCost measure(ExecutionContext context) {
		return this.verdicts.get(Key.of(context.getExecutionInput()), (key) -> measure(context.getGraphQLSchema(),
				context.getOperationDefinition(), context.getFragmentsByName(), context.getNormalizedQueryTree()));
	}

	private QueryCost measure(GraphQLSchema schema, OperationDefinition operation,
			Map<String, FragmentDefinition> fragments, Supplier<ExecutableNormalizedOperation> normalized) {
		this.measurements.increment();
		// graphql-java's normalization visits every expanded field: a fragment bomb is
		// measured on the document first, in linear time
		if (ExpandedSize.of(operation.getSelectionSet(), fragments) > MAX_EXPANDED_FIELDS) {
			return UNCOUNTABLE;
		}
		try {
			return QueryCost.of(normalized.get(), schema, this.checks);
		}
		catch (AbortExecutionException ex) {
			// the operation expands to more fields than graphql-java builds
			return UNCOUNTABLE;
		}
	}

	/** How many queries were measured, rather than found here. */
	public long measurements() {
		return this.measurements.sum();
	}

	static boolean isUncountable(QueryCost cost) {
		return cost == UNCOUNTABLE;
	}

	private record Key(String query, String operationName, Map<String, Object> variables) {

		static Key of(ExecutionInput input) {
			return new Key(input.getQuery(), input.getOperationName(),
					Objects.requireNonNullElse(input.getRawVariables().toMap(), Map.of()));
		}

		int weight() {
			return this.query.length() + 64 * this.variables.size();
		}

	}

}
