package se.kommunkollen.api.http;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Plain HTTP requests to {@code /graphql}, as a browser or curl sends them. */
final class GraphQlHttpClient {

	private final HttpClient client = HttpClient.newHttpClient();

	private final String url;

	GraphQlHttpClient(int port) {
		this.url = "http://localhost:" + port + "/graphql";
	}

	HttpResponse<String> get(Map<String, String> parameters, String... headers) throws Exception {
		return send("GET", parameters, headers);
	}

	HttpResponse<String> head(String query, String... headers) throws Exception {
		return send("HEAD", Map.of("query", query), headers);
	}

	private HttpResponse<String> send(String method, Map<String, String> parameters, String... headers)
			throws Exception {
		String query = parameters.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.url + "?" + query))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String query, String... headers) throws Exception {
		return get(Map.of("query", query), headers);
	}

	HttpResponse<String> post(String body, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> options(String... headers) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create(this.url))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.headers(headers)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** {@code extensions} of an automatic persisted query. */
	static String persisted(String hash) {
		return "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
	}

	static Map<String, String> params(String... namesAndValues) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			parameters.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return parameters;
	}

}
