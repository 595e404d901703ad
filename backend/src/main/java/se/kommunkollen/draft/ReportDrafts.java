package se.kommunkollen.draft;

import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import se.kommunkollen.importer.ImportException;
import se.kommunkollen.importer.ImportResult;
import se.kommunkollen.importer.ReadReport;
import se.kommunkollen.importer.ReportImporter;
import se.kommunkollen.importer.ReportReader;
import se.kommunkollen.report.ImportRun;
import se.kommunkollen.trail.Actor;

/**
 * Drafts of reports: a file is read as the import command reads it and kept, not public,
 * until it is published (imported through {@link ReportImporter}) or discarded. Who may
 * act on which municipality's drafts is the caller's concern.
 */
@Service
public class ReportDrafts {

	private final ReportReader reader;

	private final ReportImporter importer;

	private final ReportDraftRepository drafts;

	private final JdbcAggregateTemplate aggregates;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ReportDrafts(ReportReader reader, ReportImporter importer, ReportDraftRepository drafts,
			JdbcAggregateTemplate aggregates, JdbcClient jdbc, TransactionTemplate transaction, Optional<Clock> clock) {
		this.reader = reader;
		this.importer = importer;
		this.drafts = drafts;
		this.aggregates = aggregates;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Reads a file as an import would, storing nothing.
	 * @throws ImportException naming the file (and line) when an import would fail
	 */
	public ReadReport read(String fileName, byte[] content) {
		return this.reader.read(fileName, content);
	}

	/** Keeps a file that has been read as a new draft. */
	DraftSummary create(ReadReport read, byte[] content, long accountId) {
		ReportDraft draft = new ReportDraft(UUID.randomUUID().toString(), read.fileName(), content, read.checksum(),
				read.municipalityId(), read.reportId(), read.parsed().meta().kind(), read.parsed().meta().title(),
				read.parsed().meta().periodLabel(), ImportRun.formatCounts(read.counts()),
				read.parsed().warnings().size(), accountId, OffsetDateTime.now(this.clock), DraftState.DRAFT, null,
				null, null, null, null);
		this.aggregates.insert(draft);
		return DraftSummary.of(draft, read, PublishEffect.of(this.reader.outcomeOf(read)));
	}

	/**
	 * @throws DraftNotFoundException when there is no such draft
	 */
	ReportDraft get(String id) {
		return this.drafts.findById(id).orElseThrow(() -> new DraftNotFoundException(id));
	}

	List<ReportDraft> list(String municipalityId, Optional<DraftState> state) {
		return state.map((s) -> this.drafts.findByMunicipalityIdAndStateOrderByUploadedAtDescIdAsc(municipalityId, s))
			.orElseGet(() -> this.drafts.findByMunicipalityIdOrderByUploadedAtDescIdAsc(municipalityId));
	}

	/** What the draft reads as now, with its source lines, warnings first. */
	DraftPreview preview(ReportDraft draft) {
		ReadReport read = this.reader.read(draft.fileName(), draft.content());
		PublishEffect effect = (draft.state() == DraftState.DRAFT) ? PublishEffect.of(this.reader.outcomeOf(read))
				: null;
		return DraftPreview.of(draft, read, effect);
	}

	/**
	 * Imports the draft's file as the import command does, with {@code actor} in the
	 * change trail, and marks the draft published, in one transaction: if the import
	 * fails, the draft stays a draft and nothing is public.
	 * @throws DraftStateException when the draft is not a draft (any more)
	 */
	ImportResult publish(String id, Actor actor) {
		ReportDraft draft = get(id);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.transaction.execute((status) -> {
			claim(draft, "published_at", "published_by", DraftState.PUBLISHED, now, actor.accountId());
			ImportResult result = this.importer.importFile(draft.fileName(), draft.content(), actor);
			this.jdbc.sql("UPDATE report_draft SET publish_outcome = :outcome WHERE id = :id")
				.param("outcome", result.outcome().name())
				.param("id", id)
				.update();
			return result;
		});
	}

	/**
	 * @throws DraftStateException when the draft has been published or discarded
	 */
	void discard(String id, long accountId) {
		ReportDraft draft = get(id);
		this.transaction.executeWithoutResult((status) -> claim(draft, "discarded_at", "discarded_by",
				DraftState.DISCARDED, OffsetDateTime.now(this.clock), accountId));
	}

	/**
	 * Moves a draft out of {@code DRAFT} unless another request did so first (the update
	 * holds the row until the transaction ends, so two publishes cannot both pass).
	 */
	private void claim(ReportDraft draft, String atColumn, String byColumn, DraftState next, OffsetDateTime at,
			Long accountId) {
		int claimed = this.jdbc
			.sql("UPDATE report_draft SET state = :next, " + atColumn + " = :at, " + byColumn
					+ " = :by WHERE id = :id AND state = 'DRAFT'")
			.param("next", next.name())
			.param("at", at)
			.param("by", accountId, Types.BIGINT)
			.param("id", draft.id())
			.update();
		if (claimed == 0) {
			throw new DraftStateException(draft.id(), get(draft.id()).state());
		}
	}

}
