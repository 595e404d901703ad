package se.kommunkollen.account;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A client that keeps cookies like a browser, and sends the CSRF header like the editor
 * pages' scripts when told to.
 */
final class Browser {

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client;

	private final String origin;

	Browser(int port) {
		this.origin = "http://localhost:" + port;
		this.client = HttpClient.newBuilder().cookieHandler(this.cookies).build();
	}

	String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		return send(request(path, headers).GET());
	}

	HttpResponse<String> post(String path, String json, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = request(path, headers).header("Content-Type", "application/json");
		return send(request
			.POST((json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody()));
	}

	/** A POST with the {@code X-XSRF-TOKEN} header its page would send. */
	HttpResponse<String> postWithCsrf(String path, String json, String... headers)
			throws IOException, InterruptedException {
		String[] all = new String[headers.length + 2];
		System.arraycopy(headers, 0, all, 0, headers.length);
		all[headers.length] = "X-XSRF-TOKEN";
		all[headers.length + 1] = String.valueOf(cookie("XSRF-TOKEN"));
		return post(path, json, all);
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.origin + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
