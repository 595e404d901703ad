package se.kommunkollen.importer.delarsrapport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kommunkollen.commitment.CommitmentStatus;
import se.kommunkollen.commitment.InitiativeKind;
import se.kommunkollen.control.ControlResult;
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

/** The Enköping delårsrapport read whole. */
class DelarsrapportParserTest {

	private static final MunicipalityDirectory MUNICIPALITIES = new MunicipalityDirectory();

	private static ParsedReport report;

	@BeforeAll
	static void parse() {
		report = new DelarsrapportParser(MUNICIPALITIES).parse(SampleTexts.load(SampleTexts.ENKOPING));
	}

	@Test
	void recognisesOnlyTheDelarsrapport() {
		DelarsrapportParser parser = new DelarsrapportParser(MUNICIPALITIES);
		assertThat(parser.canParse(SampleTexts.load(SampleTexts.ENKOPING))).isTrue();
		assertThat(parser.canParse(SampleTexts.load(SampleTexts.HANINGE))).isFalse();
		assertThat(parser.canParse(SampleTexts.load(SampleTexts.ESKILSTUNA))).isFalse();
		assertThat(parser.canParse(SampleTexts.load(SampleTexts.SODERTALJE))).isFalse();
	}

	@Test
	void readsTitlePeriodIssuerAndRegistrationNumber() {
		assertThat(report.meta()).isEqualTo(new ParsedReport.Meta("Enköping", ReportKind.INTERIM_REPORT,
				"Delårsrapport augusti 2023", "Kommunstyrelsen", "ks", 2023, LocalDate.of(2023, 1, 1),
				LocalDate.of(2023, 8, 31), "januari–augusti 2023", "KS2023/623", new ParsedReport.LineRange(71, 73)));
		assertThat(report.organisations()).extracting(ParsedReport.Organisation::name)
			.containsExactly("Kommunstyrelsen");
		assertThat(report.evaluation()).isNull();
		assertThat(report.commitments()).isEmpty();
	}

	@Test
	void readsTheAreasOfTheGoalTablesAndContinuesAnEmptyAreaCell() {
		assertThat(report.areas()).extracting(ParsedReport.Area::key, ParsedReport.Area::name, ParsedReport.Area::kind)
			.containsExactly(tuple("delaktighet-och-demokrati", "Delaktighet och demokrati", AreaKind.MUNICIPAL_TASK),
					tuple("livslangt-larande", "Livslångt lärande", AreaKind.MUNICIPAL_TASK),
					tuple("gemenskap-och-upplevelser", "Gemenskap och upplevelser", AreaKind.MUNICIPAL_TASK),
					tuple("hallbar-livsmiljo", "Hållbar livsmiljö", AreaKind.MUNICIPAL_TASK),
					tuple("naringsliv-och-arbetsmarknad", "Näringsliv och arbetsmarknad", AreaKind.MUNICIPAL_TASK));
		assertThat(report.areas())
			.allSatisfy((area) -> assertThat(area.assessment().level()).isEqualTo(AssessmentLevel.UNKNOWN));
		assertThat(goal("mal-2").areaKey()).isEqualTo("delaktighet-och-demokrati");
		assertThat(goal("mal-13").areaKey()).isEqualTo("gemenskap-och-upplevelser");
		assertThat(goal("mal-18").areaKey()).isEqualTo("hallbar-livsmiljo");
	}

	@Test
	void readsElevenCouncilGoalsWithTheStatusLinesOfTheirBlock() {
		List<ParsedReport.Goal> council = goals(GoalLevel.COUNCIL);
		assertThat(council).extracting(ParsedReport.Goal::number, (goal) -> goal.assessment().level())
			.containsExactly(tuple("Mål 1", AssessmentLevel.GOOD), tuple("Mål 2", AssessmentLevel.PARTLY),
					tuple("Mål 3", AssessmentLevel.PARTLY), tuple("Mål 6", AssessmentLevel.GOOD),
					tuple("Mål 12", AssessmentLevel.GOOD), tuple("Mål 13", AssessmentLevel.GOOD),
					tuple("Mål 15", AssessmentLevel.GOOD), tuple("Mål 16", AssessmentLevel.GOOD),
					tuple("Mål 17", AssessmentLevel.PARTLY), tuple("Mål 18", AssessmentLevel.PARTLY),
					tuple("Mål 19", AssessmentLevel.GOOD));
		// the summary: "7 av målen är på rätt väg … och 4 mål är delvis på rätt väg"
		assertThat(council).filteredOn((goal) -> goal.assessment().level() == AssessmentLevel.GOOD).hasSize(7);
		assertThat(goal("mal-2").assessment().label()).isEqualTo("Delvis på rätt väg");
		assertThat(goal("mal-15").assessment().label()).isEqualTo("På rätt väg");
		assertThat(council).allSatisfy((goal) -> assertThat(goal.levelLabel()).isEqualTo("KF-mål"));
	}

