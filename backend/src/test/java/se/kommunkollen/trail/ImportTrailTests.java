package se.kommunkollen.trail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.kommunkollen.importer.ImportException;
import se.kommunkollen.importer.ReportImporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Imports and replacements enter the change trail with who made them, the file, its
 * checksum and counts, in the import's own transaction; an unchanged import and a failed
 * one leave the trail as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "kommunkollen.samples.import-on-empty=false", "spring.datasource.url=jdbc:h2:mem:import-trail" })
class ImportTrailTests {

	static final String ENKOPING = "002_034fdc850437dc3c.txt";

	static final String REPORT = "enkoping-ks-delarsrapport-2023-08";

	@Autowired
	ReportImporter importer;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyDatabase() {
		this.jdbc.sql("DELETE FROM report").update();
		this.jdbc.sql("DELETE FROM import_run").update();
		this.jdbc.sql("DELETE FROM trail_change").update();
	}

	@Test
	void importByAnEditorEntersTheTrailWithRoleMunicipalityFileChecksumAndCounts() throws IOException {
		this.importer.importFile("uploads/" + ENKOPING, sample(), new Actor(Actor.EDITOR, "enkoping", 7L));
		List<Map<String, Object>> trail = trail();
		assertThat(trail).hasSize(1);
		Map<String, Object> entry = trail.get(0);
		assertThat(entry).containsEntry("KIND", "IMPORT")
			.containsEntry("ACTOR_ROLE", "EDITOR")
			.containsEntry("ACTOR_MUNICIPALITY_ID", "enkoping")
			.containsEntry("ACCOUNT_ID", 7L)
			.containsEntry("MUNICIPALITY_ID", "enkoping")
			.containsEntry("REPORT_ID", REPORT)
			.containsEntry("FILE_NAME", ENKOPING)
			.containsEntry("PREVIOUS_COUNTS", null);
		assertThat((String) entry.get("CHECKSUM")).hasSize(64);
		assertThat((String) entry.get("COUNTS")).containsPattern("goals=\\d+").contains("financialStatements=5");
	}

	@Test
	void theCommandLineImportIsRecordedAsCommandLineWithoutMunicipalityOrAccount() throws IOException {
		this.importer.importFile(ENKOPING, sample());
		assertThat(trail()).singleElement()
			.satisfies((entry) -> assertThat(entry).containsEntry("ACTOR_ROLE", "COMMAND_LINE")
				.containsEntry("ACTOR_MUNICIPALITY_ID", null)
				.containsEntry("ACCOUNT_ID", null));
	}

	@Test
	void theSameFileAgainAddsNothingToTheTrail() throws IOException {
		this.importer.importFile(ENKOPING, sample());
		this.importer.importFile(ENKOPING, sample(), new Actor(Actor.EDITOR, "enkoping", 7L));
		assertThat(trail()).extracting((entry) -> entry.get("KIND")).containsExactly("IMPORT");
	}

	@Test
	void aNewVersionEntersTheTrailAsAReplacementWithCountsBeforeAndAfter() throws IOException {
		this.importer.importFile(ENKOPING, sample());
		byte[] oneGoalFewer = new String(sample(), StandardCharsets.UTF_8)
			.replace("Mål 18: Kransorternas", "Kransorternas")
			.getBytes(StandardCharsets.UTF_8);
		this.importer.importFile("new.txt", oneGoalFewer, new Actor(Actor.ADMINISTRATOR, "enkoping", 1L));
		List<Map<String, Object>> trail = trail();
		assertThat(trail).extracting((entry) -> entry.get("KIND")).containsExactly("IMPORT", "REPLACEMENT");
		Map<String, Object> replacement = trail.get(1);
		assertThat(replacement).containsEntry("ACTOR_ROLE", "ADMINISTRATOR").containsEntry("FILE_NAME", "new.txt");
		assertThat(replacement.get("PREVIOUS_COUNTS")).isEqualTo(trail.get(0).get("COUNTS"));
		assertThat(replacement.get("COUNTS")).isNotEqualTo(trail.get(0).get("COUNTS"));
	}

	@Test
	void aFailedImportLeavesTheTrailAsItWas() throws IOException {
		this.importer.importFile(ENKOPING, sample());
		byte[] truncated = new String(sample(), StandardCharsets.UTF_8).substring(0, 400)
			.getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.importer.importFile("broken.txt", truncated, Actor.commandLine()))
			.isInstanceOf(ImportException.class);
		assertThat(trail()).hasSize(1);
	}

	private List<Map<String, Object>> trail() {
		return this.jdbc.sql("SELECT * FROM trail_change ORDER BY id")
			.query()
			.listOfRows()
			.stream()
			.map(ImportTrailTests::upperCaseKeys)
			.toList();
	}

	private static Map<String, Object> upperCaseKeys(Map<String, Object> row) {
		Map<String, Object> copy = new java.util.LinkedHashMap<>();
		row.forEach((key, value) -> copy.put(key.toUpperCase(java.util.Locale.ROOT),
				(value instanceof Number number && !(value instanceof java.math.BigDecimal)) ? number.longValue()
						: value));
		return copy;
	}

	static byte[] sample() throws IOException {
		return new ClassPathResource("samples/" + ENKOPING).getContentAsByteArray();
	}

}
