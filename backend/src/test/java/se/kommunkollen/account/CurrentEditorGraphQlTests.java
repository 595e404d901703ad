package se.kommunkollen.account;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CurrentEditor} inside GraphQL data fetchers (which run on the API's own
 * execution threads): the editor of a token or of a session with its CSRF header is seen,
 * nobody signed in is UNAUTHORIZED, another municipality FORBIDDEN. Two fields exist only
 * in this test's schema.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"kommunkollen.samples.import-on-empty=false", "spring.datasource.url=jdbc:h2:mem:current-editor-graphql" })
class CurrentEditorGraphQlTests {

	static final String WHO = "{\"query\":\"{ whoAmI }\"}";

	static final String ESKILSTUNA = "{\"query\":\"{ editorForEskilstuna }\"}";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	String editorToken;

	String administratorToken;

	@BeforeEach
	void accounts() {
		this.jdbc.sql("DELETE FROM api_token").update();
		this.jdbc.sql("DELETE FROM account").update();
		long editor = this.accounts.create("redaktor@enkoping.se", AccountHttpTests.PASSWORD, "enkoping", false).id();
		long administrator = this.accounts.create("admin@example.se", AccountHttpTests.PASSWORD, "enkoping", true).id();
		this.editorToken = this.tokens.create(editor, "test").token();
		this.administratorToken = this.tokens.create(administrator, "test").token();
	}

	@Test
	void anonymousRequestIsUnauthorizedInGraphQl() throws Exception {
		HttpResponse<String> answer = new Browser(this.port).post("/graphql", WHO);
		assertThat(answer.body()).contains("\"classification\":\"UNAUTHORIZED\"").contains("\"whoAmI\":null");
	}

	@Test
	void tokenEditorIsSeenByDataFetchersOverPostAndGet() throws Exception {
		Browser browser = new Browser(this.port);
		assertThat(browser.post("/graphql", WHO, "Authorization", "Bearer " + this.editorToken).body())
			.contains("\"whoAmI\":\"redaktor@enkoping.se\"");
		assertThat(browser.get("/graphql?query=%7BwhoAmI%7D", "Authorization", "Bearer " + this.editorToken).body())
			.contains("\"whoAmI\":\"redaktor@enkoping.se\"");
	}

	@Test
	void sessionEditorIsSeenWithTheCsrfHeaderAndAnonymousWithout() throws Exception {
		Browser browser = new Browser(this.port);
		browser.get("/api/session");
		browser.postWithCsrf("/api/login",
				"{\"email\":\"redaktor@enkoping.se\",\"password\":\"" + AccountHttpTests.PASSWORD + "\"}");
		assertThat(browser.postWithCsrf("/graphql", WHO).body()).contains("\"whoAmI\":\"redaktor@enkoping.se\"");
		assertThat(browser.post("/graphql", WHO).body()).contains("\"classification\":\"UNAUTHORIZED\"");
	}

	@Test
	void editorOfAnotherMunicipalityIsForbiddenAndAnAdministratorIsNot() throws Exception {
		Browser browser = new Browser(this.port);
		assertThat(browser.post("/graphql", ESKILSTUNA, "Authorization", "Bearer " + this.editorToken).body())
			.contains("\"classification\":\"FORBIDDEN\"")
			.contains("\"editorForEskilstuna\":null");
		assertThat(browser.post("/graphql", ESKILSTUNA, "Authorization", "Bearer " + this.administratorToken).body())
			.contains("\"editorForEskilstuna\":\"admin@example.se\"");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestFields {

		@Bean
		GraphQlSourceBuilderCustomizer editorFields() {
			return (builder) -> builder.schemaResources(
					new ByteArrayResource("extend type Query { whoAmI: String editorForEskilstuna: String }"
						.getBytes(StandardCharsets.UTF_8)));
		}

		@Bean
		EditorFieldsController editorFieldsController(CurrentEditor currentEditor) {
			return new EditorFieldsController(currentEditor);
		}

	}

	@Controller
	static class EditorFieldsController {

		private final CurrentEditor currentEditor;

		EditorFieldsController(CurrentEditor currentEditor) {
			this.currentEditor = currentEditor;
		}

		@QueryMapping
		String whoAmI() {
			return this.currentEditor.require().email();
		}

		@QueryMapping
		String editorForEskilstuna() {
			return this.currentEditor.requireMunicipality("eskilstuna").email();
		}

	}

}
