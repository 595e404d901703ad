package se.kommunkollen.importer.verksamhetsberattelse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kommunkollen.commitment.CommitmentStatus;
import se.kommunkollen.control.ControlResult;
import se.kommunkollen.finance.ColumnKind;
import se.kommunkollen.finance.StatementKind;
import se.kommunkollen.goal.AreaKind;
import se.kommunkollen.goal.AssessmentLevel;
import se.kommunkollen.goal.GoalLevel;
import se.kommunkollen.goal.IndicatorValueKind;
import se.kommunkollen.goal.Trend;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.read.SampleTexts;
import se.kommunkollen.municipality.MunicipalityDirectory;
import se.kommunkollen.municipality.OrganisationKind;
import se.kommunkollen.report.ReportKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The Eskilstuna verksamhetsberättelse read whole. */
class VerksamhetsberattelseParserTest {

	private static final MunicipalityDirectory MUNICIPALITIES = new MunicipalityDirectory();

	private static ParsedReport report;

	@BeforeAll
	static void parse() {
		report = new VerksamhetsberattelseParser(MUNICIPALITIES).parse(SampleTexts.load(SampleTexts.ESKILSTUNA));
	}

	@Test
	void recognisesOnlyTheVerksamhetsberattelse() {
		VerksamhetsberattelseParser parser = new VerksamhetsberattelseParser(MUNICIPALITIES);
		assertThat(parser.canParse(SampleTexts.load(SampleTexts.ESKILSTUNA))).isTrue();
		assertThat(parser.canParse(SampleTexts.load(SampleTexts.HANINGE))).isFalse();
		assertThat(parser.canParse(SampleTexts.load(SampleTexts.ENKOPING))).isFalse();
		assertThat(parser.canParse(SampleTexts.load(SampleTexts.SODERTALJE))).isFalse();
	}

	@Test
	void readsYearIssuerAndRegistrationNumber() {
		assertThat(report.meta()).isEqualTo(new ParsedReport.Meta("Eskilstuna", ReportKind.ANNUAL_REPORT,
				"Verksamhetsberättelse 2022", "Kommunstyrelsen", "ks", 2022, LocalDate.of(2022, 1, 1),
				LocalDate.of(2022, 12, 31), "januari–december 2022", "KSKF/2023:44", ParsedReport.LineRange.of(59)));
		assertThat(report.initiatives()).isEmpty();
		assertThat(report.evaluation()).isNull();
	}

	@Test
	void readsTheCodesTheTextDefinesForOrganisations() {
		assertThat(report.organisations()).containsExactly(
				new ParsedReport.Organisation("kommunstyrelsen", "Kommunstyrelsen", OrganisationKind.BOARD,
						List.of("KS")),
				new ParsedReport.Organisation("kommunledningskontoret", "Kommunledningskontoret",
						OrganisationKind.OFFICE, List.of("KLK")));
	}

	@Test
	void readsNineProcessAreasUnderTheirPerspectives() {
		assertThat(report.areas())
			.extracting(ParsedReport.Area::name, ParsedReport.Area::perspective, ParsedReport.Area::lines)
			.containsExactly(tuple("Näringsliv och arbete", "Hållbar utveckling", new ParsedReport.LineRange(199, 258)),
					tuple("Utbildning", "Hållbar utveckling", new ParsedReport.LineRange(260, 287)),
					tuple("Demokrati", "Hållbar utveckling", new ParsedReport.LineRange(289, 349)),
					tuple("Berikande kultur och fritid", "Hållbar utveckling", new ParsedReport.LineRange(351, 369)),
					tuple("Samhällsskydd och beredskap", "Hållbar utveckling", new ParsedReport.LineRange(371, 408)),
					tuple("Hållbar samhällsbyggnad", "Hållbar utveckling", new ParsedReport.LineRange(410, 476)),
					tuple("Processkvalitet", "Effektiv organisation", new ParsedReport.LineRange(480, 559)),
					tuple("Medarbetare", "Effektiv organisation", new ParsedReport.LineRange(561, 612)),
					tuple("Ekonomi", "Effektiv organisation", new ParsedReport.LineRange(614, 706)));
		assertThat(report.areas()).allSatisfy((area) -> assertThat(area.kind()).isEqualTo(AreaKind.PROCESS_AREA));
	}

