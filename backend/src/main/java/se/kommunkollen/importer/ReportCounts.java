package se.kommunkollen.importer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The number of records {@link ReportWriter} stores per entity for a parsed report, in
 * its order and with its keys, known before anything is written.
 */
final class ReportCounts {

	private ReportCounts() {
	}

	static Map<String, Integer> of(ParsedReport parsed, SourceText text) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("lines", text.lineCount());
		counts.put("areas", parsed.areas().size());
		counts.put("goals", parsed.goals().size());
		counts.put("indicators", parsed.indicators().size());
		counts.put("indicatorValues", parsed.indicators().stream().mapToInt((i) -> i.values().size()).sum());
		counts.put("commitments", parsed.commitments().size());
		counts.put("commitmentResponsibles",
				parsed.commitments().stream().mapToInt((c) -> c.responsible().size()).sum());
		counts.put("initiatives", parsed.initiatives().size());
		counts.put("internalControls", parsed.internalControls().size());
		counts.put("financialStatements", parsed.statements().size());
		counts.put("financialColumns", parsed.statements().stream().mapToInt((s) -> s.columns().size()).sum());
		counts.put("financialRows", parsed.statements().stream().mapToInt((s) -> s.rows().size()).sum());
		counts.put("financialCells",
				parsed.statements().stream().mapToInt((s) -> s.rows().size() * s.columns().size()).sum());
		if (parsed.evaluation() != null) {
			counts.put("evaluations", 1);
			counts.put("evaluationAreas", parsed.evaluation().areas().size());
			counts.put("evaluationQuestions",
					parsed.evaluation().areas().stream().mapToInt((a) -> a.questions().size()).sum());
			counts.put("evaluationFindings",
					parsed.evaluation()
						.areas()
						.stream()
						.mapToInt((a) -> a.strengths().size() + a.improvements().size())
						.sum());
		}
		counts.put("warnings", parsed.warnings().size());
		return counts;
	}

}
