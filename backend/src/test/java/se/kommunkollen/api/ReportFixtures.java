package se.kommunkollen.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import se.kommunkollen.commitment.CommitmentStatus;
import se.kommunkollen.commitment.InitiativeKind;
import se.kommunkollen.control.ControlResult;
import se.kommunkollen.finance.ColumnKind;
import se.kommunkollen.finance.StatementKind;
import se.kommunkollen.goal.AreaKind;
import se.kommunkollen.goal.AssessmentLevel;
import se.kommunkollen.goal.Direction;
import se.kommunkollen.goal.GoalLevel;
import se.kommunkollen.goal.IndicatorValueKind;
import se.kommunkollen.goal.Trend;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.ParsedReport.Assessment;
import se.kommunkollen.importer.ParsedReport.LineRange;
import se.kommunkollen.importer.ParsedReport.Text;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.municipality.OrganisationKind;
import se.kommunkollen.report.ReportKind;

/**
 * Reports shaped like the seeds (an interim report with goals, indicators, commitments
 * and financial tables; a Kommunkompassen evaluation), independent of the parsers, so
 * that the API is tested on known data. {@code copy} varies ids and figures to grow the
 * data set.
 */
public final class ReportFixtures {

	public static final OffsetDateTime IMPORTED_AT = OffsetDateTime.of(2026, 11, 1, 12, 0, 0, 0, ZoneOffset.UTC);

	private ReportFixtures() {
	}

	public static SourceText text(String fileName) {
		List<String> lines = new ArrayList<>();
		for (int n = 1; n <= 120; n++) {
			lines.add("Rad " + n + "\tvärde " + n);
		}
		return new SourceText(fileName, lines);
	}

	public static ParsedReport interimReport(int year) {
		ParsedReport.Meta meta = new ParsedReport.Meta("Enköping", ReportKind.INTERIM_REPORT,
				"Delårsrapport augusti " + year, "Kommunstyrelsen", "ks", year, LocalDate.of(year, 1, 1),
				LocalDate.of(year, 8, 31), "januari–augusti " + year, "KS" + year + "/623", new LineRange(1, 120));
		List<ParsedReport.Area> areas = List.of(
				new ParsedReport.Area("delaktighet", AreaKind.MUNICIPAL_TASK, null, "Delaktighet och demokrati",
						Assessment.notAssessed(), null, null, null, new LineRange(10, 10)),
				new ParsedReport.Area("livslangt", AreaKind.MUNICIPAL_TASK, null, "Livslångt lärande",
						Assessment.notAssessed(), null, Trend.BETTER, null, new LineRange(20, 20)));
		List<ParsedReport.Goal> goals = List.of(
				new ParsedReport.Goal("mal-1", "delaktighet", null, GoalLevel.COUNCIL, "KF-mål", "Mål 1",
						"Det finns flera sätt att komma i kontakt med kommunen",
						new Text("<p>Idag finns <em>flera</em> möjligheter.</p>", "Idag finns flera möjligheter."),
						new Assessment("På rätt väg", AssessmentLevel.GOOD), null, new LineRange(10, 12)),
				new ParsedReport.Goal("mal-6", "livslangt", null, GoalLevel.COUNCIL, "KF-mål", "Mål 6",
						"Enköping är en attraktiv skolkommun", Text.plain("Pågående arbete."),
						new Assessment("Delvis på rätt väg", AssessmentLevel.PARTLY), null, new LineRange(20, 22)),
				new ParsedReport.Goal("mal-6-ks", "livslangt", "mal-6", GoalLevel.BOARD, "KS-mål", null,
						"Fler elever ska nå målen", null, new Assessment(null, AssessmentLevel.UNKNOWN), null,
						new LineRange(23, 24)),
				new ParsedReport.Goal("mal-23", null, null, GoalLevel.EMPLOYEE, "Medarbetarmål", "Mål 23",
						"Sjukfrånvaron i Enköping ska minska", Text.plain("Sjukfrånvaron har ökat från 4,3 till 4,5%."),
						new Assessment("På rätt väg", AssessmentLevel.GOOD), null, new LineRange(30, 40)));
		List<ParsedReport.Indicator> indicators = List.of(new ParsedReport.Indicator("23-a", "mal-23",
				GoalLevel.COUNCIL, "KF indikatorer", "23. a Sjukfrånvarostatistik", "%", Direction.LOWER,
				List.of(new ParsedReport.IndicatorValue(IndicatorValueKind.BASELINE, "Startläge", null,
						new BigDecimal("7.6"), "7,6%"),
						new ParsedReport.IndicatorValue(IndicatorValueKind.OUTCOME, "Utfall aug " + year, year,
								new BigDecimal("7.5"), "7,5%"),
						new ParsedReport.IndicatorValue(IndicatorValueKind.TARGET, "Mål", null, new BigDecimal("5.6"),
								"5,6%")),
				new LineRange(36, 37)));
		List<ParsedReport.Commitment> commitments = List.of(
				new ParsedReport.Commitment("identifiera-hinder", "mal-1", "delaktighet",
						"Identifiera och arbeta bort hinder för näringslivet",
						List.of("KS", "SBN", "alla nämnder och bolag"), CommitmentStatus.DONE, "Klart, avslutat", 100,
						Text.plain("Klart."), new LineRange(50, 52)),
				new ParsedReport.Commitment("digital-transformation", null, "livslangt",
						"Verkställa planerna för digital transformation", List.of("KS"), CommitmentStatus.UNKNOWN, null,
						null, Text.plain("Pågår."), new LineRange(53, 55)));
		List<ParsedReport.Initiative> initiatives = List.of(new ParsedReport.Initiative("program-naringsliv", "mal-1",
				InitiativeKind.PRIORITY, "Program för näringslivsutveckling", null,
				Text.plain("Näringslivsprogrammet antogs av KS 20 juni."), CommitmentStatus.IN_PROGRESS,
				"Delvis utförd", new LineRange(60, 61)));
		List<ParsedReport.InternalControl> controls = List.of(new ParsedReport.InternalControl("direktupphandling",
				null, "Bristande avtalstrohet", "Inköp sker utanför avtal", "Direktupphandling", null, null,
				ControlResult.MINOR_DEVIATION, "Kontroll genomförd med mindre avvikelse", "Inga större avvikelser.",
				null, null, new LineRange(70, 72)));
		List<ParsedReport.Column> columns = List.of(
				new ParsedReport.Column("Bokslut " + (year - 1), ColumnKind.OUTCOME, "helår " + (year - 1), null),
				new ParsedReport.Column("Budget " + year, ColumnKind.BUDGET, "helår " + year, null),
				new ParsedReport.Column("Prognos helår " + year, ColumnKind.FORECAST, "helår " + year, null),
				new ParsedReport.Column("Avvikelse prognos mot budget", ColumnKind.BUDGET_DEVIATION, null, null));
		List<ParsedReport.Row> rows = List.of(
				row("Summa intäkter", "Intäkter", true, 81, "20,2", "20,3", "19,0", "-1,3"),
				row("Personalkostnader", "Kostnader", false, 82, "-103,0", "-124,8", "-121,3", "3,5"),
				row("Taxor och avgifter", "Intäkter", false, 83, "0,5", "", "", ""),
				row("Summa totalt (mnkr)", null, true, 84, "-211,2", "-237,2", "-231,3", "5,9"));
		List<ParsedReport.Statement> statements = List.of(new ParsedReport.Statement("7-1-resultatrakning",
				StatementKind.INCOME_STATEMENT, "7.1 Resultaträkning", "mnkr", columns, rows, new LineRange(80, 84)));
		List<ParsedReport.Organisation> organisations = List.of(new ParsedReport.Organisation("kommunstyrelsen",
				"Kommunstyrelsen", OrganisationKind.BOARD, List.of("KS")));
		return new ParsedReport(meta, organisations, areas, goals, indicators, commitments, initiatives, controls,
				statements, null, List.of(new ParsedReport.Warning(22, "STATUS_SYMBOL_LOST",
						"Goal 'Mål 6-ks': status symbol lost in extraction; stored as UNKNOWN")));
	}

