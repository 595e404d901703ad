package se.kommunkollen.operations;

import java.util.Map;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Records the cost every answer reports in {@code extensions.cost} (see
 * {@code QueryLimitsInstrumentation}) as the distribution summary
 * {@code kommunkollen.graphql.cost}, tagged by whether the query was within the limit.
 * Read from the answer, so it holds for POST, GET and persisted queries alike.
 */
@Component
class QueryCostMetrics implements WebGraphQlInterceptor {

	/** Bucket bounds: from a widget's query up to the default limit (500 000). */
	private static final double[] BUCKETS = { 10, 100, 1_000, 10_000, 50_000, 100_000, 250_000, 500_000, 1_000_000 };

	private final DistributionSummary executed;

	private final DistributionSummary refused;

	QueryCostMetrics(MeterRegistry registry) {
		this.executed = summary(registry, "within");
		this.refused = summary(registry, "over");
	}

	private static DistributionSummary summary(MeterRegistry registry, String limit) {
		return DistributionSummary.builder("kommunkollen.graphql.cost")
			.description("Objects a query's answer could hold, as counted before it runs")
			.baseUnit("objects")
			.tag("limit", limit)
			.serviceLevelObjectives(BUCKETS)
			.register(registry);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).doOnNext(this::record);
	}

	private void record(WebGraphQlResponse response) {
		if (!(response.getExtensions().get("cost") instanceof Map<?, ?> cost)
				|| !(cost.get("requested") instanceof Number requested)
				|| !(cost.get("limit") instanceof Number limit)) {
			return;
		}
		// Long.MAX_VALUE stands for "more than can be counted": it would swamp the sum.
		if (requested.longValue() == Long.MAX_VALUE) {
			this.refused.record(limit.doubleValue() + 1);
			return;
		}
		(requested.longValue() > limit.longValue() ? this.refused : this.executed).record(requested.doubleValue());
	}

}