	@Test
	void takesTheAssessmentFromTheWrittenOutSentence() {
		assertThat(report.areas()).extracting(ParsedReport.Area::key, (area) -> area.assessment().level())
			.containsExactly(tuple("naringsliv-och-arbete", AssessmentLevel.GOOD),
					tuple("utbildning", AssessmentLevel.GOOD), tuple("demokrati", AssessmentLevel.PARTLY),
					tuple("berikande-kultur-och-fritid", AssessmentLevel.GOOD),
					tuple("samhallsskydd-och-beredskap", AssessmentLevel.PARTLY),
					tuple("hallbar-samhallsbyggnad", AssessmentLevel.GOOD),
					tuple("processkvalitet", AssessmentLevel.PARTLY), tuple("medarbetare", AssessmentLevel.PARTLY),
					tuple("ekonomi", AssessmentLevel.GOOD));
		ParsedReport.Area democracy = area("demokrati");
		assertThat(democracy.assessmentText()).isEqualTo("Processområdet bedöms delvis uppnå resultatmålen.");
		assertThat(democracy.assessment().label()).isEqualTo("Processområdet bedöms delvis uppnå resultatmålen.");
		assertThat(democracy.summary()).startsWith("Ett flertal processmål och åtaganden sorterar in")
			.doesNotContain("bedöms");
		// the legend says "uppnå resultatmålen"; this section writes "uppfylla"
		assertThat(area("naringsliv-och-arbete").assessment()).isEqualTo(
				new ParsedReport.Assessment("Processmålet bedöms uppfylla resultatmålen.", AssessmentLevel.GOOD));
	}

	@Test
	void readsTrendArrowsFromTheSectionOrElseTheSummaryTable() {
		assertThat(report.areas()).extracting(ParsedReport.Area::trend)
			.containsExactly(Trend.UNCHANGED, Trend.BETTER, Trend.UNCHANGED, Trend.UNCHANGED, Trend.BETTER,
					Trend.UNCHANGED, Trend.UNCHANGED, Trend.UNCHANGED, Trend.WORSE);
		assertThat(report.warnings()).extracting(ParsedReport.Warning::code)
			.doesNotContain("TREND_MISMATCH", "TREND_MISSING");
	}

	@Test
	void readsProcessGoalsWhoseTitleTheLayoutMarks() {
		assertThat(report.goals())
			.extracting(ParsedReport.Goal::title, ParsedReport.Goal::areaKey, ParsedReport.Goal::lines)
			.containsExactly(
					tuple("Stärka företagsklimatet och förbättra servicen till företagare.", "naringsliv-och-arbete",
							new ParsedReport.LineRange(209, 215)),
					tuple("Attraktiviteten som etableringsort (regionalt, nationellt och internationellt) ska stärkas.",
							"naringsliv-och-arbete", new ParsedReport.LineRange(217, 227)),
					tuple("Höja utbildningsnivån genom Samhällskontraktet och andra avtal med Mälardalens högskola/Mälardalens universitet.",
							"utbildning", new ParsedReport.LineRange(270, 274)),
					tuple("Ökad upplevd trygghet i Eskilstuna", "demokrati", new ParsedReport.LineRange(308, 336)),
					tuple("Öka kommunens och allmänhetens förmåga att hantera större händelser och kriser.",
							"samhallsskydd-och-beredskap", new ParsedReport.LineRange(383, 395)),
					tuple("Utbyggnad av verksamhetslokaler genomförs enligt lokalförsörjningsplan.",
							"hallbar-samhallsbyggnad", new ParsedReport.LineRange(423, 445)),
					tuple("En kommunikativ organisation som driver utveckling och stärker förtroendet för kommunkoncernen.",
							"processkvalitet", new ParsedReport.LineRange(490, 506)),
					tuple("God service och tillgänglighet.", "processkvalitet", new ParsedReport.LineRange(508, 537)),
					tuple("Hållbart arbetsliv", "medarbetare", new ParsedReport.LineRange(583, 585)),
					tuple("God ekonomisk hushållning som finansierar framtida tillväxt och investeringar", "ekonomi",
							new ParsedReport.LineRange(644, 645)),
					tuple("Alla avdelningar ska ha en ekonomi i balans.", "ekonomi",
							new ParsedReport.LineRange(646, 653)));
		assertThat(report.goals()).allSatisfy((goal) -> {
			assertThat(goal.level()).isEqualTo(GoalLevel.PROCESS);
			assertThat(goal.assessment()).isEqualTo(ParsedReport.Assessment.notAssessed());
			assertThat(goal.number()).isNull();
		});
	}

