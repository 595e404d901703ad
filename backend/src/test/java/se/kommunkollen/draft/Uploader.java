package se.kommunkollen.draft;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An HTTP client of the upload API that keeps cookies like a browser: multipart uploads,
 * JSON requests, with a bearer token or a session and its CSRF header.
 */
final class Uploader {

	static final String BOUNDARY = "kk-test-boundary-7d1f";

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(this.cookies).build();

	private final String origin;

	private final List<String> headers = new ArrayList<>();

	private boolean csrf;

	Uploader(int port) {
		this.origin = "http://localhost:" + port;
	}

	/** Sends {@code Authorization: Bearer token} with every request. */
	Uploader bearer(String token) {
		this.headers.add("Authorization");
		this.headers.add("Bearer " + token);
		return this;
	}

	/**
	 * Sends the CSRF cookie's current value in {@code X-XSRF-TOKEN} from now on, as the
	 * editor pages do.
	 */
	Uploader csrfHeader() {
		this.csrf = true;
		return this;
	}

	/** Signs in with a password, as the sign-in page does. */
	Uploader signIn(String email, String password) throws IOException, InterruptedException {
		get("/api/session");
		boolean was = this.csrf;
		this.csrf = true;
		HttpResponse<String> response = post("/api/login",
				"{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
		this.csrf = was;
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Sign-in refused: " + response.body());
		}
		return this;
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

	HttpResponse<String> upload(String fileName, byte[] content) throws IOException, InterruptedException {
		return send(request("/api/reports").header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart("file", fileName, content))));
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(request(path).GET());
	}

	HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/json")
			.POST((json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody()));
	}

	HttpResponse<String> delete(String path) throws IOException, InterruptedException {
		return send(request(path).DELETE());
	}

	static byte[] multipart(String field, String fileName, byte[] content) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: text/plain\r\n\r\n";
		body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.origin + path));
		if (!this.headers.isEmpty()) {
			request.headers(this.headers.toArray(String[]::new));
		}
		String token = cookie("XSRF-TOKEN");
		if (this.csrf && token != null) {
			request.header("X-XSRF-TOKEN", token);
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
