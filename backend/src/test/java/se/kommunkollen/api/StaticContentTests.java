package se.kommunkollen.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunkollen.samples.import-on-empty=false", "spring.datasource.url=jdbc:h2:mem:static" })
class StaticContentTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void graphiqlLoadsEveryScriptFromThisServer() throws Exception {
		HttpResponse<String> page = get("/graphiql", false);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("GraphiQL").doesNotContainPattern("https?://");
		Matcher assets = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(page.body());
		int found = 0;
		while (assets.find()) {
			found++;
			assertThat(get(assets.group(1), false).statusCode()).as(assets.group(1)).isEqualTo(200);
		}
		assertThat(found).isEqualTo(6);
	}

	@Test
	void staticFilesAreCompressedAndCacheable() throws Exception {
		HttpResponse<String> script = get("/webjars/graphiql/2.4.7/graphiql.min.js", true);
		assertThat(script.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(script.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cacheControl) -> assertThat(cacheControl).contains("max-age=").contains("public"));
	}

	@Test
	void widgetsScriptMayBeLoadedFromAnyOrigin() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/widgets.js"))
			.header("Origin", "https://www.enkoping.se")
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
	}

	private HttpResponse<String> get(String path, boolean gzip) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