	@Test
	void keepsTheFollowUpTextOfAGoalAsItsAnalysis() {
		ParsedReport.Goal goal = report.goals().get(0);
		assertThat(goal.key()).isEqualTo("starka-foretagsklimatet-och-forbattra-servicen-till-foretagare");
		assertThat(goal.analysis().plain()).startsWith("Ett flertal träffar har arrangerats")
			.endsWith("som utgår från centret.");
		ParsedReport.Goal economy = report.goals().get(9);
		assertThat(economy.analysis().html()).startsWith("<p>Större fokus har lagts på förbättrade omvärldsanalyser");
	}

	@Test
	void warnsThatTheTextStatesMoreGoalsThanCanBeToldApart() {
		assertThat(report.warnings()).filteredOn((w) -> w.code().equals("GOAL_COUNT_MISMATCH"))
			.extracting(ParsedReport.Warning::line, ParsedReport.Warning::message)
			.containsExactly(tuple(145, "The text states 14 processmål in 'Hållbar utveckling'; 6 have a title that "
					+ "can be told apart from the follow-up text (a table cell, or the first line after '4-åriga "
					+ "processmål'); the text of the others stays in the analysis of the goal above it"),
					tuple(145, "The text states 9 processmål in 'Effektiv organisation'; 5 have a title that can be "
							+ "told apart from the follow-up text (a table cell, or the first line after '4-åriga "
							+ "processmål'); the text of the others stays in the analysis of the goal above it"));
	}

