package se.kommunkollen.api.http;

import java.util.Locale;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * Automatic persisted queries in Apollo's protocol, for GET and POST alike: a request
 * with {@code extensions.persistedQuery = {version: 1, sha256Hash}} and no query runs the
 * stored query of that hash, or answers {@code PersistedQueryNotFound}; with a query, the
 * hash must be the query's SHA-256. A query is stored only after it was executed (it
 * parsed, validated and passed the limits), so the public store holds no junk.
 */
class PersistedQueryInterceptor implements WebGraphQlInterceptor, Ordered {

	static final String NOT_FOUND = "PersistedQueryNotFound";

	private final PersistedQueries store;

	PersistedQueryInterceptor(PersistedQueries store) {
		this.store = store;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Object extension = request.getExtensions().get("persistedQuery");
		if (extension == null) {
			return chain.next(request);
		}
		if (!(extension instanceof Map<?, ?> persisted) || !"1".equals(String.valueOf(persisted.get("version")))) {
			return refuse(request, "Unsupported persisted query version: send persistedQuery.version 1",
					"PERSISTED_QUERY_NOT_SUPPORTED");
		}
		if (!(persisted.get("sha256Hash") instanceof String given)
				|| !PersistedQueries.isHash(given.toLowerCase(Locale.ROOT))) {
			return refuse(request, "persistedQuery.sha256Hash must be 64 hexadecimal digits", "BAD_REQUEST");
		}
		String hash = given.toLowerCase(Locale.ROOT);
		String document = request.getDocument();
		if (document.isBlank() || PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(document)) {
			String stored = this.store.find(hash);
			if (stored == null) {
				return Mono.just(error(request,
						GraphqlErrorBuilder.newError()
							.message(NOT_FOUND)
							.errorType(ErrorClassification.errorClassification(NOT_FOUND))
							.extensions(Map.of("code", "PERSISTED_QUERY_NOT_FOUND"))));
			}
			request.configureExecutionInput((input, builder) -> builder.query(stored).build());
			return chain.next(request);
		}
		if (!PersistedQueries.sha256(document).equals(hash)) {
			return refuse(request, "provided sha does not match query", "BAD_REQUEST");
		}
		return chain.next(request).doOnNext((response) -> {
			if (response.getExecutionResult().isDataPresent()) {
				this.store.remember(hash, document);
			}
		});
	}

	private static Mono<WebGraphQlResponse> refuse(WebGraphQlRequest request, String message, String code) {
		return Mono.just(error(request,
				GraphqlErrorBuilder.newError()
					.message(message)
					.errorType(ErrorType.BAD_REQUEST)
					.extensions(Map.of("code", code))));
	}

	private static WebGraphQlResponse error(WebGraphQlRequest request, GraphqlErrorBuilder<?> error) {
		ExecutionResult result = ExecutionResult.newExecutionResult().addError(error.build()).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

}
