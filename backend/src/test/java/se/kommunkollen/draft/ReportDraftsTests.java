package se.kommunkollen.draft;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.kommunkollen.importer.ImportException;
import se.kommunkollen.importer.ImportResult;
import se.kommunkollen.importer.ReadReport;
import se.kommunkollen.importer.ReportImporter;
import se.kommunkollen.report.ImportRun.ImportOutcome;
import se.kommunkollen.trail.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Drafts read a file exactly as the import command does, store nothing public until
 * published, and publish once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
		"kommunkollen.samples.import-on-empty=false", "spring.datasource.url=jdbc:h2:mem:report-drafts" })
class ReportDraftsTests {

	static final String ENKOPING = "002_034fdc850437dc3c.txt";

	static final List<String> SAMPLES = List.of("001_49780e2962ff647b.txt", ENKOPING, "003_706e2e96afce6266.txt",
			"004_6ea06e72dde3c929.txt");

	static final Actor EDITOR = new Actor(Actor.EDITOR, "enkoping", 7L);

	@Autowired
	ReportDrafts drafts;

	@Autowired
	ReportImporter importer;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyDatabase() {
		this.jdbc.sql("DELETE FROM report_draft").update();
		this.jdbc.sql("DELETE FROM report").update();
		this.jdbc.sql("DELETE FROM import_run").update();
	}

	@Test
	void draftCountsAreTheRecordsAnImportStoresForEverySample() throws IOException {
		for (String sample : SAMPLES) {
			byte[] content = sample(sample);
			ReadReport read = this.drafts.read(sample, content);
			ImportResult imported = this.importer.importFile(sample, content);
			assertThat(read.reportId()).isEqualTo(imported.reportId());
			assertThat(read.counts()).as(sample).containsExactlyEntriesOf(imported.counts());
			assertThat(read.parsed().warnings()).isEqualTo(imported.warnings());
		}
	}

	@Test
	void aDraftIsNotPublicUntilPublishedThenPublishesOnce() throws IOException {
		byte[] content = sample(ENKOPING);
		DraftSummary draft = this.drafts.create(this.drafts.read("uploads/" + ENKOPING, content), content, 7);
		assertThat(draft.fileName()).isEqualTo(ENKOPING);
		assertThat(draft.municipalityId()).isEqualTo("enkoping");
		assertThat(draft.onPublish()).isEqualTo(PublishEffect.CREATE);
		assertThat(count("report")).isZero();
		assertThat(count("import_run")).isZero();

		ImportResult published = this.drafts.publish(draft.id(), EDITOR);

		assertThat(published.outcome()).isEqualTo(ImportOutcome.CREATED);
		assertThat(published.counts()).containsExactlyEntriesOf(draft.counts());
		assertThat(count("report")).isEqualTo(1);
		ReportDraft stored = this.drafts.get(draft.id());
		assertThat(stored.state()).isEqualTo(DraftState.PUBLISHED);
		assertThat(stored.publishedBy()).isEqualTo(7L);
		assertThat(stored.publishedAt()).isNotNull();
		assertThat(stored.publishOutcome()).isEqualTo(ImportOutcome.CREATED);
		assertThatExceptionOfType(DraftStateException.class).isThrownBy(() -> this.drafts.publish(draft.id(), EDITOR))
			.satisfies((ex) -> assertThat(ex.state()).isEqualTo(DraftState.PUBLISHED));
		assertThat(count("import_run")).isEqualTo(1);
		assertThat(this.drafts.preview(stored).onPublish()).isNull();
	}

	@Test
	void theSameFileAgainWouldLeaveThePublicVersionUnchanged() throws IOException {
		byte[] content = sample(ENKOPING);
		this.importer.importFile(ENKOPING, content);
		DraftSummary same = this.drafts.create(this.drafts.read(ENKOPING, content), content, 7);
		assertThat(same.onPublish()).isEqualTo(PublishEffect.UNCHANGED);
		byte[] changed = new String(content, java.nio.charset.StandardCharsets.UTF_8)
			.replace("Mål 18: Kransorternas", "Kransorternas")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		DraftSummary other = this.drafts.create(this.drafts.read(ENKOPING, changed), changed, 7);
		assertThat(other.onPublish()).isEqualTo(PublishEffect.REPLACE);
	}

	@Test
	void aDiscardedDraftCannotBePublishedOrDiscardedAgain() throws IOException {
		byte[] content = sample(ENKOPING);
		DraftSummary draft = this.drafts.create(this.drafts.read(ENKOPING, content), content, 7);
		this.drafts.discard(draft.id(), 8);
		ReportDraft stored = this.drafts.get(draft.id());
		assertThat(stored.state()).isEqualTo(DraftState.DISCARDED);
		assertThat(stored.discardedBy()).isEqualTo(8L);
		assertThatExceptionOfType(DraftStateException.class).isThrownBy(() -> this.drafts.publish(draft.id(), EDITOR));
		assertThatExceptionOfType(DraftStateException.class).isThrownBy(() -> this.drafts.discard(draft.id(), 7));
		assertThat(count("report")).isZero();
		assertThat(this.drafts.list("enkoping", Optional.of(DraftState.DRAFT))).isEmpty();
		assertThat(this.drafts.list("enkoping", Optional.empty())).extracting(ReportDraft::id)
			.containsExactly(draft.id());
	}

	@Test
	void theImportersErrorsNameTheFileAndLine() {
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> this.drafts.read("leer.txt", "\n\n".getBytes()))
			.withMessage("leer.txt: file is empty");
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> this.drafts.read("fel.txt", new byte[] { 'a', '\n', (byte) 0xC3, 0x28 }))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(2))
			.withMessageStartingWith("fel.txt:2: not valid UTF-8");
	}

	@Test
	void thePreviewShowsWarningsAndEveryRecordWithItsSourceLines() throws IOException {
		byte[] content = sample(ENKOPING);
		DraftSummary draft = this.drafts.create(this.drafts.read(ENKOPING, content), content, 7);
		DraftPreview preview = this.drafts.preview(this.drafts.get(draft.id()));
		assertThat(preview.warnings()).hasSize(draft.warnings().size());
		assertThat(preview.goals()).hasSize(draft.counts().get("goals"));
		assertThat(preview.statements()).hasSize(5);
		List<String> lines = new String(content, java.nio.charset.StandardCharsets.UTF_8).lines().toList();
		DraftPreview.Goal goal = preview.goals().get(0);
		assertThat(goal.source().text()).first().isEqualTo(lines.get(goal.source().start() - 1));
		assertThat(goal.source().text()).hasSizeLessThanOrEqualTo(DraftPreview.MAX_SOURCE_LINES);
		assertThat(preview.warnings()).allSatisfy(
				(warning) -> assertThat(warning.source().text()).containsExactly(lines.get(warning.line() - 1)));
	}

	private int count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
	}

	static byte[] sample(String name) throws IOException {
		return new ClassPathResource("samples/" + name).getContentAsByteArray();
	}

}