	@Test
	void readsIndicatorsOfTheGoalAboveThem() {
		assertThat(report.indicators())
			.extracting(ParsedReport.Indicator::name, ParsedReport.Indicator::unit, ParsedReport.Indicator::goalKey)
			.containsExactly(tuple("Total sjukfrånvaro - tillsvidareanställda, (%)", "%", "hallbart-arbetsliv"),
					tuple("Hållbart Medarbetarengagemang HME, totalindex", null, "hallbart-arbetsliv"),
					tuple("Medarbetare som är stolta över att arbeta inom Eskilstuna kommun, andel (%)", "%",
							"hallbart-arbetsliv"),
					tuple("Sjukfrånvaro på KLK som egen förvaltning – Totalt", "%", "hallbart-arbetsliv"),
					tuple("Sjukfrånvaro på KLK som egen förvaltning – Kvinnor", "%", "hallbart-arbetsliv"),
					tuple("Sjukfrånvaro på KLK som egen förvaltning – Män", "%", "hallbart-arbetsliv"),
					tuple("Avtalstrohet, andel (%)", "%", "alla-avdelningar-ska-ha-en-ekonomi-i-balans"),
					tuple("Ekonomi i balans", "%", "alla-avdelningar-ska-ha-en-ekonomi-i-balans"));
		assertThat(report.indicators().get(0).values()).containsExactly(
				new ParsedReport.IndicatorValue(IndicatorValueKind.OUTCOME, "Utfall 2020", 2020, new BigDecimal("3.1"),
						"3.1%"),
				new ParsedReport.IndicatorValue(IndicatorValueKind.OUTCOME, "Utfall 2021", 2021, new BigDecimal("3.0"),
						"3.0%"),
				new ParsedReport.IndicatorValue(IndicatorValueKind.OUTCOME, "Utfall 2022", 2022, new BigDecimal("1.9"),
						"1,9%"),
				new ParsedReport.IndicatorValue(IndicatorValueKind.TARGET, "Mål 2022", 2022, new BigDecimal("3.0"),
						"3.0%"),
				new ParsedReport.IndicatorValue(IndicatorValueKind.TARGET, "Mål 2023", 2023, new BigDecimal("3.0"),
						"3.0%"));
		assertThat(report.indicators().get(0).levelLabel()).isEqualTo("Indikatorer för KLK som egen förvaltning");
		assertThat(report.indicators().get(2).values().get(2)).isEqualTo(new ParsedReport.IndicatorValue(
				IndicatorValueKind.OUTCOME, "Utfall 2022", 2022, new BigDecimal("83"), "83"));
		assertThat(report.indicators().get(7).values().get(0).value()).isEqualTo(new BigDecimal("100.0"));
	}

	@Test
	void readsTheSicknessTableByYearAsOutcomes() {
		ParsedReport.Indicator women = report.indicators().get(4);
		assertThat(women.lines()).isEqualTo(ParsedReport.LineRange.of(611));
		assertThat(women.levelLabel()).isEqualTo("Sjukfrånvaro på KLK som egen förvaltning");
		assertThat(women.values()).containsExactly(
				new ParsedReport.IndicatorValue(IndicatorValueKind.OUTCOME, "2022", 2022, new BigDecimal("2.4"),
						"2,4%"),
				new ParsedReport.IndicatorValue(IndicatorValueKind.OUTCOME, "2021", 2021, new BigDecimal("3.9"),
						"3,9%"),
				new ParsedReport.IndicatorValue(IndicatorValueKind.OUTCOME, "2020", 2020, new BigDecimal("3.6"),
						"3,6%"));
	}

	@Test
	void readsFourteenCommitmentsAndOnlyTheEightVisibleChecksAsDone() {
		List<ParsedReport.Commitment> commitments = report.commitments();
		assertThat(commitments).hasSize(14);
		assertThat(commitments).filteredOn((c) -> c.status() == CommitmentStatus.DONE)
			.hasSize(8)
			.allSatisfy((c) -> assertThat(c.statusLabel()).isEqualTo("Klart, avslutat"))
			.extracting((c) -> c.lines().start())
			.containsExactly(244, 253, 340, 399, 449, 458, 541, 596);
		assertThat(commitments).filteredOn((c) -> c.status() == CommitmentStatus.UNKNOWN)
			.extracting((c) -> c.lines().start())
			.containsExactly(231, 278, 362, 465, 548, 657);
		assertThat(commitments).allSatisfy((c) -> {
			assertThat(c.completion()).isNull();
			assertThat(c.goalKey()).isNull();
		});
		assertThat(report.warnings()).filteredOn((w) -> w.code().equals("STATUS_SYMBOL_LOST") && w.line() < 700)
			.extracting(ParsedReport.Warning::line)
			.containsExactly(233, 280, 364, 471, 550, 659);
	}

