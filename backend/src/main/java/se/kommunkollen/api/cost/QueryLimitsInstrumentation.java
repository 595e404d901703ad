package se.kommunkollen.api.cost;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.graphql.execution.ErrorType;

/**
 * Checks every operation before any data fetcher runs: its arguments, its depth (outside
 * introspection) and its cost ({@link QueryCost}). A query over a limit is refused with
 * one error saying which limit and by how much; every answer carries
 * {@code extensions.cost = {requested, limit}}. The cost comes from {@link QueryCosts},
 * so a query sent again is not measured again.
 */
public class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

	private static final Log logger = LogFactory.getLog(QueryLimitsInstrumentation.class);

	private final int maxDepth;

	private final long maxCost;

	private final QueryCosts costs;

	public QueryLimitsInstrumentation(int maxDepth, long maxCost, QueryCosts costs) {
		this.maxDepth = maxDepth;
		this.maxCost = maxCost;
		this.costs = costs;
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Measured();
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		QueryCost measured = this.costs.measure(context);
		if (QueryCosts.isUncountable(measured)) {
			throw refuse(tooCostly(Long.MAX_VALUE));
		}
		((Measured) state).cost = measured.cost();
		if (!measured.errors().isEmpty()) {
			throw refuse(measured.errors().toArray(GraphQLError[]::new));
		}
		if (measured.depth() > this.maxDepth) {
			throw refuse(tooDeep(measured.depth()));
		}
		if (measured.cost() > this.maxCost) {
			throw refuse(tooCostly(measured.cost()));
		}
		return null;
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		Long cost = ((Measured) state).cost;
		if (cost == null) {
			return CompletableFuture.completedFuture(result);
		}
		return CompletableFuture
			.completedFuture(result.transform((builder) -> builder.addExtension("cost", cost(cost))));
	}

	private Map<String, Object> cost(long requested) {
		Map<String, Object> cost = new LinkedHashMap<>();
		cost.put("requested", requested);
		cost.put("limit", this.maxCost);
		return cost;
	}

	private GraphQLError tooCostly(long requested) {
		String amount = (requested == Long.MAX_VALUE) ? "more than can be counted" : String.valueOf(requested);
		return GraphqlErrorBuilder.newError()
			.message("The query is too costly: it can return " + amount + " objects and the limit is " + this.maxCost
					+ ". Ask for fewer items (first, from/to), fewer nested lists or fewer aliases;"
					+ " the cost rules are in the schema's description.")
			.errorType(ErrorType.BAD_REQUEST)
			.extensions(Map.of("code", "QUERY_TOO_COSTLY", "cost", cost(requested)))
			.build();
	}

	private GraphQLError tooDeep(int depth) {
		return GraphqlErrorBuilder.newError()
			.message("maximum query depth exceeded: the query nests " + depth + " fields deep and the limit is "
					+ this.maxDepth + ".")
			.errorType(ErrorType.BAD_REQUEST)
			.extensions(Map.of("code", "QUERY_TOO_DEEP", "depth", Map.of("requested", depth, "limit", this.maxDepth)))
			.build();
	}

	private static AbortExecutionException refuse(GraphQLError... errors) {
		if (logger.isDebugEnabled()) {
			logger.debug("Refused before execution: " + errors[0].getMessage());
		}
		return new AbortExecutionException(List.of(errors));
	}

	private static final class Measured implements InstrumentationState {

		private volatile Long cost;

	}

}