	@Test
	void readsGoalTitlesAndAnalysisWithoutMarkup() {
		ParsedReport.Goal goal = goal("mal-2");
		assertThat(goal.title()).isEqualTo(
				"Enköpingsborna känner förtroende för hur kommunen styrs och känner att de kan vara delaktiga i kommunens utveckling");
		assertThat(goal.analysis().plain()).startsWith("Ett arbete pågår även med att utveckla en e-tjänst")
			.doesNotContain("<p>");
		assertThat(goal.analysis().html()).startsWith("<p>Ett arbete pågår");
		assertThat(goal("mal-1").title()).isEqualTo(
				"Det finns flera ändamålsenliga sätt att komma i kontakt med kommunen och man får snabba svar på sina frågor");
		assertThat(goal("mal-1").lines()).isEqualTo(new ParsedReport.LineRange(131, 133));
	}

	@Test
	void everyAssessedGoalsLinesCoverTheLineThatPrintsItsStatus() {
		SourceText text = SampleTexts.load(SampleTexts.ENKOPING);
		assertThat(report.goals()).filteredOn((goal) -> goal.assessment().label() != null)
			.hasSize(15)
			.allSatisfy((goal) -> {
				int line = goal.assessment().line();
				assertThat(line).isBetween(goal.lines().start(), goal.lines().end());
				assertThat(text.line(line)).contains(goal.assessment().label());
			});
	}

	@Test
	void continuesTheAnalysisOfTheLastGoalAcrossAPageBreak() {
		ParsedReport.Goal goal = goal("mal-19");
		assertThat(goal.lines()).isEqualTo(new ParsedReport.LineRange(161, 179));
		assertThat(goal.analysis().plain()).contains("Filmerna ligger även ute\npå intranät och Upplev Enköping.")
			.endsWith("Arbetet med en stärkt samhällsbyggnadsprocessen pågår.");
		assertThat(goal.analysis().html()).contains("Filmerna ligger även ute</p><p>på intranät");
		assertThat(goal("mal-18").analysis().html()).contains("<i>program för landsbygdsutveckling</i>");
	}

	@Test
	void readsEmployeeGoalsWithStatusLineAndAnalysis() {
		assertThat(goals(GoalLevel.EMPLOYEE))
			.extracting(ParsedReport.Goal::key, ParsedReport.Goal::title, (goal) -> goal.assessment().level(),
					ParsedReport.Goal::lines)
			.containsExactly(
					tuple("mal-21", "Ökat medarbetarengagemang", AssessmentLevel.GOOD,
							new ParsedReport.LineRange(196, 212)),
					tuple("mal-22",
							"Ledare/chefer känner att de har rätt förutsättningar att göra ett bra jobb och utvecklas i sin roll",
							AssessmentLevel.GOOD, new ParsedReport.LineRange(214, 229)),
					tuple("mal-23", "Sjukfrånvaron i Enköping ska minska", AssessmentLevel.GOOD,
							new ParsedReport.LineRange(231, 247)),
					tuple("mal-24", "Kommunens (externa) personalomsättning är lägre än åtta procent",
							AssessmentLevel.PARTLY, new ParsedReport.LineRange(249, 264)));
		ParsedReport.Goal goal = goal("mal-21");
		assertThat(goal.areaKey()).isNull();
		assertThat(goal.levelLabel()).isEqualTo("Medarbetarmål");
		assertThat(goal.analysis().plain()).startsWith("Årets HME-värde för Kommunledningsförvaltningen ökade")
			.endsWith("sticker ut.")
			.doesNotContain("Analys av måluppfyllelsen");
	}

