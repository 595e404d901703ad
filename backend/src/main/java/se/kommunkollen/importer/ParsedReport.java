package se.kommunkollen.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import se.kommunkollen.commitment.CommitmentStatus;
import se.kommunkollen.commitment.InitiativeKind;
import se.kommunkollen.control.ControlResult;
import se.kommunkollen.finance.ColumnKind;
import se.kommunkollen.finance.DeviationSign;
import se.kommunkollen.finance.StatementKind;
import se.kommunkollen.goal.AreaKind;
import se.kommunkollen.goal.AssessmentLevel;
import se.kommunkollen.goal.Direction;
import se.kommunkollen.goal.GoalLevel;
import se.kommunkollen.goal.IndicatorValueKind;
import se.kommunkollen.goal.Trend;
import se.kommunkollen.municipality.OrganisationKind;
import se.kommunkollen.report.ReportKind;

/**
 * What a parser reads from one report, before anything is stored. Records refer to each
 * other by {@code key}s that are unique within the report and derived from the content (a
 * goal's number, a table's title), so that the stored ids stay the same when a new
 * version of the report replaces the old one.
 */
public record ParsedReport(Meta meta, List<Organisation> organisations, List<Area> areas, List<Goal> goals,
		List<Indicator> indicators, List<Commitment> commitments, List<Initiative> initiatives,
		List<InternalControl> internalControls, List<Statement> statements, Evaluation evaluation,
		List<Warning> warnings) {

	/**
	 * @param municipalityName the municipality's name as in the reference list
	 * ("Enköping"), without "kommun"
	 * @param issuer who issued the report as printed ("Kommunstyrelsen", "SKR")
	 * @param issuerCode short code for the stable report id ("ks", "skr")
	 */
	public record Meta(String municipalityName, ReportKind kind, String title, String issuer, String issuerCode,
			int year, LocalDate periodStart, LocalDate periodEnd, String periodLabel, String registrationNumber,
			LineRange lines) {
	}

	/** Inclusive range of 1-based line numbers of the source text. */
	public record LineRange(int start, int end) {

		public LineRange {
			if (start < 1 || end < start) {
				throw new IllegalArgumentException("Invalid line range " + start + "-" + end);
			}
		}

		public static LineRange of(int line) {
			return new LineRange(line, line);
		}

	}

	/** A fragment read from HTML or text: sanitised HTML (may be null) and plain text. */
	public record Text(String html, String plain) {

		public static Text plain(String plain) {
			return new Text(null, plain);
		}

	}

	/**
	 * @param line the line that prints the assessment, or null when none was read
	 */
	public record Assessment(String label, AssessmentLevel level, Integer line) {

		public Assessment(String label, AssessmentLevel level) {
			this(label, level, null);
		}

		/** The report is silent or unreadable. */
		public static Assessment unknown() {
			return new Assessment(null, AssessmentLevel.UNKNOWN);
		}

		/** Only where the report says the record has not been assessed (yet). */
		public static Assessment notAssessed() {
			return new Assessment(null, AssessmentLevel.NOT_ASSESSED);
		}

	}

	public record Organisation(String key, String name, OrganisationKind kind, List<String> aliases) {
	}

	public record Area(String key, AreaKind kind, String perspective, String name, Assessment assessment,
			String assessmentText, Trend trend, String summary, LineRange lines) {
	}

	/**
	 * @param parentKey key of the goal this one breaks down (a KS-mål under a KF-mål), or
	 * null
	 */
	public record Goal(String key, String areaKey, String parentKey, GoalLevel level, String levelLabel, String number,
			String title, Text analysis, Assessment assessment, Trend trend, LineRange lines) {
	}

	public record Indicator(String key, String goalKey, GoalLevel level, String levelLabel, String name, String unit,
			Direction betterDirection, List<IndicatorValue> values, LineRange lines) {
	}

	/**
	 * @param value null when the cell is empty
	 */
	public record IndicatorValue(IndicatorValueKind kind, String period, Integer year, BigDecimal value,
			String printed) {
	}

	/**
	 * @param responsible bodies as printed in the parentheses, one per element
	 */
	public record Commitment(String key, String goalKey, String areaKey, String text, List<String> responsible,
			CommitmentStatus status, String statusLabel, Integer completion, Text followUp, LineRange lines,
			Integer statusLine) {

		public Commitment(String key, String goalKey, String areaKey, String text, List<String> responsible,
				CommitmentStatus status, String statusLabel, Integer completion, Text followUp, LineRange lines) {
			this(key, goalKey, areaKey, text, responsible, status, statusLabel, completion, followUp, lines, null);
		}

	}

	public record Initiative(String key, String goalKey, InitiativeKind kind, String title, String commissionedBy,
			Text comment, CommitmentStatus status, String statusLabel, LineRange lines, Integer statusLine) {

		public Initiative(String key, String goalKey, InitiativeKind kind, String title, String commissionedBy,
				Text comment, CommitmentStatus status, String statusLabel, LineRange lines) {
			this(key, goalKey, kind, title, commissionedBy, comment, status, statusLabel, lines, null);
		}

	}

	public record InternalControl(String key, String area, String riskTitle, String riskDescription,
			String controlPoint, String frequency, String method, ControlResult result, String resultLabel,
			String resultText, String action, String comment, LineRange lines, Integer statusLine) {

		public InternalControl(String key, String area, String riskTitle, String riskDescription, String controlPoint,
				String frequency, String method, ControlResult result, String resultLabel, String resultText,
				String action, String comment, LineRange lines) {
			this(key, area, riskTitle, riskDescription, controlPoint, frequency, method, result, resultLabel,
					resultText, action, comment, lines, null);
		}

	}

	/**
	 * @param unit as printed in the header ("mnkr", "tkr") or in the sentence that fixes
	 * it ("miljoner kronor"); null when none is known
	 * @param unitEvidence the line of running text that fixes the unit when the table
	 * prints none, or null
	 */
	public record Statement(String key, StatementKind kind, String title, String unit, List<Column> columns,
			List<Row> rows, LineRange lines, LineRange unitEvidence) {

		public Statement(String key, StatementKind kind, String title, String unit, List<Column> columns,
				List<Row> rows, LineRange lines) {
			this(key, kind, title, unit, columns, rows, lines, null);
		}

		public Statement withUnit(String unit, LineRange evidence) {
			return new Statement(this.key, this.kind, this.title, unit, this.columns, this.rows, this.lines, evidence);
		}

		public Statement withColumns(List<Column> columns) {
			return new Statement(this.key, this.kind, this.title, this.unit, columns, this.rows, this.lines,
					this.unitEvidence);
		}

	}

	/**
	 * @param unit a unit of this column only ("%"), or null
	 * @param period the period as printed ("helår 2023"), or null
	 * @param periodStart first day of the period, null when the label gives no period
	 * @param periodEnd last day of the period (the date of a balance), or null
	 * @param deviationSign for a deviation column, which sign is better, where the
	 * table's own figures make it known; otherwise null
	 */
	public record Column(String label, ColumnKind kind, String period, String unit, LocalDate periodStart,
			LocalDate periodEnd, DeviationSign deviationSign) {

		public Column(String label, ColumnKind kind, String period, String unit) {
			this(label, kind, period, unit, null, null, null);
		}

		public Column withKind(ColumnKind kind) {
			return new Column(this.label, kind, this.period, this.unit, this.periodStart, this.periodEnd,
					this.deviationSign);
		}

		public Column withPeriod(LocalDate start, LocalDate end) {
			return new Column(this.label, this.kind, this.period, this.unit, start, end, this.deviationSign);
		}

		public Column withDeviationSign(DeviationSign sign) {
			return new Column(this.label, this.kind, this.period, this.unit, this.periodStart, this.periodEnd, sign);
		}

	}

	/**
	 * @param values aligned with the statement's columns; null where the cell is empty
	 * @param printed the cells as printed, aligned with the columns
	 * @param unit a money unit of this row only ("tkr"), overriding the statement's; null
	 * when the row has the statement's unit or none is known
	 * @param ratio whether the row's figures are a ratio, not amounts ("K/I-tal 0,96")
	 */
	public record Row(String label, String section, boolean sum, List<BigDecimal> values, List<String> printed,
			LineRange lines, String unit, boolean ratio) {

		public Row(String label, String section, boolean sum, List<BigDecimal> values, List<String> printed,
				LineRange lines) {
			this(label, section, sum, values, printed, lines, null, false);
		}

		public Row withSection(String section) {
			return new Row(this.label, section, this.sum, this.values, this.printed, this.lines, this.unit, this.ratio);
		}

	}

	public record Evaluation(int year, String evaluators, int totalScore, int maxScore, List<EvaluationArea> areas,
			LineRange lines) {
	}

	public record EvaluationArea(int number, String name, int score, int maxScore, List<Question> questions,
			List<Finding> strengths, List<Finding> improvements, LineRange lines) {
	}

	public record Question(String code, String title, int score, int maxScore, LineRange lines) {
	}

	public record Finding(String text, LineRange lines) {
	}

	/** Something that could not be read for certain; the import still lands. */
	public record Warning(Integer line, String code, String message) {
	}

}
