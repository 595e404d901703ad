package se.kommunkollen.api.http;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.AsyncServerResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import se.kommunkollen.report.DataVersion;
import se.kommunkollen.web.BufferedBody;

/**
 * Spring's handler of GraphQL over POST, answering a request it has answered before at
 * the same data version from the {@link AnswerCache}: at once, on the request's own
 * thread. Anything else it handles as Spring does.
 */
class AnswerCachingPostHandler extends GraphQlHttpHandler {

	private static final String KEY = AnswerCachingPostHandler.class.getName() + ".KEY";

	private static final List<MediaType> SUPPORTED = List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE,
			MediaType.APPLICATION_JSON, MediaType.parseMediaType("application/graphql+json"));

	private final AnswerCache answers;

	private final DataVersion dataVersion;

	AnswerCachingPostHandler(WebGraphQlHandler graphQl, AnswerCache answers, DataVersion dataVersion) {
		super(graphQl);
		this.answers = answers;
		this.dataVersion = dataVersion;
	}

	@Override
	public ServerResponse handleRequest(ServerRequest request) throws ServletException {
		AnswerCache.Key key = keyOf(request);
		if (key != null) {
			AnswerCache.Answer kept = this.answers.get(key);
			// Only a request answered before reads the data version here, to compare: any
			// other reads it once it has passed the limits (a refused one runs no SQL).
			if (kept != null) {
				long version = this.dataVersion.current();
				MediaType mediaType = responseType(request);
				if (kept.version() == version && mediaType != null) {
					return ServerResponse.ok().contentType(mediaType).body(kept.body());
				}
				request.attributes().put(PinnedDataVersion.ATTRIBUTE, version);
			}
			request.attributes().put(KEY, key);
		}
		return super.handleRequest(request);
	}

	/**
	 * Spring's response, written on this thread when the answer is ready soon
	 * ({@link QuickAnswer}).
	 */
	@Override
	protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responses) {
		Object key = request.attributes().get(KEY);
		MediaType mediaType = (key != null) ? responseType(request) : null;
		if (key != null && mediaType != null) {
			responses = responses
				.doOnNext((response) -> this.answers.offer((AnswerCache.Key) key, response, mediaType));
		}
		CompletableFuture<WebGraphQlResponse> answer = responses.toFuture();
		WebGraphQlResponse ready = QuickAnswer.await(answer);
		if (ready == null) {
			return super.prepareResponse(request, Mono.fromFuture(answer));
		}
		ServerResponse response = super.prepareResponse(request, Mono.just(ready));
		if (response instanceof AsyncServerResponse async) {
			try {
				// complete already: Spring maps a ready answer on this thread
				return async.block();
			}
			catch (IllegalStateException ex) {
				// an answer Spring refuses to write (an unreadable Accept header): its
				// error response, asynchronously as before
				return response;
			}
		}
		return response;
	}

	private AnswerCache.@Nullable Key keyOf(ServerRequest request) {
		if (!this.answers.enabled()) {
			return null;
		}
		HttpServletRequest servletRequest = request.servletRequest();
		if (servletRequest.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| servletRequest.getHeader(HttpHeaders.COOKIE) != null) {
			return null;
		}
		byte[] body = BufferedBody.of(servletRequest);
		if (body == null || body.length == 0) {
			return null;
		}
		return AnswerCache.key("POST", body, servletRequest.getHeader(HttpHeaders.ACCEPT),
				servletRequest.getHeader(HttpHeaders.CONTENT_TYPE));
	}

	/**
	 * The media type Spring's handler answers with, or null when it refuses the request.
	 */
	private static @Nullable MediaType responseType(ServerRequest request) {
		try {
			for (MediaType accepted : request.headers().accept()) {
				if (SUPPORTED.contains(accepted)) {
					return accepted;
				}
			}
			return MediaType.APPLICATION_JSON;
		}
		catch (InvalidMediaTypeException ex) {
			return null;
		}
	}

}