	@Test
	void readsTheTextAndResponsibleBodiesOfCommitments() {
		List<ParsedReport.Commitment> commitments = report.commitments();
		ParsedReport.Commitment first = commitments.get(0);
		assertThat(first.text()).isEqualTo("Identifiera och arbeta bort det som utgör hinder för att ge näringslivet "
				+ "bästa möjliga förutsättningar för ökad tillväxt som leder till fler kvinnor och män i jobb.");
		assertThat(first.responsible()).containsExactly("KS", "SBN", "MRN", "SEN", "alla bolag");
		assertThat(first.areaKey()).isEqualTo("naringsliv-och-arbete");
		assertThat(first.lines()).isEqualTo(new ParsedReport.LineRange(231, 242));
		assertThat(first.followUp().plain()).startsWith("En stor del av näringslivsavdelningens arbete")
			.endsWith(
					"Arbetet med att kartlägga kommunikationsinsatser kopplat till etableringsprocessen är uppskjutet till 2023.");
		assertThat(commitments.get(1).responsible()).containsExactly("AVN", "alla nämnder och bolag");
		assertThat(commitments.get(6).responsible()).containsExactly("KS", "alla nämnder", "alla bolag");
		assertThat(commitments.get(6).text()).endsWith("ska särskilt uppmärksammas.");
		assertThat(commitments.get(4).responsible()).hasSize(16).startsWith("KS", "AVN").endsWith("ELE", "EEM");
		ParsedReport.Commitment climate = commitments.get(9);
		assertThat(climate.lines()).isEqualTo(new ParsedReport.LineRange(465, 476));
		assertThat(climate.followUp().plain()).startsWith("Programmet konkretiseras för respektive nämnd")
			.contains("\nArbete enligt ovan.")
			.endsWith("inom miljö- och klimatarbetet nationellt och internationellt.");
	}

	@Test
	void comparesTheCommitmentsWithTheSummaryButDoesNotFillInFromIt() {
		assertThat(report.warnings()).filteredOn((w) -> w.code().equals("COMMITMENT_SUMMARY_MISMATCH"))
			.containsExactly(new ParsedReport.Warning(28, "COMMITMENT_SUMMARY_MISMATCH",
					"The summary says 14 commitments of which 13 are done; 14 commitments were read, 8 with a visible "
							+ "status symbol (8 done); the 6 without a symbol stay UNKNOWN and are not filled in from the summary"));
	}

	@Test
	void readsTheIncomeStatementWithBulletLabelsAndNoUnit() {
		ParsedReport.Statement income = report.statements().get(0);
		assertThat(income.key()).isEqualTo("resultatrakning");
		assertThat(income.kind()).isEqualTo(StatementKind.INCOME_STATEMENT);
		assertThat(income.unit()).isEqualTo("miljoner kronor");
		assertThat(income.lines()).isEqualTo(new ParsedReport.LineRange(669, 680));
		assertThat(income.columns()).extracting(ParsedReport.Column::kind, ParsedReport.Column::period)
			.containsExactly(tuple(ColumnKind.OUTCOME, "2021"), tuple(ColumnKind.OUTCOME, "Dec 2022"),
					tuple(ColumnKind.BUDGET, "Dec 2022"), tuple(ColumnKind.BUDGET_DEVIATION, "Dec 2022"));
		assertThat(income.rows()).extracting(ParsedReport.Row::label, ParsedReport.Row::section, ParsedReport.Row::sum)
			.containsExactly(tuple("Kommunersättning/skolpeng", "Intäkter", false),
					tuple("Övriga intäkter", "Intäkter", false), tuple("Summa INTÄKTER", "Intäkter", true),
					tuple("Personalkostnader", "Kostnader", false), tuple("Lokalkostnader", "Kostnader", false),
					tuple("Övriga kostnader", "Kostnader", false), tuple("Summa KOSTNADER", "Kostnader", true),
					tuple("FINANSNETTO", null, false), tuple("Summa RR verksamhetsrapportering", null, true));
		assertThat(income.rows().get(8).values()).containsExactly(new BigDecimal("19.1"), new BigDecimal("15.6"),
				new BigDecimal("0.0"), new BigDecimal("15.6"));
		assertThat(income.rows().get(7).values()).containsExactly(new BigDecimal("-0.1"), new BigDecimal("0.0"), null,
				new BigDecimal("0.0"));
	}

