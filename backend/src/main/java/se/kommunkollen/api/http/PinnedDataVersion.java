package se.kommunkollen.api.http;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

import se.kommunkollen.report.DataVersion;

/**
 * Executes a request at the data version its transport has read already (and keys its
 * cached answer by), so that the request reads it once and the answer is the data that
 * version names.
 */
class PinnedDataVersion implements WebGraphQlInterceptor {

	static final String ATTRIBUTE = PinnedDataVersion.class.getName();

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (request.getAttributes().get(ATTRIBUTE) instanceof Long version) {
			request.configureExecutionInput(
					(input, builder) -> builder.graphQLContext((context) -> DataVersion.pin(context, version)).build());
		}
		return chain.next(request);
	}

}
