package se.kommunkollen.draft;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.ReadReport;
import se.kommunkollen.report.ReportKind;

/**
 * A draft as answered to its upload: what it reads as, its counts and warnings, and what
 * publishing it would do.
 */
record DraftSummary(String id, String url, String previewPage, DraftState state, String fileName, String municipalityId,
		String reportId, ReportKind kind, String title, String periodLabel, LocalDate periodStart, LocalDate periodEnd,
		Map<String, Integer> counts, List<Warning> warnings, PublishEffect onPublish, OffsetDateTime uploadedAt) {

	record Warning(Integer line, String code, String message) {

		static Warning of(ParsedReport.Warning warning) {
			return new Warning(warning.line(), warning.code(), warning.message());
		}

	}

	static String url(String id) {
		return "/api/reports/" + id;
	}

	static String previewPage(String id) {
		return "/redaktor/utkast.html?id=" + id;
	}

	static DraftSummary of(ReportDraft draft, ReadReport read, PublishEffect onPublish) {
		ParsedReport.Meta meta = read.parsed().meta();
		return new DraftSummary(draft.id(), url(draft.id()), previewPage(draft.id()), draft.state(), draft.fileName(),
				draft.municipalityId(), draft.reportId(), meta.kind(), meta.title(), meta.periodLabel(),
				meta.periodStart(), meta.periodEnd(), read.counts(),
				read.parsed().warnings().stream().map(Warning::of).toList(), onPublish, draft.uploadedAt());
	}

}
