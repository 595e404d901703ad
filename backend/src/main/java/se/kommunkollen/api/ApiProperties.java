package se.kommunkollen.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the public GraphQL API ({@code kommunkollen.api.*}).
 *
 * @param maxDepth deepest nesting of fields a query may have
 * @param maxComplexity most fields a query may select, counted over the whole document
 * @param timeout longest a request may run before it is answered with an error
 * @param maxRequestBytes largest request body accepted on {@code /graphql}
 */
@ConfigurationProperties("kommunkollen.api")
public record ApiProperties(int maxDepth, int maxComplexity, Duration timeout, long maxRequestBytes) {
}
