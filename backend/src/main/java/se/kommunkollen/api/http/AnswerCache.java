package se.kommunkollen.api.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.GraphQLContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.MediaType;

/**
 * Whole answers to public queries, serialized, kept in memory by request and
 * {@link se.kommunkollen.report.DataVersion}: published data changes only with the data
 * version, so while it is unchanged the same request has the same answer, and a repeated
 * request is answered without parsing, executing or serializing anything. A new data
 * version (an import or correction through any instance) makes every older entry
 * unreachable; the least used entries are evicted beyond the size limit.
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
	 * @param version the data version the answer is (to be) read at
	 * @param method the HTTP method
	 * @param request everything else the answer depends on: the body of a POST, the query
	 * parameters of a GET
	 * @param accept the {@code Accept} header, as sent
	 * @param contentType the {@code Content-Type} header, as sent
	 */
	static Key key(long version, String method, byte[] request, @Nullable String accept, @Nullable String contentType) {
		return new Key(version, method, new String(request, StandardCharsets.ISO_8859_1), accept, contentType);
	}

	boolean enabled() {
		return this.answers != null;
	}

	@Nullable Answer get(Key key) {
		return (this.answers != null) ? this.answers.getIfPresent(key) : null;
	}

	/**
	 * Keeps the answer if it may be reused: a query's, with data and no error.
	 * @return the answer as kept, or {@code null} if it is not kept
	 */
	@Nullable Answer offer(Key key, WebGraphQlResponse response, MediaType mediaType) {
		if (this.answers == null || !reusable(response)) {
			return null;
		}
		byte[] body = this.json.writeValueAsBytes(response.toMap());
		if (body.length > this.largestAnswer) {
			return null;
		}
		Answer answer = new Answer(mediaType, body);
		this.answers.put(key, answer);
		return answer;
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
	 * Records each request's kind of operation in its GraphQL context, so that only
	 * answers to queries are kept.
	 */
	static Instrumentation operationKinds() {
		return new Instrumentation() {
			@Override
			public @Nullable InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				parameters.getExecutionContext()
					.getGraphQLContext()
					.put(OPERATION, parameters.getExecutionContext().getOperationDefinition().getOperation());
				return SimpleInstrumentationContext.noOp();
			}
		};
	}

	record Key(long version, String method, String request, @Nullable String accept, @Nullable String contentType) {

		int weight() {
			return 64 + this.request.length() + ((this.accept != null) ? this.accept.length() : 0)
					+ ((this.contentType != null) ? this.contentType.length() : 0);
		}

	}

	record Answer(MediaType mediaType, byte[] body) {
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
