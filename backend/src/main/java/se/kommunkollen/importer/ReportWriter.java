package se.kommunkollen.importer;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;

import se.kommunkollen.commitment.Commitment;
import se.kommunkollen.commitment.CommitmentResponsible;
import se.kommunkollen.commitment.Initiative;
import se.kommunkollen.control.InternalControl;
import se.kommunkollen.evaluation.Evaluation;
import se.kommunkollen.evaluation.EvaluationArea;
import se.kommunkollen.evaluation.EvaluationFinding;
import se.kommunkollen.evaluation.EvaluationQuestion;
import se.kommunkollen.finance.ColumnKind;
import se.kommunkollen.finance.FinancialCell;
import se.kommunkollen.finance.FinancialColumn;
import se.kommunkollen.finance.FinancialRow;
import se.kommunkollen.finance.FinancialStatement;
import se.kommunkollen.goal.Area;
import se.kommunkollen.goal.Goal;
import se.kommunkollen.goal.Indicator;
import se.kommunkollen.goal.IndicatorValue;
import se.kommunkollen.importer.ParsedReport.LineRange;
import se.kommunkollen.importer.read.MoneyUnit;
import se.kommunkollen.importer.read.SwedishNumbers;
import se.kommunkollen.report.DataVersion;
import se.kommunkollen.report.ImportWarning;
import se.kommunkollen.report.Report;
import se.kommunkollen.report.ReportLine;

/**
 * Stores one parsed report under a given id. Runs inside the caller's transaction; every
 * record gets its provenance (report, line range, excerpt of the source lines), and the
 * {@link DataVersion} is raised in the same transaction.
 */
@Component
public class ReportWriter {

	private static final int EXCERPT_LENGTH = 200;

	/** Unit name of a row of ratios ("K/I-tal 0,96"): no amount, no kronor. */
	private static final String RATIO_NAME = "kvot";

	private final JdbcAggregateTemplate jdbc;

	private final OrganisationWriter organisations;

	private final DataVersion dataVersion;