	public static ParsedReport evaluation(String municipalityName, int year, int[] areaScores) {
		ParsedReport.Meta meta = new ParsedReport.Meta(municipalityName, ReportKind.EVALUATION,
				"Kommunkompassen - analys av " + municipalityName + " kommun " + year, "SKR", "skr", year, null, null,
				null, null, new LineRange(1, 120));
		List<ParsedReport.EvaluationArea> areas = new ArrayList<>();
		int total = 0;
		for (int number = 1; number <= areaScores.length; number++) {
			int score = areaScores[number - 1];
			total += score;
			List<ParsedReport.Question> questions = List.of(
					new ParsedReport.Question(number + ".1", "Strategi " + number, score - 10, 70,
							LineRange.of(100 + number)),
					new ParsedReport.Question(number + ".2", "Uppföljning " + number, 10, 30,
							LineRange.of(100 + number)));
			areas.add(new ParsedReport.EvaluationArea(number, "Område " + number, score, 100, questions,
					List.of(new ParsedReport.Finding("Styrka " + number, LineRange.of(10 + number))),
					List.of(new ParsedReport.Finding("Förbättring " + number + "a", LineRange.of(10 + number)),
							new ParsedReport.Finding("Förbättring " + number + "b", LineRange.of(11 + number))),
					new LineRange(10 + number, 11 + number)));
		}
		ParsedReport.Evaluation evaluation = new ParsedReport.Evaluation(year, "Gunnar Gidenstam, SKR", total,
				areaScores.length * 100, areas, new LineRange(2, 119));
		return new ParsedReport(meta, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), evaluation, List.of());
	}

	private static ParsedReport.Row row(String label, String section, boolean sum, int line, String... printed) {
		List<BigDecimal> values = new ArrayList<>();
		for (String cell : printed) {
			values.add(cell.isEmpty() ? null : new BigDecimal(cell.replace(',', '.')));
		}
		return new ParsedReport.Row(label, section, sum, values, List.of(printed), LineRange.of(line));
	}

}
