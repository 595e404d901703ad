package se.kommunkollen.draft;

import java.util.Map;

import se.kommunkollen.importer.ImportResult;
import se.kommunkollen.report.ImportRun.ImportOutcome;

/**
 * The answer to publishing: the draft as it stands now, what the import did, and where
 * the public report is.
 */
record PublishedDraft(DraftListItem draft, String reportId, ImportOutcome outcome, Map<String, Integer> counts,
		Map<String, Integer> previousCounts, String municipalityPage, String sourcePage) {

	static PublishedDraft of(ReportDraft draft, ImportResult result) {
		return new PublishedDraft(DraftListItem.of(draft), result.reportId(), result.outcome(), result.counts(),
				result.previousCounts(), "/kommun.html?id=" + draft.municipalityId(),
				"/kalla.html?report=" + result.reportId());
	}

}