	public ReportWriter(JdbcAggregateTemplate jdbc, OrganisationWriter organisations, DataVersion dataVersion) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.dataVersion = dataVersion;
	}

	/**
	 * @return number of records per entity
	 */
	public Map<String, Integer> write(String reportId, String municipalityId, ParsedReport parsed, SourceText text,
			String checksum, OffsetDateTime importedAt) {
		this.dataVersion.changed();
		Writing w = new Writing(reportId, text);
		ParsedReport.Meta meta = parsed.meta();
		this.jdbc.insert(new Report(reportId, municipalityId, meta.kind(), meta.title(), meta.issuer(), meta.year(),
				meta.periodStart(), meta.periodEnd(), meta.periodLabel(), meta.registrationNumber(),
				ReportImporter.withoutDirectories(text.fileName()), checksum, text.lineCount(), importedAt,
				ReportImporter.VERSION));
		List<ReportLine> lines = new ArrayList<>(text.lineCount());
		for (int number = 1; number <= text.lineCount(); number++) {
			lines.add(new ReportLine(null, reportId, number, text.line(number)));
		}
		w.insertAll("lines", lines);
		Map<String, String> organisationByLabel = this.organisations.write(municipalityId, parsed.organisations());
		writeAreasAndGoals(w, parsed);
		writeIndicators(w, parsed.indicators());
		writeCommitments(w, parsed.commitments(), organisationByLabel);
		writeInitiatives(w, parsed.initiatives());
		writeInternalControls(w, parsed.internalControls());
		writeStatements(w, parsed.statements());
		if (parsed.evaluation() != null) {
			writeEvaluation(w, municipalityId, parsed.evaluation());
		}
		List<ImportWarning> warnings = new ArrayList<>();
		for (ParsedReport.Warning warning : parsed.warnings()) {
			warnings.add(new ImportWarning(null, reportId, warning.line(), warning.code(), warning.message(),
					warnings.size()));
		}
		w.insertAll("warnings", warnings);
		return w.counts;
	}

	private void writeAreasAndGoals(Writing w, ParsedReport parsed) {
		List<Area> areas = new ArrayList<>();
		for (ParsedReport.Area area : parsed.areas()) {
			LineRange lines = area.lines();
			areas.add(new Area(w.ids.assign("area", area.key()), w.reportId, area.kind(), area.perspective(),
					area.name(), area.assessment().label(), area.assessment().level(), area.assessmentText(),
					area.trend(), area.summary(), areas.size(), lines.start(), lines.end(), w.excerpt(lines),
					area.assessment().line()));
		}
		w.insertAll("areas", areas);
		parsed.goals().forEach((goal) -> w.ids.assign("goal", goal.key()));
		List<Goal> goals = new ArrayList<>();
		for (ParsedReport.Goal goal : parsed.goals()) {
			LineRange lines = goal.lines();
			ParsedReport.Text analysis = (goal.analysis() != null) ? goal.analysis()
					: new ParsedReport.Text(null, null);
			goals.add(new Goal(w.ids.of("goal", goal.key()), w.reportId, w.ids.of("area", goal.areaKey()),
					w.ids.of("goal", goal.parentKey()), goal.level(), goal.levelLabel(), goal.number(), goal.title(),
					analysis.plain(), analysis.html(), goal.assessment().label(), goal.assessment().level(),
					goal.trend(), goals.size(), lines.start(), lines.end(), w.excerpt(lines),
					goal.assessment().line()));
		}
		// Goals that break others down are stored after them, whatever order the parser
		// gave.
		goals.sort(Comparator.comparing((Goal goal) -> goal.parentGoalId() != null));
		w.insertAll("goals", goals);
	}

	private void writeIndicators(Writing w, List<ParsedReport.Indicator> parsedIndicators) {
		List<Indicator> indicators = new ArrayList<>();
		List<IndicatorValue> values = new ArrayList<>();
		for (ParsedReport.Indicator indicator : parsedIndicators) {
			String id = w.ids.assign("indicator", indicator.key());
			LineRange lines = indicator.lines();
			indicators.add(new Indicator(id, w.reportId, w.ids.of("goal", indicator.goalKey()), indicator.level(),
					indicator.levelLabel(), indicator.name(), indicator.unit(), indicator.betterDirection(),
					indicators.size(), lines.start(), lines.end(), w.excerpt(lines)));
			int order = 0;
			for (ParsedReport.IndicatorValue value : indicator.values()) {
				values.add(new IndicatorValue(null, id, value.kind(), value.period(), value.year(), value.value(),
						value.printed(), order++));
			}
		}
		w.insertAll("indicators", indicators);
		w.insertAll("indicatorValues", values);
	}

	private void writeCommitments(Writing w, List<ParsedReport.Commitment> parsedCommitments,
			Map<String, String> organisationByLabel) {
		List<Commitment> commitments = new ArrayList<>();
		List<CommitmentResponsible> responsibles = new ArrayList<>();
		for (ParsedReport.Commitment commitment : parsedCommitments) {
			String id = w.ids.assign("commitment", commitment.key());
			LineRange lines = commitment.lines();
			ParsedReport.Text followUp = (commitment.followUp() != null) ? commitment.followUp()
					: new ParsedReport.Text(null, null);
			commitments.add(new Commitment(id, w.reportId, w.ids.of("goal", commitment.goalKey()),
					w.ids.of("area", commitment.areaKey()), commitment.text(), commitment.statusLabel(),
					commitment.status(), commitment.completion(), followUp.plain(), followUp.html(), commitments.size(),
					lines.start(), lines.end(), w.excerpt(lines), commitment.statusLine()));
			int order = 0;
			for (String label : commitment.responsible()) {
				responsibles.add(new CommitmentResponsible(null, id, label,
						organisationByLabel.get(label.toLowerCase(Locale.ROOT)), order++));
			}
		}
		w.insertAll("commitments", commitments);
		w.insertAll("commitmentResponsibles", responsibles);
	}

	private void writeInitiatives(Writing w, List<ParsedReport.Initiative> parsedInitiatives) {
		List<Initiative> initiatives = new ArrayList<>();
		for (ParsedReport.Initiative initiative : parsedInitiatives) {
			LineRange lines = initiative.lines();
			ParsedReport.Text comment = (initiative.comment() != null) ? initiative.comment()
					: new ParsedReport.Text(null, null);
			initiatives.add(new Initiative(w.ids.assign("initiative", initiative.key()), w.reportId,
					w.ids.of("goal", initiative.goalKey()), initiative.kind(), initiative.title(),
					initiative.commissionedBy(), comment.plain(), comment.html(), initiative.statusLabel(),
					initiative.status(), initiatives.size(), lines.start(), lines.end(), w.excerpt(lines),
					initiative.statusLine()));
		}
		w.insertAll("initiatives", initiatives);
	}

	private void writeInternalControls(Writing w, List<ParsedReport.InternalControl> parsedControls) {
		List<InternalControl> controls = new ArrayList<>();
		for (ParsedReport.InternalControl control : parsedControls) {
			LineRange lines = control.lines();
			controls.add(new InternalControl(w.ids.assign("control", control.key()), w.reportId, control.area(),
					control.riskTitle(), control.riskDescription(), control.controlPoint(), control.frequency(),
					control.method(), control.result(), control.resultLabel(), control.resultText(), control.action(),
					control.comment(), controls.size(), lines.start(), lines.end(), w.excerpt(lines),
					control.statusLine()));
		}
		w.insertAll("internalControls", controls);
	}

	private void writeStatements(Writing w, List<ParsedReport.Statement> parsedStatements) {
		List<FinancialStatement> statements = new ArrayList<>();
		List<FinancialColumn> columns = new ArrayList<>();
		List<FinancialRow> rows = new ArrayList<>();
		List<FinancialCell> cells = new ArrayList<>();
		for (ParsedReport.Statement statement : parsedStatements) {
			String id = w.ids.assign("statement", statement.key());
			LineRange lines = statement.lines();
			Optional<MoneyUnit> unit = Optional.ofNullable(statement.unit()).flatMap(MoneyUnit::find);
			LineRange unitLines = statement.unitEvidence();
			statements.add(new FinancialStatement(id, w.reportId, statement.kind(), statement.title(), statement.unit(),
					unit.map(MoneyUnit::swedishName).orElse(null), unit.map(MoneyUnit::kronor).orElse(null),
					(unitLines != null) ? unitLines.start() : null, (unitLines != null) ? w.excerpt(unitLines) : null,
					statements.size(), lines.start(), lines.end(), w.excerpt(lines)));
			List<ParsedReport.Column> statementColumns = statement.columns();
			for (int index = 0; index < statementColumns.size(); index++) {
				ParsedReport.Column column = statementColumns.get(index);
				columns.add(new FinancialColumn(null, id, index, column.label(), column.kind(), column.period(),
						column.unit(), column.periodStart(), column.periodEnd(), column.deviationSign()));
			}
			for (ParsedReport.Row row : statement.rows()) {
				String rowId = id + ".row-" + (rows.size() + 1);
				Optional<MoneyUnit> rowUnit = Optional.ofNullable(row.unit()).flatMap(MoneyUnit::find);
				rows.add(new FinancialRow(rowId, w.reportId, id, rows.size(), row.label(), row.section(), row.sum(),
						row.unit(), row.ratio() ? RATIO_NAME : rowUnit.map(MoneyUnit::swedishName).orElse(null),
						rowUnit.map(MoneyUnit::kronor).orElse(null), row.ratio(), row.lines().start(),
						row.lines().end(), w.excerpt(row.lines())));
				Optional<MoneyUnit> amountUnit = row.ratio() ? Optional.empty() : rowUnit.or(() -> unit);
				for (int index = 0; index < statementColumns.size(); index++) {
					BigDecimal amount = (index < row.values().size()) ? row.values().get(index) : null;
					String printed = (index < row.printed().size()) ? row.printed().get(index) : null;
					cells.add(new FinancialCell(null, rowId, index, amount,
							inKronor(amount, statementColumns.get(index), amountUnit), printed,
							scale(amount, printed)));
				}
			}
		}
		w.insertAll("financialStatements", statements);
		w.insertAll("financialColumns", columns);
		w.insertAll("financialRows", rows);
		w.insertAll("financialCells", cells);
	}

	/**
	 * Decimals as printed; the amount's own scale where the printed text is no number.
	 */
	private static Integer scale(BigDecimal amount, String printed) {
		if (amount == null) {
			return null;
		}
		if (printed != null && SwedishNumbers.isNumber(printed)) {
			return SwedishNumbers.decimals(printed);
		}
		return Math.max(amount.scale(), 0);
	}

	/**
	 * Kronor only for amounts in the table's money unit: not for percentages, ratios or
	 * references.
	 */
	private static BigDecimal inKronor(BigDecimal amount, ParsedReport.Column column, Optional<MoneyUnit> unit) {
		if (amount == null || unit.isEmpty() || column.unit() != null || column.kind() == ColumnKind.RATIO
				|| column.kind() == ColumnKind.REFERENCE) {
			return null;
		}
		return amount.multiply(unit.get().kronor());
	}

	private void writeEvaluation(Writing w, String municipalityId, ParsedReport.Evaluation evaluation) {
		String evaluationId = w.reportId + ".evaluation";
		LineRange lines = evaluation.lines();
		this.jdbc
			.insert(new Evaluation(evaluationId, w.reportId, municipalityId, evaluation.year(), evaluation.evaluators(),
					evaluation.totalScore(), evaluation.maxScore(), lines.start(), lines.end(), w.excerpt(lines)));
		w.counts.put("evaluations", 1);
		List<EvaluationArea> areas = new ArrayList<>();
		List<EvaluationQuestion> questions = new ArrayList<>();
		List<EvaluationFinding> findings = new ArrayList<>();
		for (ParsedReport.EvaluationArea area : evaluation.areas()) {
			String areaId = evaluationId + ".area-" + area.number();
			areas.add(new EvaluationArea(areaId, w.reportId, evaluationId, area.number(), area.name(), area.score(),
					area.maxScore(), area.lines().start(), area.lines().end(), w.excerpt(area.lines())));
			for (ParsedReport.Question question : area.questions()) {
				questions.add(new EvaluationQuestion(w.ids.assign("question", question.code()), w.reportId, areaId,
						question.code(), question.title(), question.score(), question.maxScore(), questions.size(),
						question.lines().start(), question.lines().end(), w.excerpt(question.lines())));
			}
			addFindings(findings, w.reportId, areaId, EvaluationFinding.Kind.STRENGTH, area.strengths());
			addFindings(findings, w.reportId, areaId, EvaluationFinding.Kind.IMPROVEMENT, area.improvements());
		}
		w.insertAll("evaluationAreas", areas);
		w.insertAll("evaluationQuestions", questions);
		w.insertAll("evaluationFindings", findings);
	}

	private static void addFindings(List<EvaluationFinding> findings, String reportId, String areaId,
			EvaluationFinding.Kind kind, List<ParsedReport.Finding> parsed) {
		for (ParsedReport.Finding finding : parsed) {
			findings.add(new EvaluationFinding(null, reportId, areaId, kind, finding.text(), findings.size(),
					finding.lines().start(), finding.lines().end()));
		}
	}

	/** State of one write: ids handed out, counts, and the source text for excerpts. */
	private final class Writing {

		private final String reportId;

		private final SourceText text;

		private final RecordIds ids;

		private final Map<String, Integer> counts = new LinkedHashMap<>();

		private Writing(String reportId, SourceText text) {
			this.reportId = reportId;
			this.text = text;
			this.ids = new RecordIds(reportId);
		}

		private <T> void insertAll(String entity, List<T> records) {
			if (!records.isEmpty()) {
				ReportWriter.this.jdbc.insertAll(records);
			}
			this.counts.put(entity, records.size());
		}

		private String excerpt(LineRange lines) {
			StringBuilder excerpt = new StringBuilder();
			for (int line = lines.start(); line <= Math.min(lines.end(), this.text.lineCount())
					&& excerpt.length() < EXCERPT_LENGTH; line++) {
				String content = this.text.line(line).strip();
				if (!content.isEmpty()) {
					excerpt.append(excerpt.isEmpty() ? "" : " ").append(content.replace('\t', ' '));
				}
			}
			return (excerpt.length() > EXCERPT_LENGTH) ? excerpt.substring(0, EXCERPT_LENGTH - 1) + "…"
					: excerpt.toString();
		}

	}

}