	@Test
	void readsIndicatorValuesExactlyWithUnitFromTheCells() {
		assertThat(report.indicators()).hasSize(8);
		ParsedReport.Indicator sickness = indicator("23-a-sjukfranvarostatistik");
		assertThat(sickness.name()).isEqualTo("23. a Sjukfrånvarostatistik");
		assertThat(sickness.goalKey()).isEqualTo("mal-23");
		assertThat(sickness.level()).isEqualTo(GoalLevel.COUNCIL);
		assertThat(sickness.unit()).isEqualTo("%");
		assertThat(sickness.lines()).isEqualTo(ParsedReport.LineRange.of(242));
		assertThat(sickness.values()).containsExactly(
				new ParsedReport.IndicatorValue(IndicatorValueKind.BASELINE, "Startläge", null, new BigDecimal("7.6"),
						"7,6%"),
				new ParsedReport.IndicatorValue(IndicatorValueKind.OUTCOME, "Utfall 2021", 2021, new BigDecimal("7.7"),
						"7,7%"),
				new ParsedReport.IndicatorValue(IndicatorValueKind.OUTCOME, "Utfall 2022", 2022, new BigDecimal("8.2"),
						"8,2%"),
				new ParsedReport.IndicatorValue(IndicatorValueKind.OUTCOME, "Utfall aug 2023", 2023,
						new BigDecimal("7.5"), "7,5%"),
				new ParsedReport.IndicatorValue(IndicatorValueKind.TARGET, "Mål", null, new BigDecimal("5.6"), "5,6%"));
		ParsedReport.Indicator board = indicator("hallbart-medarbetarengagemang-ks");
		assertThat(board.level()).isEqualTo(GoalLevel.BOARD);
		assertThat(board.levelLabel()).isEqualTo("Nämnds indikatorer");
		assertThat(board.unit()).isNull();
		assertThat(board.values()).extracting(ParsedReport.IndicatorValue::value)
			.containsExactly(new BigDecimal("86"), new BigDecimal("75"), new BigDecimal("75"), new BigDecimal("77"),
					new BigDecimal("84"));
		assertThat(indicator("sjukfranvaro-ks").values().get(4).value()).isEqualTo(new BigDecimal("4"));
	}

