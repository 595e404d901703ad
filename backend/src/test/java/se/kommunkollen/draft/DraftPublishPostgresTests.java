package se.kommunkollen.draft;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.kommunkollen.importer.ImportResult;
import se.kommunkollen.report.ImportRun.ImportOutcome;
import se.kommunkollen.trail.Actor;
import se.kommunkollen.support.EmbeddedPostgresDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A draft kept and published on a real PostgreSQL server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "kommunkollen.samples.import-on-empty=false")
class DraftPublishPostgresTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresDatabase.register(registry);
	}

	static final Actor EDITOR = new Actor(Actor.EDITOR, "enkoping", 7L);

	@Autowired
	ReportDrafts drafts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDraftKeepsItsFileByteForByteAndPublishesOnce() throws Exception {
		byte[] content = ReportDraftsTests.sample(ReportDraftsTests.ENKOPING);
		DraftSummary draft = this.drafts.create(this.drafts.read(ReportDraftsTests.ENKOPING, content), content, 7);
		assertThat(this.drafts.get(draft.id()).content()).isEqualTo(content);
		assertThat(count("report")).isZero();

		ImportResult published = this.drafts.publish(draft.id(), EDITOR);

		assertThat(published.outcome()).isEqualTo(ImportOutcome.CREATED);
		assertThat(published.counts()).containsExactlyEntriesOf(draft.counts());
		assertThat(count("report")).isEqualTo(1);
		assertThat(this.drafts.get(draft.id()).state()).isEqualTo(DraftState.PUBLISHED);
		assertThatExceptionOfType(DraftStateException.class).isThrownBy(() -> this.drafts.publish(draft.id(), EDITOR));
		assertThat(count("import_run")).isEqualTo(1);
	}

	private int count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
	}

}
