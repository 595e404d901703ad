package se.kommunkollen.importer;

import java.util.List;
import java.util.Map;

import se.kommunkollen.report.ImportRun.ImportOutcome;

/**
 * What one import did: the report, whether it was new, replaced or unchanged, counts and
 * warnings.
 */
public record ImportResult(String fileName, String reportId, ImportOutcome outcome, Map<String, Integer> counts,
		Map<String, Integer> previousCounts, List<ParsedReport.Warning> warnings) {
}
