package se.kommunkollen.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every response carries the security headers; the policy depends on what is served:
 * citizen pages may not be framed, embed pages may be framed anywhere, GraphiQL has its
 * own policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunkollen.samples.import-on-empty=false", "spring.datasource.url=jdbc:h2:mem:headers",
				"kommunkollen.security-headers.api-origins=https://api.example.se" })
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	@Test
	void citizenPagesRunOnlyTheirOwnScriptsAndStylesAndMayNotBeFramed() throws IOException {
		for (String path : new String[] { "/", "/index.html", "/kommun.html", "/widget-builder.html", "/%6Bommun.html",
				"/embed/../mal.html", "/embed;x/../mal.html", "/nowhere" }) {
			RawHttp.Response page = get(path);
			String policy = page.header("Content-Security-Policy");
			assertThat(policy).as(path)
				.contains("default-src 'self'", "script-src 'self';", "style-src 'self';", "frame-ancestors 'none'",
						"object-src 'none'", "connect-src 'self' https://api.example.se;")
				.doesNotContain("unsafe");
			assertThat(page.header("X-Frame-Options")).as(path).isEqualTo("DENY");
			assertCommonHeaders(page);
		}
	}

	@Test
	void embedPagesMayBeFramedByAnySite() throws IOException {
		for (String path : new String[] { "/embed/goal.html", "/embed/evaluation.html", "/%65mbed/goal.html" }) {
			RawHttp.Response page = get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.header("Content-Security-Policy")).as(path)
				.contains("frame-ancestors *", "script-src 'self';")
				.doesNotContain("unsafe");
			assertThat(page.header("X-Frame-Options")).as(path).isNull();
			assertCommonHeaders(page);
		}
	}

	@Test
	void graphiqlHasItsOwnPolicyThatCallsOnlyThisServer() throws IOException {
		RawHttp.Response page = get("/graphiql");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Security-Policy"))
			.contains("script-src 'self';", "style-src 'self';", "font-src 'self' data:", "connect-src 'self';",
					"frame-ancestors 'none'")
			.doesNotContain("unsafe")
			.doesNotContain("api.example.se");
		assertCommonHeaders(page);
	}

	@Test
	void apiAnswersAndRefusalsAreNotSniffed() throws IOException {
		try (RawHttp http = new RawHttp(this.port)) {
			RawHttp.Response answer = http
				.send(RawHttp.post("/graphql", "Content-Length: " + RawHttp.QUERY.length() + "\r\n") + RawHttp.QUERY)
				.response();
			assertThat(answer.status()).isEqualTo(200);
			assertCommonHeaders(answer);
		}
		try (RawHttp http = new RawHttp(this.port)) {
			RawHttp.Response refused = http.send(RawHttp.post("/graphql", "Content-Length: 99999\r\n")).response();
			assertThat(refused.status()).isEqualTo(413);
			assertCommonHeaders(refused);
		}
	}

	@Test
	void pagesHaveNoInlineScriptsStylesOrEventHandlers() throws IOException {
		Resource[] pages = new PathMatchingResourcePatternResolver().getResources("classpath:static/**/*.html");
		assertThat(pages).hasSizeGreaterThan(15);
		List<String> inline = new ArrayList<>();
		for (Resource page : pages) {
			Document html = Jsoup.parse(page.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
			for (Element element : html.getAllElements()) {
				String where = page.getFilename() + ": <" + element.tagName() + ">";
				if (element.tagName().equals("script") && !element.hasAttr("src")) {
					inline.add(where + " without src");
				}
				if (element.tagName().equals("style")) {
					inline.add(where);
				}
				for (Attribute attribute : element.attributes()) {
					if (attribute.getKey().equals("style") || attribute.getKey().startsWith("on")
							|| attribute.getValue().trim().toLowerCase().startsWith("javascript:")) {
						inline.add(where + " " + attribute.getKey());
					}
				}
			}
		}
		assertThat(inline).isEmpty();
	}

	private static void assertCommonHeaders(RawHttp.Response response) {
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
	}

	private RawHttp.Response get(String path) throws IOException {
		try (RawHttp http = new RawHttp(this.port)) {
			return http.send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").response();
		}
	}

}