	@Test
	void readsTheOperatingAccountWithoutAPrintedUnit() {
		ParsedReport.Statement operating = report.statements().get(1);
		assertThat(operating.key()).isEqualTo("driftredovisning");
		assertThat(operating.kind()).isEqualTo(StatementKind.OPERATING_ACCOUNT);
		assertThat(operating.unit()).isNull();
		assertThat(operating.columns()).extracting(ParsedReport.Column::kind, ParsedReport.Column::period)
			.containsExactly(tuple(ColumnKind.OUTCOME, "helår 2022"), tuple(ColumnKind.OUTCOME, "helår 2021"),
					tuple(ColumnKind.FORECAST, "november"));
		assertThat(operating.rows()).hasSize(8);
		assertThat(operating.rows().get(0).values()).containsExactly(new BigDecimal("-1155"), new BigDecimal("4893"),
				new BigDecimal("800"));
		ParsedReport.Row total = operating.rows().get(7);
		assertThat(total.label()).isEqualTo("Totalt");
		assertThat(total.values()).containsExactly(new BigDecimal("15580"), new BigDecimal("19128"),
				new BigDecimal("15710"));
		assertThat(total.printed()).containsExactly("15 580", "19 128", "15 710");
	}

	@Test
	void readsSevenControlPointsAndTheRiskWithoutAControl() {
		List<ParsedReport.InternalControl> controls = report.internalControls();
		assertThat(controls)
			.extracting(ParsedReport.InternalControl::area, ParsedReport.InternalControl::riskTitle,
					ParsedReport.InternalControl::controlPoint)
			.containsExactly(tuple("Demokrati", "Risk – Delaktighet och jämlikt inflytande",
					"Uppföljning av hur väl kommunkoncernens webbplatser följer Lagen om tillgänglighet till digital offentlig service (DOS-lagen)."),
					tuple("Demokrati", "Förutsättningar för en tydlig ärende- och beslutsprocess", null),
					tuple("Processkvalitet", "Risk - Kvalitetsutveckling",
							"Granskning av i vilken grad och i vilket skede användare involveras i att utveckla verksamheten."),
					tuple("Processkvalitet", "Risk - Säkerhet",
							"Kontroll antal genomförd grundutbildning i informationssäkerhet."),
					tuple("Processkvalitet", "Risk - Säkerhet",
							"Kontrollera antal genomförda Klassningar av it-komponenter."),
					tuple("Processkvalitet", "Risk - Säkerhet",
							"Uppföljning av hur väl kommunkoncernens webbplatser följer Dataskyddslagen vad avser lagring av personuppgifter i molntjänster."),
					tuple("Medarbetare", "Risk - Kompetensförsörjning",
							"Uppföljning av systematiskt arbetsmiljöarbete (SAM)."),
					tuple("Ekonomi", "Risk – Ekonomi och redovisning",
							"Granskning av delegationsbeslut mot register i leverantörfakturasystemet."));
		assertThat(controls).filteredOn((c) -> c.controlPoint() != null).hasSize(7);
		assertThat(controls).allSatisfy((c) -> assertThat(c.result()).isEqualTo(ControlResult.UNKNOWN));
	}

	@Test
	void findsEveryControlPointOfTheSummaryList() {
		List<String> listed = SampleTexts.load(SampleTexts.ESKILSTUNA)
			.lines()
			.subList(759, 766)
			.stream()
			.map((line) -> line.replace("\t", ""))
			.toList();
		assertThat(listed).hasSize(7)
			.allSatisfy((name) -> assertThat(report.internalControls()).anySatisfy((
					c) -> assertThat(c.controlPoint() != null && ControlAppendixReader.sameName(c.controlPoint(), name))
						.isTrue()));
		assertThat(report.warnings()).extracting(ParsedReport.Warning::code).doesNotContain("CONTROL_SUMMARY_MISMATCH");
	}

