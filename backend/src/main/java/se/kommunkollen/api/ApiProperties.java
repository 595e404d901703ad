package se.kommunkollen.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

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
 */
@ConfigurationProperties("kommunkollen.api")
public record ApiProperties(int maxDepth, long maxCost, Duration timeout, int executionThreads, int executionQueue) {
}
