package se.kommunkollen.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import command: counts and warnings per file, unchanged re-imports, replaced
 * versions, and bad input that leaves the database exactly as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
		"kommunkollen.samples.import-on-empty=false", "spring.datasource.url=jdbc:h2:mem:import-command" })
class ImportCommandTests {

	static final String ENKOPING = "002_034fdc850437dc3c.txt";

	@Autowired
	ReportImporter importer;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void emptyDatabase() {
		this.jdbc.sql("DELETE FROM report").update();
		this.jdbc.sql("DELETE FROM import_run").update();
	}

	@Test
	void importPrintsCountsAndWarningsWithLineNumbers() throws IOException {
		Path file = sample(ENKOPING);
		assertThat(run(file)).isZero();
		assertThat(stdout()).contains(file + ": created enkoping-ks-delarsrapport-2023-08")
			.containsPattern("  goals: \\d+")
			.containsPattern("  financialStatements: 5")
			.containsPattern("    line \\d+: [A-Z_]+ ");
		assertThat(count("report")).isEqualTo(1);
	}

	@Test
	void sameFileAgainChangesNothingAndSaysSo() throws IOException {
		Path file = sample(ENKOPING);
		run(file);
		String before = dataSnapshot();
		assertThat(run(file)).isZero();
		assertThat(stdout()).contains("unchanged (same checksum");
		assertThat(dataSnapshot()).isEqualTo(before);
		assertThat(this.jdbc.sql("SELECT outcome FROM import_run ORDER BY id").query(String.class).list())
			.containsExactly("CREATED", "UNCHANGED");
	}

	@Test
	void newVersionReplacesTheOldOneAndRecordsWhatChanged() throws IOException {
		Path file = sample(ENKOPING);
		run(file);
		String text = Files.readString(file);
		String oneGoalFewer = text.replace("Mål 18: Kransorternas", "Kransorternas");
		assertThat(oneGoalFewer).isNotEqualTo(text);
		Path newVersion = Files.writeString(this.folder.resolve("enkoping-v2.txt"), oneGoalFewer);
		assertThat(run(newVersion)).isZero();
		assertThat(stdout()).contains("replaced enkoping-ks-delarsrapport-2023-08");
		assertThat(count("report")).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT source_file_name FROM report").query(String.class).single())
			.isEqualTo("enkoping-v2.txt");
		assertThat(this.jdbc.sql("SELECT file_name FROM import_run ORDER BY id").query(String.class).list())
			.containsExactly(ENKOPING, "enkoping-v2.txt");
		assertThat(this.jdbc.sql("SELECT outcome FROM import_run ORDER BY id").query(String.class).list())
			.containsExactly("CREATED", "REPLACED");
	}

	@Test
	void emptyFileIsRefusedAndChangesNothing() throws IOException {
		assertRefused(Files.writeString(this.folder.resolve("empty.txt"), ""), "file is empty");
	}

	@Test
	void binaryFileIsRefusedAndChangesNothing() throws IOException {
		byte[] bytes = new byte[4096];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (i * 31);
		}
		assertRefused(Files.write(this.folder.resolve("report.pdf"), bytes), "");
	}

	@Test
	void unknownKindOfReportIsRefusedAndChangesNothing() throws IOException {
		assertRefused(Files.writeString(this.folder.resolve("menu.txt"), "Veckans lunchmeny\nMåndag\tPannkakor\n"),
				"unknown kind of report");
	}

	@Test
	void numberThatDoesNotParseIsRefusedWithItsLine() throws IOException {
		String text = Files.readString(sample(ENKOPING));
		String broken = text.replace("Summa intäkter\t20,2\t11,6", "Summa intäkter\t20,x\t11,6");
		assertThat(broken).isNotEqualTo(text);
		Path file = Files.writeString(this.folder.resolve("broken.txt"), broken);
		int line = lineOf(broken, "Summa intäkter\t20,x");
		assertRefused(file, file + ":" + line + ":");
		assertThat(stderr()).contains("20,x");
	}

	@Test
	void fileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
		Path big = this.folder.resolve("big.txt");
		try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
			file.setLength(50L * 1024 * 1024);
		}
		assertRefused(big, "the limit is");
	}

	@Test
	void oneBadFileDoesNotStopTheOthers() throws IOException {
		Path empty = Files.writeString(this.folder.resolve("empty.txt"), "");
		assertThat(run(empty, sample(ENKOPING))).isEqualTo(1);
		assertThat(count("report")).isEqualTo(1);
	}

	private void assertRefused(Path file, String message) {
		run(sample(ENKOPING));
		String before = snapshot();
		assertThat(run(file)).isEqualTo(1);
		assertThat(stderr()).contains("FAILED " + file).contains(message).contains("nothing of this file was imported");
		assertThat(snapshot()).isEqualTo(before);
	}

	private int run(Path... files) {
		this.out.reset();
		this.err.reset();
		return new ImportCommand(this.importer, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8))
			.run(List.of(files).stream().map(Path::toString).toList());
	}

	private Path sample(String name) {
		try {
			Path copy = this.folder.resolve(name);
			if (!Files.exists(copy)) {
				Files.write(copy, new ClassPathResource("samples/" + name).getContentAsByteArray());
			}
			return copy;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Row counts of every table that an import writes, the import history included. */
	private String snapshot() {
		return dataSnapshot() + "import_run=" + count("import_run");
	}

	/** Row counts of the tables that hold report data. */
	private String dataSnapshot() {
		StringBuilder counts = new StringBuilder();
		for (String table : List.of("report", "report_line", "goal", "indicator", "indicator_value", "area",
				"commitment", "initiative", "internal_control", "financial_statement", "financial_row",
				"financial_cell", "evaluation", "import_warning")) {
			counts.append(table).append('=').append(count(table)).append(' ');
		}
		return counts.toString();
	}

	private int count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
	}

	private static int lineOf(String text, String fragment) {
		List<String> lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(fragment)) {
				return i + 1;
			}
		}
		throw new IllegalArgumentException(fragment);
	}

	private String stdout() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
