package se.kommunkollen.api.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.idl.SchemaPrinter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.AlternativeJdkIdGenerator;
import org.springframework.util.IdGenerator;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MimeTypeUtils;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import se.kommunkollen.report.DataVersion;

/**
 * GraphQL queries over GET, as the GraphQL-over-HTTP spec describes them, executed by the
 * same {@link WebGraphQlHandler} as POST (interceptors, instrumentation and limits apply
 * alike). Answers carry an ETag made of the {@link DataVersion} and the request, and
 * {@code Cache-Control: public} when they hold no error; a matching {@code If-None-Match}
 * is answered {@code 304} without executing anything. Mutations and subscriptions are
 * refused with {@code 405}.
 */
class GraphQlGetHandler {

	private static final List<MediaType> SUPPORTED = List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE,
			MediaType.APPLICATION_JSON);

	private final WebGraphQlHandler graphQl;

	private final DataVersion dataVersion;

	private final PersistedQueries persisted;

	private final JsonMapper json;

	private final String cacheControl;

	private final String schemaFingerprint;

	private final IdGenerator ids = new AlternativeJdkIdGenerator();

	private final AnswerCache answers;

	GraphQlGetHandler(WebGraphQlHandler graphQl, DataVersion dataVersion, PersistedQueries persisted, JsonMapper json,
			CacheProperties cache, GraphQlSource source, AnswerCache answers) {
		this.graphQl = graphQl;
		this.answers = answers;
		this.dataVersion = dataVersion;
		this.persisted = persisted;
		this.json = json;
		this.cacheControl = CacheControl.maxAge(cache.maxAge())
			.cachePublic()
			.staleWhileRevalidate(cache.staleWhileRevalidate())
			.getHeaderValue();
		// A deployment that changes the schema changes every ETag, whatever the data.
		this.schemaFingerprint = PersistedQueries.sha256(new SchemaPrinter().print(source.schema()));
	}

	ServerResponse handle(ServerRequest request) {
		MediaType mediaType = responseType(request);
		if (mediaType == null) {
			return refuse(HttpStatus.NOT_ACCEPTABLE, MediaType.APPLICATION_JSON,
					"Accept application/graphql-response+json or application/json");
		}
		GetParameters parameters;
		try {
			parameters = GetParameters.from(request.params(), this.json);
		}
		catch (GetParameters.BadRequestException ex) {
			return refuse(HttpStatus.BAD_REQUEST, mediaType, ex.getMessage());
		}
		String document = parameters.query();
		if (document == null && parameters.persistedHash() != null) {
			document = this.persisted.find(parameters.persistedHash().toLowerCase(Locale.ROOT));
		}
		if (document != null && !isQuery(document, parameters.operationName())) {
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
				.header(HttpHeaders.ALLOW, "POST")
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.contentType(mediaType)
				.body(errorBody("Only queries may be sent by GET; send mutations and subscriptions by POST"));
		}
		long version = this.dataVersion.current();
		String etag = etag(version, mediaType, parameters);
		if (matches(request.headers().header(HttpHeaders.IF_NONE_MATCH), etag)) {
			return ServerResponse.status(HttpStatus.NOT_MODIFIED)
				.headers((headers) -> cacheable(headers, etag))
				.build();
		}
		AnswerCache.Key key = answerKey(request, mediaType);
		AnswerCache.Answer kept = (key != null) ? this.answers.get(key, version) : null;
		if (kept != null) {
			return ServerResponse.ok()
				.headers((headers) -> cacheable(headers, etag))
				.contentType(mediaType)
				.body(kept.body());
		}
		WebGraphQlRequest graphQlRequest = graphQlRequest(request, parameters);
		graphQlRequest.configureExecutionInput(
				(input, builder) -> builder.graphQLContext((context) -> DataVersion.pin(context, version)).build());
		Mono<ServerResponse> response = this.graphQl.handleRequest(graphQlRequest)
			.map((answer) -> respond(answer, mediaType, etag, key));
		return QuickAnswer.of(response.toFuture());
	}

	/** Requests with credentials are never answered from the cache, nor kept in it. */
	private AnswerCache.@Nullable Key answerKey(ServerRequest request, MediaType mediaType) {
		HttpServletRequest servletRequest = request.servletRequest();
		if (!this.answers.enabled() || servletRequest.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| servletRequest.getHeader(HttpHeaders.COOKIE) != null) {
			return null;
		}
		String parameters = String.valueOf(servletRequest.getQueryString());
		return AnswerCache.key("GET", parameters.getBytes(StandardCharsets.UTF_8), mediaType.toString(), null);
	}

	private ServerResponse respond(WebGraphQlResponse answer, MediaType mediaType, String etag,
			AnswerCache.@Nullable Key key) {
		AnswerCache.Answer kept = (key != null) ? this.answers.offer(key, answer, mediaType) : null;
		if (kept != null) {
			return ServerResponse.ok()
				.headers((headers) -> cacheable(headers, etag))
				.contentType(mediaType)
				.body(kept.body());
		}
		boolean dataPresent = answer.getExecutionResult().isDataPresent();
		HttpStatus status = (!dataPresent && MediaTypes.APPLICATION_GRAPHQL_RESPONSE.equals(mediaType))
				? HttpStatus.BAD_REQUEST : HttpStatus.OK;
		boolean cacheable = dataPresent && answer.getErrors().isEmpty();
		return ServerResponse.status(status).headers((headers) -> {
			headers.putAll(answer.getResponseHeaders());
			if (cacheable) {
				cacheable(headers, etag);
			}
			else {
				headers.setCacheControl(CacheControl.noStore());
				headers.setVary(List.of(HttpHeaders.ACCEPT));
			}
		}).contentType(mediaType).body(answer.toMap());
	}

	private void cacheable(HttpHeaders headers, String etag) {
		headers.setETag(etag);
		headers.setCacheControl(this.cacheControl);
		headers.setVary(List.of(HttpHeaders.ACCEPT));
	}

	private WebGraphQlRequest graphQlRequest(ServerRequest request, GetParameters parameters) {
		String document = (parameters.query() != null) ? parameters.query()
				: PersistedQuerySupport.PERSISTED_QUERY_MARKER;
		DefaultGraphQlRequest body = new DefaultGraphQlRequest(document, parameters.operationName(),
				parameters.variables(), parameters.extensions());
		return new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(), cookies(request),
				request.remoteAddress().orElse(null), request.attributes(), body, this.ids.generateId().toString(),
				LocaleContextHolder.getLocale());
	}

	/**
	 * Weak, because the server compresses answers; it names the data version, then a hash
	 * of everything else the answer depends on.
	 */
	private String etag(long version, MediaType mediaType, GetParameters parameters) {
		String request = String.join("\n", this.schemaFingerprint, mediaType.toString(),
				String.valueOf(parameters.query()), String.valueOf(parameters.operationName()),
				String.valueOf(parameters.variablesText()), String.valueOf(parameters.extensionsText()));
		return "W/\"" + version + "-" + PersistedQueries.sha256(request).substring(0, 32) + "\"";
	}

	/**
	 * Only an ETag this server handed out matches: a wildcard would answer 304, publicly
	 * cacheable, for any query, even one that fails or names an unknown hash.
	 */
	private static boolean matches(List<String> ifNoneMatch, String etag) {
		String opaque = etag.substring(2);
		for (String header : ifNoneMatch) {
			for (String candidate : header.split(",")) {
				String tag = candidate.strip();
				if ((tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The operation to run is a query, or the document is for execution to refuse. */
	private static boolean isQuery(String document, @Nullable String operationName) {
		Document parsed;
		try {
			parsed = Parser.parse(document);
		}
		catch (RuntimeException ex) {
			return true;
		}
		List<OperationDefinition> operations = parsed.getDefinitionsOfType(OperationDefinition.class);
		OperationDefinition operation = null;
		if (operationName == null) {
			operation = (operations.size() == 1) ? operations.get(0) : null;
		}
		else {
			operation = operations.stream()
				.filter((candidate) -> operationName.equals(candidate.getName()))
				.findFirst()
				.orElse(null);
		}
		return operation == null || operation.getOperation() == OperationDefinition.Operation.QUERY;
	}

	private static @Nullable MediaType responseType(ServerRequest request) {
		List<MediaType> accepted;
		try {
			accepted = request.headers().accept();
		}
		catch (InvalidMediaTypeException ex) {
			return null;
		}
		if (accepted.isEmpty()) {
			return MediaType.APPLICATION_JSON;
		}
		accepted = new ArrayList<>(accepted);
		MimeTypeUtils.sortBySpecificity(accepted);
		for (MediaType type : accepted) {
			if (type.getQualityValue() == 0) {
				continue;
			}
			for (MediaType supported : SUPPORTED) {
				if (type.equalsTypeAndSubtype(supported)) {
					return supported;
				}
			}
			if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
				return MediaType.APPLICATION_JSON;
			}
		}
		return null;
	}

	private static ServerResponse refuse(HttpStatus status, MediaType mediaType, String message) {
		return ServerResponse.status(status)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(mediaType)
			.body(errorBody(message));
	}

	private static Map<String, Object> errorBody(String message) {
		return Map.of("errors",
				List.of(Map.of("message", message, "extensions", Map.of("classification", "BAD_REQUEST"))));
	}

	private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
		MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
		for (List<Cookie> values : request.cookies().values()) {
			for (Cookie cookie : values) {
				cookies.add(cookie.getName(), new HttpCookie(cookie.getName(), cookie.getValue()));
			}
		}
		return cookies;
	}

}