	@Test
	void readsFrequencyMethodResultActionAndComment() {
		ParsedReport.InternalControl accessibility = report.internalControls().get(0);
		assertThat(accessibility.frequency()).isEqualTo("En gång under tidig höst 2022.");
		assertThat(accessibility.method()).startsWith("Webbplatserna är uppdelade efter ansvarig nämnd.");
		assertThat(accessibility.riskDescription())
			.startsWith("Risken att kommunens webb-platser, e-tjänster och appar");
		assertThat(accessibility.resultText())
			.startsWith("37 av kommunens och fyra av bolagens webbplatser granskades.\n"
					+ "Tillgänglighetsindex (1-100) innehåller fyra nivåer:");
		assertThat(accessibility.action())
			.isEqualTo("Alla berörda förvaltningar och bolag har informerats om resultatet. "
					+ "Eventuella åtgärder vidtas i respektive verksamhet.");
		assertThat(accessibility.comment()).startsWith("Resultatet är inte tillfredsställande");
		assertThat(accessibility.resultLabel()).isNull();
		assertThat(accessibility.lines()).isEqualTo(new ParsedReport.LineRange(777, 789));
		ParsedReport.InternalControl decisions = report.internalControls().get(1);
		assertThat(decisions.lines()).isEqualTo(new ParsedReport.LineRange(791, 816));
		assertThat(decisions.comment()).contains("- Rättssäkerhet (obligatoriskt)")
			.endsWith("Uppföljning i IK-plan 2024 kan bli aktuellt.");
		ParsedReport.InternalControl delegation = report.internalControls().get(7);
		assertThat(delegation.resultLabel()).isEqualTo("●");
		assertThat(delegation.resultText()).endsWith("Kontrollen har skett utan anmärkning.");
		assertThat(delegation.comment()).startsWith("Kontrollen är krånglig att genomföra.");
		assertThat(delegation.lines()).isEqualTo(new ParsedReport.LineRange(894, 906));
	}

	@Test
	void warnsAboutEveryLostSymbolAndUnstatedUnit() {
		assertThat(report.warnings()).extracting(ParsedReport.Warning::line, ParsedReport.Warning::code)
			.containsExactly(tuple(28, "COMMITMENT_SUMMARY_MISMATCH"), tuple(145, "GOAL_COUNT_MISMATCH"),
					tuple(145, "GOAL_COUNT_MISMATCH"), tuple(233, "STATUS_SYMBOL_LOST"),
					tuple(280, "STATUS_SYMBOL_LOST"), tuple(364, "STATUS_SYMBOL_LOST"),
					tuple(471, "STATUS_SYMBOL_LOST"), tuple(550, "STATUS_SYMBOL_LOST"), tuple(623, "UNIT_FROM_TEXT"),
					tuple(659, "STATUS_SYMBOL_LOST"), tuple(678, "SUM_MISMATCH"), tuple(678, "SUM_MISMATCH"),
					tuple(680, "SUM_MISMATCH"), tuple(682, "UNIT_NOT_STATED"), tuple(785, "STATUS_SYMBOL_LOST"),
					tuple(791, "CONTROL_MISSING"), tuple(828, "STATUS_SYMBOL_LOST"), tuple(843, "STATUS_SYMBOL_LOST"),
					tuple(858, "STATUS_SYMBOL_LOST"), tuple(873, "STATUS_SYMBOL_LOST"),
					tuple(890, "STATUS_SYMBOL_LOST"), tuple(902, "UNKNOWN_STATUS_LABEL"));
	}

	private static ParsedReport.Area area(String key) {
		return report.areas().stream().filter((area) -> area.key().equals(key)).findFirst().orElseThrow();
	}

}
