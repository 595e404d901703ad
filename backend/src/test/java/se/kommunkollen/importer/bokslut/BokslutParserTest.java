package se.kommunkollen.importer.bokslut;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kommunkollen.commitment.CommitmentStatus;
import se.kommunkollen.commitment.InitiativeKind;
import se.kommunkollen.finance.ColumnKind;
import se.kommunkollen.finance.StatementKind;
import se.kommunkollen.goal.AreaKind;
import se.kommunkollen.goal.AssessmentLevel;
import se.kommunkollen.goal.GoalLevel;
import se.kommunkollen.goal.IndicatorValueKind;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.SampleTexts;
import se.kommunkollen.municipality.MunicipalityDirectory;
import se.kommunkollen.report.ReportKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BokslutParserTest {

	private static final BokslutParser parser = new BokslutParser(new MunicipalityDirectory());

	private static SourceText text;

	private static ParsedReport report;

	@BeforeAll
	static void parseSodertalje() {
		text = SampleTexts.load(SampleTexts.SODERTALJE);
		report = parser.parse(text);
	}

	@Test
	void recognisesClosingAccountsOnly() {
		assertThat(parser.canParse(text)).isTrue();
		for (String other : List.of(SampleTexts.HANINGE, SampleTexts.ENKOPING, SampleTexts.ESKILSTUNA)) {
			assertThat(parser.canParse(SampleTexts.load(other))).as(other).isFalse();
		}
	}

	@Test
	void readsMeta() {
		ParsedReport.Meta meta = report.meta();
		assertThat(meta.municipalityName()).isEqualTo("Södertälje");
		assertThat(meta.kind()).isEqualTo(ReportKind.CLOSING_ACCOUNTS);
		assertThat(meta.title()).isEqualTo("Bokslut per den 31 december 2012 för kommunstyrelsen");
		assertThat(meta.issuer()).isEqualTo("Kommunstyrelsen");
		assertThat(meta.issuerCode()).isEqualTo("ks");
		assertThat(meta.year()).isEqualTo(2012);
		assertThat(meta.periodStart()).isEqualTo(LocalDate.of(2012, 1, 1));
		assertThat(meta.periodEnd()).isEqualTo(LocalDate.of(2012, 12, 31));
		assertThat(meta.periodLabel()).isEqualTo("helår 2012");
		assertThat(meta.registrationNumber()).isEqualTo("KS 13/96");
		assertThat(report.organisations()).singleElement()
			.satisfies((organisation) -> assertThat(organisation.aliases()).containsExactly("KS"));
	}

	@Test
	void readsTargetAreasWithTheirAssessmentAndEconomyAsAnotherArea() {
		assertThat(report.areas())
			.extracting(ParsedReport.Area::name, ParsedReport.Area::kind, (area) -> area.assessment().label(),
					(area) -> area.assessment().level())
			.containsExactly(
					tuple("Hållbart och tryggt samhälle", AreaKind.TARGET_AREA, "Har brister", AssessmentLevel.POOR),
					tuple("Miljö", AreaKind.TARGET_AREA, "Ok", AssessmentLevel.PARTLY),
					tuple("Näringsliv och högskola", AreaKind.TARGET_AREA, "Ok", AssessmentLevel.PARTLY),
					tuple("Södertälje kommun som arbetsgivare", AreaKind.TARGET_AREA, "Har brister",
							AssessmentLevel.POOR),
					tuple("Personal kommunstyrelsens kontor", AreaKind.TARGET_AREA, "Ok", AssessmentLevel.PARTLY),
					tuple("Ekonomi", AreaKind.OTHER, "Bra", AssessmentLevel.GOOD));
		ParsedReport.Area first = report.areas().get(0);
		assertThat(first.lines())
			.isEqualTo(new ParsedReport.LineRange(SampleTexts.lineOf(text, "Hållbart och tryggt samhälle"),
					SampleTexts.lineStartingWith(text, "Lägesbedömning sammantaget för området Hållbart", 1)));
	}

	@Test
	void readsMiljosAssessmentFromTheSummaryParagraphWhereItsSectionPrintsNone() {
		// "För området *Miljö* är lägesbedömningen **Ok**", stated twice (lines 43 and
		// 94)
		ParsedReport.Area miljo = report.areas().get(1);
		assertThat(miljo.assessment()).isEqualTo(new ParsedReport.Assessment("Ok", AssessmentLevel.PARTLY,
				SampleTexts.lineStartingWith(text, "Lägesbedömningen för området ekonomi är **Bra**. Den", 1)));
		assertThat(report.warnings()).extracting(ParsedReport.Warning::code).doesNotContain("ASSESSMENT_NOT_FOUND");
	}

	@Test
	void readsCouncilGoalsWithTitleAndAssessmentInAnyEmphasis() {
		List<ParsedReport.Goal> council = report.goals()
			.stream()
			.filter((g) -> g.level() == GoalLevel.COUNCIL)
			.toList();
		assertThat(council).hasSize(16);
		assertThat(council).extracting(ParsedReport.Goal::number)
			.containsExactly("KF-mål 1", "KF-mål 2", "KF-mål 3", "KF-mål 4", "KF-mål 1", "KF-mål 2", "KF-mål 1",
					"KF-mål 2", "KF-mål 3", "KF-mål 1", "KF-mål 2", "KF-mål 3", "KF-mål 4", "KF-mål 1", "KF-mål 2",
					"KF-mål 3");
		assertThat(council).extracting((g) -> g.assessment().label())
			.containsExactly("Har brister", "Har brister", "Har brister", "Har brister", "Ok", "Bra", "Har brister",
					"Ok", "Ok", "Har brister", "Ok", "Ok", "Har brister", "Ok", "Bra", "Har brister");
		ParsedReport.Goal first = council.get(0);
		assertThat(first.key()).isEqualTo("hallbart-och-tryggt-samhalle/kf-mal-1");
		assertThat(first.levelLabel()).isEqualTo("KF-mål");
		assertThat(first.title()).isEqualTo(
				"Människors upplevda inflytande (information, kontakt, påverkan, förtroende) i kommunen ska öka.");
		assertThat(first.analysis().plain()).contains("Följs upp via SCB medborgarundersökning våren 2013")
			.doesNotContain("Utbildning i bemötandefrågor");
		assertThat(council.get(6).title()).startsWith("Antalet företag med utvecklingspotential ska öka");
	}

	@Test
	void keepsEmphasisOfTheAnalysisAsSanitisedHtml() {
		ParsedReport.Goal barnfattigdom = goal("hallbart-och-tryggt-samhalle/kf-mal-4");
		assertThat(barnfattigdom.analysis().html()).contains("<i>Max 18</i>").doesNotContain("*");
		assertThat(barnfattigdom.analysis().plain()).contains("uppföljningssystemet Max 18 kring");
	}

	@Test
	void readsBoardGoalsUnderTheirCouncilGoal() {
		List<ParsedReport.Goal> board = report.goals().stream().filter((g) -> g.level() == GoalLevel.BOARD).toList();
		assertThat(board).extracting(ParsedReport.Goal::parentKey)
			.containsExactly("naringsliv-och-hogskola/kf-mal-1", "naringsliv-och-hogskola/kf-mal-1",
					"naringsliv-och-hogskola/kf-mal-2", "naringsliv-och-hogskola/kf-mal-2",
					"naringsliv-och-hogskola/kf-mal-2", "naringsliv-och-hogskola/kf-mal-2");
		assertThat(board).allMatch((g) -> g.levelLabel().equals("KS-mål"));
		// KS-mål print no assessment line; one comment says "Målet anses uppfyllt", the
		// others are silent (UNKNOWN, not NOT_ASSESSED)
		assertThat(board).extracting((g) -> g.assessment().level())
			.containsExactly(AssessmentLevel.UNKNOWN, AssessmentLevel.UNKNOWN, AssessmentLevel.GOOD,
					AssessmentLevel.UNKNOWN, AssessmentLevel.UNKNOWN, AssessmentLevel.UNKNOWN);
		assertThat(board.get(2).assessment()).isEqualTo(new ParsedReport.Assessment("Målet anses uppfyllt",
				AssessmentLevel.GOOD, SampleTexts.lineStartingWith(text, "Målet anses uppfyllt", 1)));
		assertThat(board.get(2).lines().end()).isGreaterThanOrEqualTo(board.get(2).assessment().line());
		assertThat(board.get(1).title()).isEqualTo("Antalet nystartade företag ska öka.");
		assertThat(board.get(3).title()).isEqualTo(
				"Antal studerande ska öka med 50 procent till 2013. (Mäts med start vid bokslut 2010 – 762 st).");
	}

	@Test
	void readsLabelledFiguresAsIndicatorsOfTheirBoardGoal() {
		assertThat(report.indicators())
			.extracting(ParsedReport.Indicator::name, ParsedReport.Indicator::unit, ParsedReport.Indicator::goalKey)
			.containsExactly(
					tuple("Företag (arbetsställen) i intervallet", "företag",
							"naringsliv-och-hogskola/kf-mal-1/ks-mal-1"),
					tuple("Antal nystartade företag", "st", "naringsliv-och-hogskola/kf-mal-1/ks-mal-2"),
					tuple("Helårsstudenter", "helårsstudenter", "naringsliv-och-hogskola/kf-mal-2/ks-mal-2"));
		assertThat(report.indicators().get(0).values())
			.extracting(ParsedReport.IndicatorValue::kind, ParsedReport.IndicatorValue::period,
					ParsedReport.IndicatorValue::value)
			.containsExactly(tuple(IndicatorValueKind.OUTCOME, "Bokslut 2012", new BigDecimal("310")),
					tuple(IndicatorValueKind.OUTCOME, "Delårsbokslut aug 2012", new BigDecimal("378")),
					tuple(IndicatorValueKind.OUTCOME, "Bokslut 2011", new BigDecimal("376")),
					tuple(IndicatorValueKind.OUTCOME, "Bokslut 2010", new BigDecimal("356")),
					tuple(IndicatorValueKind.OUTCOME, "Bokslut 2009", new BigDecimal("358")));
		assertThat(report.indicators().get(1).values())
			.extracting(ParsedReport.IndicatorValue::year, ParsedReport.IndicatorValue::value)
			.containsExactly(tuple(2012, new BigDecimal("561")), tuple(2011, new BigDecimal("615")),
					tuple(2010, new BigDecimal("598")));
		assertThat(report.indicators().get(2).values())
			.extracting(ParsedReport.IndicatorValue::kind, ParsedReport.IndicatorValue::period,
					ParsedReport.IndicatorValue::value)
			.containsExactly(tuple(IndicatorValueKind.BASELINE, "ht 2010", new BigDecimal("405")),
					tuple(IndicatorValueKind.TARGET, "ht 2012", new BigDecimal("608")),
					tuple(IndicatorValueKind.OUTCOME, "ht 2012", new BigDecimal("584")));
		assertThat(report.indicators().get(2).lines())
			.isEqualTo(new ParsedReport.LineRange(SampleTexts.lineOf(text, "Utgångsläge ht 2010: 405 helårsstudenter"),
					SampleTexts.lineStartingWith(text, "Resultat ht 2012: 584", 1)));
	}

	@Test
	void readsEveryBudgetDirectionWithItsFollowUp() {
		List<ParsedReport.Initiative> initiatives = report.initiatives();
		assertThat(initiatives).hasSize(33);
		assertThat(initiatives).allMatch((i) -> i.kind() == InitiativeKind.BUDGET_DIRECTION
				&& i.status() == CommitmentStatus.UNKNOWN && i.statusLabel() == null);
		ParsedReport.Initiative first = initiatives.get(0);
		assertThat(first.goalKey()).isEqualTo("hallbart-och-tryggt-samhalle/kf-mal-1");
		assertThat(first.title()).isEqualTo(
				"Utbildning i bemötandefrågor för de medarbetare som arbetar med myndighetsutövning ska genomföras under 2012.");
		assertThat(first.comment().plain()).startsWith("Södertälje kommun har genomfört bemötandeutbildning")
			.doesNotContain("Utbildning planeras och genomförs");
		assertThat(initiatives).extracting(ParsedReport.Initiative::goalKey)
			.containsSequence("sodertalje-kommun-som-arbetsgivare/kf-mal-4", null, null, null, null, null, null, null);
	}

	@Test
	void budgetDirectionsOutsideEveryGoalBelongToNoGoal() {
		List<ParsedReport.Initiative> loose = report.initiatives().subList(29, 33);
		assertThat(loose).extracting(ParsedReport.Initiative::key)
			.containsExactly("ekonomi-och-styrning/inriktning-1", "ekonomi-och-styrning/inriktning-2",
					"ekonomi-och-styrning/inriktning-3", "ekonomi-och-styrning/inriktning-4");
		assertThat(loose).allMatch((i) -> i.goalKey() == null);
		assertThat(loose.get(3).comment().plain()).contains("omvärldsdag den 15 maj 2012");
	}

	@Test
	void readsTheIncomeStatementWithSectionsAndSums() {
		ParsedReport.Statement income = statement(StatementKind.INCOME_STATEMENT);
		assertThat(income.title()).isEqualTo("RESULTATRÄKNING 2012");
		assertThat(income.unit()).isEqualTo("tkr");
		assertThat(income.columns())
			.extracting(ParsedReport.Column::label, ParsedReport.Column::kind, ParsedReport.Column::period)
			.containsExactly(tuple("Bokslut 2011", ColumnKind.OUTCOME, "2011"),
					tuple("Budget helår 2012", ColumnKind.BUDGET, "helår 2012"),
					tuple("Bokslut 2012", ColumnKind.OUTCOME, "2012"),
					tuple("Budget- avvikelse", ColumnKind.BUDGET_DEVIATION, null));
		ParsedReport.Row result = row(income, "RESULTAT");
		assertThat(result.sum()).isTrue();
		assertThat(result.values().get(2)).isEqualByComparingTo("14353");
		assertThat(result.printed().get(2)).isEqualTo("14 353");
		assertThat(row(income, "VERKSAMHETENS NETTOKOSTNAD").sum()).isTrue();
		assertThat(row(income, "Personal").section()).isEqualTo("Kostnader");
		assertThat(row(income, "Driftbidrag").section()).isEqualTo("Intäkter");
		assertThat(row(income, "Avgifter och taxor").values()).containsOnlyNulls();
		assertThat(income.rows()).extracting(ParsedReport.Row::label).doesNotContain("INTÄKTER", "KOSTNADER");
	}

	@Test
	void readsBothSidesOfTheBalanceSheetLeftRowsFirst() {
		ParsedReport.Statement balance = statement(StatementKind.BALANCE_SHEET);
		assertThat(balance.columns())
			.extracting(ParsedReport.Column::label, ParsedReport.Column::kind, ParsedReport.Column::period)
			.containsExactly(tuple("31/12 2011", ColumnKind.BALANCE, "31/12 2011"),
					tuple("31/12 2012", ColumnKind.BALANCE, "31/12 2012"));
		assertThat(balance.rows()).extracting(ParsedReport.Row::label, ParsedReport.Row::section, ParsedReport.Row::sum)
			.containsExactly(tuple("Anläggningstillgångar", "Tillgångar", false),
					tuple("Omsättningstillgångar", "Tillgångar", false),
					tuple("Fordran internbank", "Tillgångar", false), tuple("S:A TILLGÅNGAR", "Tillgångar", true),
					tuple("Ingående balans", "Eget kapital", false), tuple("Årets resultat", "Eget kapital", false),
					tuple("Kortfristiga skulder", "Skulder", false), tuple("Skuld till internbank", "Skulder", false),
					tuple("S:A SKULDER OCH EGET KAPITAL", "Skulder", true));
		assertThat(row(balance, "S:A TILLGÅNGAR").values()).containsExactly(new BigDecimal("61553"),
				new BigDecimal("70191"));
		assertThat(row(balance, "Fordran internbank").values()).containsExactly(BigDecimal.ZERO, null);
		assertThat(row(balance, "Ingående balans").lines()).isEqualTo(row(balance, "Anläggningstillgångar").lines());
	}

	@Test
	void readsPerUnitAndProgrammeTables() {
		List<ParsedReport.Statement> statements = report.statements();
		assertThat(statements).hasSize(7);
		ParsedReport.Statement perUnit = statements.get(3);
		assertThat(perUnit.kind()).isEqualTo(StatementKind.OPERATING_ACCOUNT);
		assertThat(perUnit.unit()).isEqualTo("tkr");
		assertThat(perUnit.columns().get(3))
			.isEqualTo(new ParsedReport.Column("Avvikelse %", ColumnKind.RATIO, null, "%"));
		assertThat(perUnit.unit()).isEqualTo("tkr");
		assertThat(row(perUnit, "Ägarstyrning och finans").values()).hasSize(4).containsOnlyNulls();
		assertThat(row(perUnit, "Nämnden totalt").values().get(0)).isEqualByComparingTo("14353");
		ParsedReport.Statement programme = statements.get(2);
		assertThat(programme.title()).isEqualTo("Trygghetsprogrammet");
		assertThat(programme.columns().get(0).kind()).isEqualTo(ColumnKind.REFERENCE);
		ParsedReport.Statement contributions = statements.get(1);
		assertThat(row(contributions, "Politisk ledning").values().get(3)).isEqualByComparingTo("-2036");
		assertThat(row(contributions, "Politisk ledning").printed().get(3)).isEqualTo("- 2 036");
		assertThat(row(contributions, "Kommunstyrelsens kontor").values().get(3)).isEqualByComparingTo("16389");
		assertThat(statements.get(0).unit()).isNull();
	}

	@Test
	void keepsTheSumCheckersWarningsWhereTheDocumentDoesNotAddUp() {
		int summaIntakter = row(statement(StatementKind.INCOME_STATEMENT), "SUMMA INTÄKTER").lines().start();
		assertThat(report.warnings()).filteredOn((w) -> w.code().equals("SUM_MISMATCH"))
			.extracting(ParsedReport.Warning::line)
			.contains(summaIntakter);
		assertThat(report.warnings()).filteredOn((w) -> w.line() != null && w.line() == summaIntakter)
			.anySatisfy(
					(w) -> assertThat(w.message()).contains("'SUMMA INTÄKTER'", "'Bokslut 2012'", "35 330", "34153"));
		assertThat(report.warnings()).extracting(ParsedReport.Warning::code)
			.containsOnly("SUM_MISMATCH", "UNIT_NOT_STATED", "UNIT_FROM_TABLE");
	}

	@Test
	void everyRecordKnowsItsLines() {
		assertThat(report.goals()).allMatch((g) -> g.lines().end() <= text.lineCount());
		assertThat(report.initiatives())
			.allMatch((i) -> text.line(i.lines().start()).contains(i.title().substring(0, 10)));
		assertThat(Arrays.asList(report.meta().lines().start(), report.meta().lines().end()))
			.containsExactly(SampleTexts.lineOf(text, "1 (2)"), SampleTexts.lineOf(text, "Dnr KS 13/96"));
	}

	private static ParsedReport.Goal goal(String key) {
		return report.goals().stream().filter((g) -> g.key().equals(key)).findFirst().orElseThrow();
	}

	private static ParsedReport.Statement statement(StatementKind kind) {
		return report.statements().stream().filter((s) -> s.kind() == kind).findFirst().orElseThrow();
	}

	private static ParsedReport.Row row(ParsedReport.Statement statement, String label) {
		return statement.rows().stream().filter((r) -> r.label().equals(label)).findFirst().orElseThrow();
	}

}
