package se.kommunkollen.draft;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.ParsedReport.LineRange;
import se.kommunkollen.importer.ReadReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.report.ImportRun.ImportOutcome;
import se.kommunkollen.report.ReportKind;

/**
 * Everything a draft reads as, each record with the lines it was read from: warnings
 * first, then the report's areas, goals, indicators, commitments, initiatives, controls,
 * statements and evaluation.
 */
record DraftPreview(String id, DraftState state, String fileName, String municipalityId, String reportId,
		PublishEffect onPublish, OffsetDateTime uploadedAt, OffsetDateTime publishedAt, ImportOutcome publishOutcome,
		Map<String, Integer> counts, List<Warning> warnings, Meta report, List<Area> areas, List<Goal> goals,
		List<Indicator> indicators, List<Commitment> commitments, List<Initiative> initiatives,
		List<Control> internalControls, List<Statement> statements, Evaluation evaluation) {

	/**
	 * Source lines shown with one record at most; the range says how many there are in
	 * all.
	 */
	static final int MAX_SOURCE_LINES = 20;

	/**
	 * @param text the first {@value #MAX_SOURCE_LINES} lines of the range at most
	 */
	record Source(int start, int end, List<String> text) {

		static Source of(SourceText source, LineRange lines) {
			if (lines == null) {
				return null;
			}
			int last = Math.min(Math.min(lines.end(), source.lineCount()), lines.start() + MAX_SOURCE_LINES - 1);
			List<String> text = (lines.start() <= source.lineCount()) ? source.lines().subList(lines.start() - 1, last)
					: List.of();
			return new Source(lines.start(), lines.end(), text);
		}

		static Source of(SourceText source, Integer line) {
			return (line != null) ? of(source, LineRange.of(line)) : null;
		}

	}

	record Warning(Integer line, String code, String message, Source source) {
	}

	record Meta(ReportKind kind, String title, String issuer, int year, LocalDate periodStart, LocalDate periodEnd,
			String periodLabel, String registrationNumber, Source source) {
	}

	record Assessment(String label, String level, Source source) {

		static Assessment of(SourceText text, ParsedReport.Assessment assessment) {
			return new Assessment(assessment.label(), assessment.level().name(), Source.of(text, assessment.line()));
		}

	}

	record Area(String name, String kind, String perspective, Assessment assessment, String trend, Source source) {
	}

	record Goal(String number, String title, String level, String levelLabel, String area, String parentGoal,
			Assessment assessment, String trend, Source source) {
	}

	record Indicator(String name, String unit, String goal, String betterDirection, List<Value> values, Source source) {
	}

	record Value(String kind, String period, Integer year, BigDecimal value, String printed) {
	}

	record Commitment(String text, List<String> responsible, String status, String statusLabel, Integer completion,
			Source source) {
	}

	record Initiative(String title, String kind, String status, String statusLabel, Source source) {
	}

	record Control(String riskTitle, String controlPoint, String result, String resultLabel, Source source) {
	}

	record Statement(String title, String kind, String unit, List<String> columns, List<Row> rows, Source source) {
	}

	record Row(String label, String section, boolean sum, List<String> cells, int start, int end) {
	}

	record Evaluation(int year, String evaluators, int totalScore, int maxScore, List<EvaluationArea> areas,
			Source source) {
	}

	record EvaluationArea(int number, String name, int score, int maxScore, List<Question> questions, int strengths,
			int improvements, Source source) {
	}

	record Question(String code, String title, int score, int maxScore) {
	}

	static DraftPreview of(ReportDraft draft, ReadReport read, PublishEffect onPublish) {
		SourceText text = read.text();
		ParsedReport parsed = read.parsed();
		ParsedReport.Meta meta = parsed.meta();
		Map<String, String> areaNames = new HashMap<>();
		parsed.areas().forEach((area) -> areaNames.put(area.key(), area.name()));
		Map<String, String> goalTitles = new HashMap<>();
		parsed.goals().forEach((goal) -> goalTitles.put(goal.key(), title(goal)));
		return new DraftPreview(draft.id(), draft.state(), draft.fileName(), draft.municipalityId(), draft.reportId(),
				onPublish, draft.uploadedAt(), draft.publishedAt(), draft.publishOutcome(), read.counts(),
				parsed.warnings()
					.stream()
					.map((w) -> new Warning(w.line(), w.code(), w.message(), Source.of(text, w.line())))
					.toList(),
				new Meta(meta.kind(), meta.title(), meta.issuer(), meta.year(), meta.periodStart(), meta.periodEnd(),
						meta.periodLabel(), meta.registrationNumber(), Source.of(text, meta.lines())),
				parsed.areas()
					.stream()
					.map((a) -> new Area(a.name(), name(a.kind()), a.perspective(), Assessment.of(text, a.assessment()),
							name(a.trend()), Source.of(text, a.lines())))
					.toList(),
				parsed.goals()
					.stream()
					.map((g) -> new Goal(g.number(), g.title(), name(g.level()), g.levelLabel(),
							areaNames.get(g.areaKey()), goalTitles.get(g.parentKey()),
							Assessment.of(text, g.assessment()), name(g.trend()), Source.of(text, g.lines())))
					.toList(),
				parsed.indicators()
					.stream()
					.map((i) -> new Indicator(i.name(), i.unit(), goalTitles.get(i.goalKey()),
							name(i.betterDirection()),
							i.values()
								.stream()
								.map((v) -> new Value(name(v.kind()), v.period(), v.year(), v.value(), v.printed()))
								.toList(),
							Source.of(text, i.lines())))
					.toList(),
				parsed.commitments()
					.stream()
					.map((c) -> new Commitment(c.text(), c.responsible(), name(c.status()), c.statusLabel(),
							c.completion(), Source.of(text, c.lines())))
					.toList(),
				parsed.initiatives()
					.stream()
					.map((i) -> new Initiative(i.title(), name(i.kind()), name(i.status()), i.statusLabel(),
							Source.of(text, i.lines())))
					.toList(),
				parsed.internalControls()
					.stream()
					.map((c) -> new Control(c.riskTitle(), c.controlPoint(), name(c.result()), c.resultLabel(),
							Source.of(text, c.lines())))
					.toList(),
				parsed.statements().stream().map((s) -> statement(text, s)).toList(), evaluation(text, parsed));
	}

	private static Statement statement(SourceText text, ParsedReport.Statement statement) {
		return new Statement(statement.title(), name(statement.kind()), statement.unit(),
				statement.columns().stream().map(ParsedReport.Column::label).toList(),
				statement.rows()
					.stream()
					.map((r) -> new Row(r.label(), r.section(), r.sum(), r.printed(), r.lines().start(),
							r.lines().end()))
					.toList(),
				Source.of(text, statement.lines()));
	}

	private static Evaluation evaluation(SourceText text, ParsedReport parsed) {
		ParsedReport.Evaluation evaluation = parsed.evaluation();
		if (evaluation == null) {
			return null;
		}
		return new Evaluation(evaluation.year(), evaluation.evaluators(), evaluation.totalScore(),
				evaluation.maxScore(),
				evaluation.areas()
					.stream()
					.map((a) -> new EvaluationArea(a.number(), a.name(), a.score(), a.maxScore(),
							a.questions()
								.stream()
								.map((q) -> new Question(q.code(), q.title(), q.score(), q.maxScore()))
								.toList(),
							a.strengths().size(), a.improvements().size(), Source.of(text, a.lines())))
					.toList(),
				Source.of(text, evaluation.lines()));
	}

	private static String title(ParsedReport.Goal goal) {
		return (goal.number() != null) ? goal.number() + " " + goal.title() : goal.title();
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
