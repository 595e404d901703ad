package se.kommunkollen.api.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.GraphQLContext;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.language.OperationDefinition;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.MediaType;

import se.kommunkollen.report.DataVersion;

/**
 * Whole answers to public queries, serialized, kept in memory by request with the
 * {@link DataVersion} they were read at: published data changes only with the data
 * version, so while it is unchanged the same request has the same answer, and a repeated
 * request is answered without parsing, executing or serializing anything; only the data
 * version is read, to compare. After a new data version (an import or correction through
 * any instance) a request is executed again and its answer replaces the older one; the
 * least used entries are evicted beyond the size limit.
 * <p>
 * Only answers to queries (never mutations) that hold data and no error are kept, and
 * only for requests without credentials (no {@code Authorization} header and no cookie),
 * so what one client gets here is what any other would get for the same request.
 */
public class AnswerCache {

	/**
	 * GraphQL context key under which {@link #operationKinds()} records the operation.
	 */
	private static final String OPERATION = AnswerCache.class.getName() + ".OPERATION";

	private final @Nullable Cache<Key, Answer> answers;

	private final long largestAnswer;

	private final JsonMapper json;

	AnswerCache(long maxBytes, JsonMapper json) {
		this.json = json;
		// One answer may take at most a quarter of the cache, so that one heavy query
		// never empties it.
		this.largestAnswer = maxBytes / 4;
		this.answers = (maxBytes <= 0) ? null
				: Caffeine.newBuilder()
					.maximumWeight(maxBytes)
					.weigher((Key key, Answer answer) -> key.weight() + answer.body().length)
					.recordStats()
					.build();
	}

	/**
	 * @param method the HTTP method
	 * @param request everything else the answer depends on: the body of a POST, the query
	 * parameters of a GET
	 * @param accept the {@code Accept} header, as sent
	 * @param contentType the {@code Content-Type} header, as sent
	 */
	static Key key(String method, byte[] request, @Nullable String accept, @Nullable String contentType) {
		return new Key(method, new String(request, StandardCharsets.ISO_8859_1), accept, contentType);
	}

	boolean enabled() {
		return this.answers != null;
	}

	/**
	 * @return the answer kept for the request, at whatever data version it was read; the
	 * caller compares {@link Answer#version()} with the current one
	 */
	@Nullable Answer get(Key key) {
		return (this.answers != null) ? this.answers.getIfPresent(key) : null;
	}

	/**
	 * @return the answer kept for the request if it was read at this data version
	 */
	@Nullable Answer get(Key key, long version) {
		Answer answer = get(key);
		return (answer != null && answer.version() == version) ? answer : null;
	}

	/**
	 * Keeps the answer if it may be reused: a query's, with data and no error.
	 * @return the answer as kept, or {@code null} if it is not kept
	 */
	@Nullable Answer offer(Key key, WebGraphQlResponse response, MediaType mediaType) {
		GraphQLContext context = response.getExecutionInput().getGraphQLContext();
		Long version = context.get(DataVersion.class);
		if (this.answers == null || version == null || !reusable(response)) {
			return null;
		}
		byte[] body = this.json.writeValueAsBytes(response.toMap());
		if (body.length > this.largestAnswer) {
			return null;
		}
		Answer answer = new Answer(version, mediaType, body);
		// an answer read at an older version (a request that started before an import)
		// never replaces a newer one
		return this.answers.asMap()
			.merge(key, answer, (kept, offered) -> (offered.version() >= kept.version()) ? offered : kept);
	}

	void bindTo(MeterRegistry registry) {
		if (this.answers != null) {
			CaffeineCacheMetrics.monitor(registry, this.answers, "graphql.answers");
		}
	}

	private static boolean reusable(WebGraphQlResponse response) {
		GraphQLContext context = response.getExecutionInput().getGraphQLContext();
		return response.isValid() && response.getErrors().isEmpty() && response.getResponseHeaders().isEmpty()
				&& context.get(OPERATION) == OperationDefinition.Operation.QUERY;
	}

	/**
	 * Records in each request's GraphQL context its kind of operation, and for a query
	 * the data version it reads (read once, when the query has passed every limit and
	 * before its first field is fetched, so a refused query runs no SQL): only answers to
	 * queries are kept, under the version they were read at. Without the cache nothing
	 * needs the version this early: a query reads it when it first needs it, or never.
	 */
	static Instrumentation operationKinds(DataVersion dataVersion, boolean cacheEnabled) {
		return new Instrumentation() {
			@Override
			public @Nullable ExecutionStrategyInstrumentationContext beginExecutionStrategy(
					InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
				ExecutionContext execution = parameters.getExecutionContext();
				OperationDefinition.Operation operation = execution.getOperationDefinition().getOperation();
				execution.getGraphQLContext().put(OPERATION, operation);
				if (cacheEnabled && operation == OperationDefinition.Operation.QUERY) {
					dataVersion.ofRequest(execution.getGraphQLContext());
				}
				return null;
			}
		};
	}

	record Key(String method, String request, @Nullable String accept, @Nullable String contentType) {

		int weight() {
			return 64 + this.request.length() + ((this.accept != null) ? this.accept.length() : 0)
					+ ((this.contentType != null) ? this.contentType.length() : 0);
		}

	}

	record Answer(long version, MediaType mediaType, byte[] body) {
	}

	void cleanUp() {
		if (this.answers != null) {
			this.answers.cleanUp();
		}
	}

	/** Statistics for tests and logs: hits, misses, entries. */
	Map<String, Long> statistics() {
		if (this.answers == null) {
			return Map.of();
		}
		var stats = this.answers.stats();
		return Map.of("hits", stats.hitCount(), "misses", stats.missCount(), "entries", this.answers.estimatedSize());
	}

}
