package se.kommunkollen.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the public GraphQL API ({@code kommunkollen.api.*}).
 *
 * @param maxDepth deepest nesting of fields a query may have (introspection excepted)
 * @param maxCost most objects a query may be able to return, counted before it runs (see
 * {@code se.kommunkollen.api.cost.QueryCost})
 * @param timeout longest a request may run; it is then answered with an error and its
 * execution stopped
 * @param executionThreads threads that execute GraphQL requests
 * @param executionQueue requests that may wait for one of those threads; more are
 * answered "busy"
 * @param heavyCost queries that cost more than this (and are within the limits) run in
 * the lane for heavy queries, so that cheap queries never wait behind them
 * @param heavyThreads threads of the lane for heavy queries
 * @param heavyQueue heavy queries that may wait for one of those threads; more are
 * answered "busy"
 * @param queryCache query text kept with its parsed and validated document and its cost,
 * so that a query sent again is neither parsed, validated nor measured again
 */
@ConfigurationProperties("kommunkollen.api")
public record ApiProperties(int maxDepth, long maxCost, Duration timeout, int executionThreads, int executionQueue,
		@DefaultValue("100000") long heavyCost, @DefaultValue("1") int heavyThreads, @DefaultValue("20") int heavyQueue,
		@DefaultValue("2MB") DataSize queryCache) {
}