	@Test
	void readsPrioritisedInitiativesWithTheirStatusCell() {
		List<ParsedReport.Initiative> priorities = initiatives(InitiativeKind.PRIORITY);
		assertThat(priorities).extracting(ParsedReport.Initiative::title)
			.containsExactly("Bemötande och tillgänglighet", "Öka förtroendet hos enköpingsborna",
					"Ökat inflytande för invånare på landsbygden",
					"Dialog och samverkan mellan kommunen och civilsamhället", "Fortsatt hållbarhetsarbete",
					"Program för landsbygdsutveckling", "Program för näringslivsutveckling",
					"Stöd för ledarskap och medarbetarskap");
		assertThat(priorities).allSatisfy((initiative) -> {
			assertThat(initiative.status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
			assertThat(initiative.statusLabel()).isEqualTo("Delvis utförd");
			assertThat(initiative.goalKey()).isNull();
		});
		ParsedReport.Initiative first = priorities.get(0);
		assertThat(first.comment().plain()).startsWith("Inköp\nInköpsavdelningen har arrangerat anbudsskola");
		assertThat(first.lines()).isEqualTo(ParsedReport.LineRange.of(184));
	}

	@Test
	void readsDirectedAssignmentsAndMergesTheirContinuationRows() {
		List<ParsedReport.Initiative> assignments = initiatives(InitiativeKind.DIRECTED_ASSIGNMENT);
		assertThat(assignments).extracting(ParsedReport.Initiative::title)
			.containsExactly("Frigör resurser för verksamhetsutveckling", "Minska kommunens energibehov",
					"Öka tempot i digital verksamhetsutveckling", "Tydliggör \"En kommun – En koncern\"",
					"Samordna och utveckla samhällsbyggnadsprocessen",
					"Bedöm hur nya befolkningsprognoser påverkar investeringsbehovet", "Brott i välfärden");
		assertThat(assignments).allSatisfy((initiative) -> {
			assertThat(initiative.commissionedBy()).isEqualTo("Uppdrag från Kommunfullmäktige");
			assertThat(initiative.status()).isEqualTo(CommitmentStatus.UNKNOWN);
			assertThat(initiative.statusLabel()).isNull();
		});
		ParsedReport.Initiative energy = assignments.get(1);
		assertThat(energy.lines()).isEqualTo(new ParsedReport.LineRange(275, 278));
		assertThat(energy.comment().plain())
			.endsWith("Verksamheten\narbetar nu med att verkställa den framtagna energieffektiviseringsplanen.");
		assertThat(assignments.get(5).lines()).isEqualTo(new ParsedReport.LineRange(282, 285));
	}

	@Test
	void readsTenControlPointsUnderSixRisks() {
		List<ParsedReport.InternalControl> controls = report.internalControls();
		assertThat(controls)
			.extracting(ParsedReport.InternalControl::controlPoint, ParsedReport.InternalControl::result)
			.containsExactly(tuple("Kontroll av utlämnande av allmän handling", ControlResult.MINOR_DEVIATION),
					tuple("Årlig uppföljning genomförs", ControlResult.NOT_PERFORMED),
					tuple("APT-material finns framtaget", ControlResult.NO_DEVIATION),
					tuple("Inköp enligt avtal", ControlResult.MINOR_DEVIATION),
					tuple("Direktupphandling", ControlResult.MINOR_DEVIATION),
					tuple("E-handelsstyrning", ControlResult.MINOR_DEVIATION),
					tuple("Arbetsätt och kunskap inom upphandling", ControlResult.NO_DEVIATION),
					tuple("Styrdokument för inköp och upphandling", ControlResult.NO_DEVIATION),
					tuple("Antal fakturer betalade efter 30 dagar", ControlResult.NOT_PERFORMED),
					tuple("Användarnas behörighetsnivå i är ändamålsenlig utifrån ansvar och befogenheter.",
							ControlResult.NO_DEVIATION));
		assertThat(controls.stream().map(ParsedReport.InternalControl::riskTitle).distinct()).containsExactly(
				"Allmänna handlingar hanteras felaktigt", "Bristande arbetsmiljöarbete", "Bristande avtalstrohet",
				"Kommunens regler för inköp och upphandling efterlevs inte",
				"Leverantörsfakturer betalas inte inom 30 dagar", "Användare med för hög behörighet");
		assertThat(controls.get(6).resultLabel()).isEqualTo("Kontroll genomförd utan avvikelser");
		assertThat(controls.get(0).riskDescription()).startsWith("Tryckfrihetsförordningen följs inte");
	}

	@Test
	void mergesInternalControlRowsContinuedAfterAPageBreak() {
		ParsedReport.InternalControl apt = control("apt-material-finns-framtaget");
		assertThat(apt.lines()).isEqualTo(new ParsedReport.LineRange(379, 382));
		assertThat(apt.comment()).endsWith("underlätta arbetsmiljöarbetet inom kommuner.")
			.contains("hållbar arbetsmiljö.\nAvdelningen kommer även under hösten införa KIA");
		assertThat(apt.riskDescription()).endsWith(
				"information skall ges,\nsamt en årlig uppföljning för att trygga chefer och medarbetare att arbetet har hanterats.");
		ParsedReport.InternalControl eTrade = control("e-handelsstyrning");
		assertThat(eTrade.lines()).isEqualTo(new ParsedReport.LineRange(385, 388));
		assertThat(eTrade.riskDescription()).contains("relevanta krav\navseende ekonomisk hållbarhet");
		assertThat(control("styrdokument-for-inkop-och-upphandling").riskDescription())
			.isEqualTo(eTrade.riskDescription());
	}

	@Test
	void readsFiveStatementsWithTypedColumns() {
		assertThat(report.statements())
			.extracting(ParsedReport.Statement::key, ParsedReport.Statement::title, ParsedReport.Statement::kind,
					ParsedReport.Statement::unit, (s) -> s.rows().size())
			.containsExactly(
					tuple("7-1-resultatrakning", "7.1 Resultaträkning", StatementKind.INCOME_STATEMENT, "mnkr", 12),
					tuple("7-2-driftsredovisning", "7.2 Driftsredovisning", StatementKind.OPERATING_ACCOUNT, "mnkr", 5),
					tuple("8-1-investeringsredovisning-arlig-budget-mnr",
							"8.1 Investeringsredovisning, årlig budget (mnr)", StatementKind.INVESTMENT_ACCOUNT, "mnr",
							5),
					tuple("11-1-resultatrakning", "11.1 Resultaträkning", StatementKind.INCOME_STATEMENT, "mnkr", 12),
					tuple("11-2-driftsredovisning", "11.2 Driftsredovisning", StatementKind.OPERATING_ACCOUNT, "mnkr",
							2));
		assertThat(statement("7-1-resultatrakning").columns())
			.extracting(ParsedReport.Column::kind, ParsedReport.Column::period)
			.containsExactly(tuple(ColumnKind.OUTCOME, "helår 2022"), tuple(ColumnKind.OUTCOME, "jan-aug 2022"),
					tuple(ColumnKind.OUTCOME, "jan-aug 2023"), tuple(ColumnKind.BUDGET, "2023"),
					tuple(ColumnKind.FORECAST, "helår 2023"), tuple(ColumnKind.BUDGET_DEVIATION, null));
	}

	@Test
	void readsTheIncomeStatementTotalsAndSections() {
		ParsedReport.Statement income = statement("7-1-resultatrakning");
		assertThat(income.lines()).isEqualTo(new ParsedReport.LineRange(290, 304));
		ParsedReport.Row total = income.rows().get(11);
		assertThat(total.label()).isEqualTo("Summa totalt (mnkr)");
		assertThat(total.sum()).isTrue();
		assertThat(total.values()).containsExactly(new BigDecimal("-211.2"), new BigDecimal("-137.1"),
				new BigDecimal("-144.0"), new BigDecimal("-237.2"), new BigDecimal("-231.3"), new BigDecimal("5.9"));
		assertThat(total.lines()).isEqualTo(ParsedReport.LineRange.of(304));
		assertThat(income.rows()).extracting(ParsedReport.Row::label, ParsedReport.Row::section, ParsedReport.Row::sum)
			.startsWith(tuple("Taxor och avgifter", "Intäkter", false), tuple("Bidrag (intäkter)", "Intäkter", false),
					tuple("Övriga intäkter", "Intäkter", false), tuple("Summa intäkter", "Intäkter", true),
					tuple("Personalkostnader", "Kostnader", false))
			.contains(tuple("Summa kostnader", "Kostnader", true), tuple("Summa totalt (mnkr)", null, true));
		ParsedReport.Row fees = income.rows().get(0);
		assertThat(fees.values()).containsExactly(new BigDecimal("0.5"), null, new BigDecimal("0.5"), null, null, null);
		assertThat(fees.printed()).containsExactly("0,5", "", "0,5", "", "", "");
	}

	@Test
	void readsTheOtherStatementTotals() {
		assertThat(lastRow("7-2-driftsredovisning").values()).containsExactly(new BigDecimal("-211.2"),
				new BigDecimal("-137.1"), new BigDecimal("-144.0"), new BigDecimal("-237.2"), new BigDecimal("-231.3"),
				new BigDecimal("5.9"));
		assertThat(lastRow("8-1-investeringsredovisning-arlig-budget-mnr").values()).containsExactly(
				new BigDecimal("-15.3"), new BigDecimal("-3.5"), new BigDecimal("-10.9"), new BigDecimal("4.4"));
		assertThat(lastRow("11-1-resultatrakning").values()).containsExactly(new BigDecimal("-8.3"),
				new BigDecimal("-5.3"), new BigDecimal("-9.0"), new BigDecimal("-13.1"), new BigDecimal("-13.1"),
				new BigDecimal("0.0"));
		assertThat(lastRow("11-2-driftsredovisning").label()).isEqualTo("Totalt (mnkr)");
	}

	@Test
	void labelsAnUnlabelledRowAndWarns() {
		ParsedReport.Row row = statement("11-2-driftsredovisning").rows().get(0);
		assertThat(row.label()).isEqualTo("(utan benämning)");
		assertThat(row.sum()).isFalse();
		assertThat(report.warnings()).extracting(ParsedReport.Warning::line, ParsedReport.Warning::code)
			.containsExactly(tuple(417, "UNLABELLED_ROW"));
	}

	@Test
	void derivesKeysThatAreUniquePerKind() {
		assertThat(unique(report.goals().stream().map(ParsedReport.Goal::key).toList())).isTrue();
		assertThat(unique(report.indicators().stream().map(ParsedReport.Indicator::key).toList())).isTrue();
		assertThat(unique(report.initiatives().stream().map(ParsedReport.Initiative::key).toList())).isTrue();
		assertThat(unique(report.internalControls().stream().map(ParsedReport.InternalControl::key).toList())).isTrue();
		assertThat(report.goals()).hasSize(15);
	}

	private static boolean unique(List<String> keys) {
		return keys.stream().distinct().count() == keys.size();
	}

	static ParsedReport.Goal goal(String key) {
		return report.goals().stream().filter((goal) -> goal.key().equals(key)).findFirst().orElseThrow();
	}

	private static List<ParsedReport.Goal> goals(GoalLevel level) {
		return report.goals().stream().filter((goal) -> goal.level() == level).collect(Collectors.toList());
	}

	private static ParsedReport.Indicator indicator(String key) {
		return report.indicators().stream().filter((i) -> i.key().equals(key)).findFirst().orElseThrow();
	}

	private static List<ParsedReport.Initiative> initiatives(InitiativeKind kind) {
		return report.initiatives().stream().filter((i) -> i.kind() == kind).collect(Collectors.toList());
	}

	private static ParsedReport.InternalControl control(String key) {
		return report.internalControls().stream().filter((c) -> c.key().equals(key)).findFirst().orElseThrow();
	}

	private static ParsedReport.Statement statement(String key) {
		return report.statements().stream().filter((s) -> s.key().equals(key)).findFirst().orElseThrow();
	}

	private static ParsedReport.Row lastRow(String key) {
		List<ParsedReport.Row> rows = statement(key).rows();
		return rows.get(rows.size() - 1);
	}

}
