package se.kommunkollen.operations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Adds the request's id ({@link RequestLog}) to every GraphQL error as
 * {@code extensions.requestId}, so a client can quote it and the log line be found. First
 * in the chain, so it sees the errors of every later interceptor too (time limit,
 * persisted queries).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdInErrors implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!(request.getAttributes().get(RequestLog.ID) instanceof String id)) {
			return chain.next(request);
		}
		return chain.next(request).map((response) -> withId(response, id));
	}

	private static WebGraphQlResponse withId(WebGraphQlResponse response, String id) {
		List<GraphQLError> errors = response.getExecutionResult().getErrors();
		if (errors.isEmpty()) {
			return response;
		}
		List<GraphQLError> withId = errors.stream().map((error) -> withId(error, id)).toList();
		return response.transform((builder) -> builder.errors(withId));
	}

	private static GraphQLError withId(GraphQLError error, String id) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
		}
		extensions.put("requestId", id);
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.locations(error.getLocations())
			.path(error.getPath())
			.extensions(extensions);
		if (error.getErrorType() != null) {
			builder.errorType(error.getErrorType());
		}
		return builder.build();
	}

}
