package se.kommunkollen.operations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup taken while the server runs, restored after the data changed, serves exactly
 * what the server served when the backup was taken: every record of every sample, by the
 * public API.
 */
class BackupRestoreTests {

	private static final List<String> MUNICIPALITIES = List.of("haninge", "enkoping", "eskilstuna", "sodertalje");

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	Path directory;

	@Test
	void backupWhileServingThenRestoreServesEveryRecordAsBefore() throws Exception {
		String url = "--spring.datasource.url=jdbc:h2:file:" + this.directory.resolve("data/kommunkollen")
				+ ";AUTO_SERVER=TRUE";
		Path backup = this.directory.resolve("backup.sql.gz");
		List<String> before;
		ConfigurableApplicationContext server = start(url);
		try {
			before = answers(port(server));
			Output backedUp = run("backup", backup.toString(), url);
			assertThat(backedUp.code).as(backedUp.err).isZero();
			assertThat(backedUp.out).contains("Backed up").contains(backup.toString());
			assertThat(gunzip(backup)).contains("INSERT INTO \"PUBLIC\".\"REPORT\"");
			assertThat(run("backup", backup.toString(), url).err).contains("exists");

			Output refused = run("restore", backup.toString(), url);
			assertThat(refused.code).isEqualTo(1);
			assertThat(refused.err).contains("Restore refused").contains("stop the server");

			// the data changes after the backup
			JdbcClient jdbc = server.getBean(JdbcClient.class);
			jdbc.sql("UPDATE municipality SET name = 'Changed' WHERE id = 'haninge'").update();
			jdbc.sql("DELETE FROM report_line WHERE line_number > 100").update();
			// a change by hand raises the data version like every change through the
			// application, or the answers kept in memory stay those of the old data
			jdbc.sql("UPDATE data_version SET version = version + 1 WHERE id = 1").update();
			assertThat(answers(port(server))).isNotEqualTo(before);
		}
		finally {
			server.close();
		}

		Output restored = run("restore", backup.toString(), url);
		assertThat(restored.code).as(restored.err).isZero();
		server = start(url);
		try {
			List<String> after = answers(port(server));
			for (int i = 0; i < before.size(); i++) {
				assertThat(after.get(i)).as("answer %d", i).isEqualTo(before.get(i));
			}
		}
		finally {
			server.close();
		}
	}

	@Test
	void commandsRefuseAnythingButAnEmbeddedFileDatabase() {
		Output output = run("backup", this.directory.resolve("x.gz").toString(),
				"--spring.datasource.url=jdbc:postgresql://localhost/kommunkollen");
		assertThat(output.code).isEqualTo(2);
		assertThat(output.err).contains("pg_dump");
		Output memory = run("restore", this.directory.resolve("x.gz").toString(),
				"--spring.datasource.url=jdbc:h2:mem:x");
		assertThat(memory.code).isEqualTo(2);
		assertThat(memory.err).contains("not one");
		assertThat(run("restore").err).startsWith("usage:");
	}

	private ConfigurableApplicationContext start(String url) {
		return Applications.start(WebApplicationType.SERVLET, List.of(), "--server.port=0",
				"--management.server.port=0", url, "--kommunkollen.samples.import-on-empty=true");
	}

	private static int port(ConfigurableApplicationContext server) {
		return server.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	/**
	 * Broad queries that together read every record the API serves, per sample: the
	 * documents of the API and fidelity tests, links between records, every report's
	 * history and source lines.
	 */
	private List<String> answers(int port) throws Exception {
		List<String> answers = new ArrayList<>();
		answers.add(query(port, "{ municipalities { id name county goalStatusCounts { normalized count labels } } }",
				"{}"));
		for (String municipality : MUNICIPALITIES) {
			String variables = "{\"municipality\":\"" + municipality + "\"}";
			answers.add(query(port, document("sampleReports"), variables));
			answers.add(query(port, document("fidelity"), variables));
			answers.add(query(port,
					"""
							query($municipality: ID!) { municipality(id: $municipality) {
							  organisations { name aliases }
							  reports { id
							    areas { name goals { id } commitments { id } }
							    goals { id area { name } parent { id } subGoals { id }
							      provenance { report { id } lineStart lineEnd excerpt } }
							    commitments { id text responsible responsibleBodies { organisation { name } } goal { id } }
							    initiatives { title goal { id } }
							    internalControls { riskTitle }
							    financialStatements { columns { label } rows { label values amountsInKronor printed } } } } }""",
					variables));
			answers.add(query(port, """
					query($municipality: ID!) { municipality(id: $municipality) { id name county reports {
					  id kind title issuer year periodStart periodEnd periodLabel registrationNumber sourceFileName
					  checksum lineCount importedAt
					  importHistory { fileName checksum importedAt outcome previousChecksum }
					  a: sourceLines(from: 1, to: 500) { number text }
					  b: sourceLines(from: 501, to: 1000) { number text }
					  c: sourceLines(from: 1001, to: 1500) { number text } } } }""", variables));
		}
		return answers;
	}

	private String query(int port, String document, String variables) throws IOException, InterruptedException {
		String body = this.json
			.writeValueAsString(java.util.Map.of("query", document, "variables", this.json.readTree(variables)));
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("\"errors\"");
		return response.body();
	}

	private static String document(String name) throws IOException {
		return new ClassPathResource("graphql-test/" + name + ".graphql").getContentAsString(StandardCharsets.UTF_8);
	}

	private static String gunzip(Path file) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Output run(String command, String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = DatabaseCommands.run(command, List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private record Output(int code, String out, String err) {
	}

}
