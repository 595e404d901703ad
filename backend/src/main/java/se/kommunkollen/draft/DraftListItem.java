package se.kommunkollen.draft;

import java.time.OffsetDateTime;
import java.util.Map;

import se.kommunkollen.report.ImportRun.ImportOutcome;
import se.kommunkollen.report.ReportKind;

/** A draft in a list: what it reads as and where it stands, without reading it again. */
record DraftListItem(String id, String url, String previewPage, DraftState state, String fileName,
		String municipalityId, String reportId, ReportKind kind, String title, String periodLabel,
		Map<String, Integer> counts, int warningCount, OffsetDateTime uploadedAt, OffsetDateTime publishedAt,
		ImportOutcome publishOutcome, OffsetDateTime discardedAt) {

	static DraftListItem of(ReportDraft draft) {
		return new DraftListItem(draft.id(), DraftSummary.url(draft.id()), DraftSummary.previewPage(draft.id()),
				draft.state(), draft.fileName(), draft.municipalityId(), draft.reportId(), draft.kind(), draft.title(),
				draft.periodLabel(), draft.counts(), draft.warningCount(), draft.uploadedAt(), draft.publishedAt(),
				draft.publishOutcome(), draft.discardedAt());
	}

}
