package se.kommunkollen.importer.delarsrapport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kommunkollen.commitment.CommitmentStatus;
import se.kommunkollen.control.ControlResult;
import se.kommunkollen.goal.AssessmentLevel;
import se.kommunkollen.importer.ImportException;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.SampleTexts;
import se.kommunkollen.municipality.MunicipalityDirectory;
import se.kommunkollen.report.ReportKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/** Variants of the Enköping delårsrapport, derived from the sample line by line. */
class DelarsrapportVariantsTest {

	private static final String INCOME_HEADER = "Intäkter / Kostnader (mnkr)\tBokslut 2022\tUtfall jan-aug 2022\t"
			+ "Utfall jan-aug 2023\tBudget 2023\tPrognos helår 2023\tAvvikelse prognos mot budget";

	private static final String OPERATING_HEADER = INCOME_HEADER.replace("Intäkter / Kostnader (mnkr)",
			"Verksamhet (mnkr)");

	private final DelarsrapportParser parser = new DelarsrapportParser(new MunicipalityDirectory());

	private static SampleEdit sample() {
		return SampleEdit.of(SampleTexts.ENKOPING);
	}

	private ParsedReport parse(SampleEdit edit) {
		return this.parser.parse(edit.text());
	}

	@Test
	void findsAnotherMunicipalityInTheText() {
		ParsedReport report = parse(
				sample().replaceEverywhere("Enköping", "Nyköping").replaceEverywhere("enkoping", "nykoping"));
		assertThat(report.meta().municipalityName()).isEqualTo("Nyköping");
		assertThat(report.goals()).hasSize(15);
	}

	@Test
	void readsOtherNumbersAndWarnsWhereThePrintedSumNoLongerAddsUp() {
		ParsedReport report = parse(sample().replaceIn(297, "Personalkostnader\t-103,0", "Personalkostnader\t-104,0"));
		ParsedReport.Row staff = statement(report, "7-1-resultatrakning").rows().get(4);
		assertThat(staff.values().get(0)).isEqualTo(new BigDecimal("-104.0"));
		assertThat(report.warnings()).filteredOn((w) -> w.code().equals("SUM_MISMATCH"))
			.singleElement()
			.satisfies((w) -> {
				assertThat(w.line()).isEqualTo(303);
				assertThat(w.message()).contains("Summa kostnader", "Bokslut 2022", "-231,4", "-232.4");
			});
	}

	@Test
	void keepsAStatementTogetherWhenAPageBreakRepeatsItsHeader() {
		ParsedReport report = parse(sample().insertAfter(310, "", OPERATING_HEADER));
		ParsedReport.Statement operating = statement(report, "7-2-driftsredovisning");
		assertThat(operating.rows()).extracting(ParsedReport.Row::label)
			.containsExactly("Kommunstyrelse politisk verksamhet", "Kommunledningsförvaltning",
					"Räddningstjänst medlemsbidrag", "Överförmyndarverksamhet i gemensam nämnd", "Totalt (mnkr)");
		assertThat(operating.lines()).isEqualTo(new ParsedReport.LineRange(306, 315));
		assertThat(report.warnings()).extracting(ParsedReport.Warning::code).containsExactly("UNLABELLED_ROW");
	}

	@Test
	void warnsAboutEverySumAMissingRowBreaks() {
		ParsedReport report = parse(sample().delete(300, "Lokalhyror\t-8,5\t-5,6\t-5,2\t-7,9\t-7,9\t"));
		assertThat(statement(report, "7-1-resultatrakning").rows()).hasSize(11);
		assertThat(report.warnings()).filteredOn((w) -> w.code().equals("SUM_MISMATCH"))
			.extracting(ParsedReport.Warning::line)
			.containsExactly(302, 302, 302, 302, 302);
	}

	@Test
	void mapsAnotherKnownStatusLabel() {
		ParsedReport report = parse(sample().replace(141, " Delvis på rätt väg", "● Ej på rätt väg"));
		assertThat(DelarsrapportVariantsTest.goal(report, "mal-2").assessment()).usingRecursiveComparison()
			.ignoringFields("line")
			.isEqualTo(new ParsedReport.Assessment("Ej på rätt väg", AssessmentLevel.POOR));
		assertThat(report.warnings()).extracting(ParsedReport.Warning::line, ParsedReport.Warning::message)
			.containsExactly(
					tuple(32,
							"The summary states 4 KF goals partly on the right track ('4 mål är delvis på rätt väg'); "
									+ "the goal tables give 3"),
					tuple(32,
							"The summary states 0 KF goals on the wrong track ('Inga av målen bedöms vara på fel väg'); "
									+ "the goal tables give 1"),
					tuple(417,
							"Statement '11.2 Driftsredovisning': row without a label; stored as '(utan benämning)'"));
	}

	@Test
	void storesAnUnknownStatusLabelAsUnknownAndWarns() {
		ParsedReport report = parse(sample().replace(141, " Delvis på rätt väg", " Oklart läge"));
		assertThat(goal(report, "mal-2").assessment()).usingRecursiveComparison()
			.ignoringFields("line")
			.isEqualTo(new ParsedReport.Assessment("Oklart läge", AssessmentLevel.UNKNOWN));
		assertThat(goal(report, "mal-3").assessment().level()).isEqualTo(AssessmentLevel.PARTLY);
		assertThat(report.warnings()).extracting(ParsedReport.Warning::line, ParsedReport.Warning::code)
			.contains(tuple(141, "UNKNOWN_STATUS_LABEL"));
	}

	@Test
	void assignsNoStatusInABlockWhoseStatusLinesDoNotMatchItsGoals() {
		ParsedReport report = parse(sample().replace(143, " Delvis på rätt väg", ""));
		for (String key : List.of("mal-2", "mal-3", "mal-6", "mal-12")) {
			assertThat(goal(report, key).assessment()).usingRecursiveComparison()
				.ignoringFields("line")
				.isEqualTo(new ParsedReport.Assessment(null, AssessmentLevel.UNKNOWN));
		}
		assertThat(goal(report, "mal-1").assessment().level()).isEqualTo(AssessmentLevel.GOOD);
		assertThat(goal(report, "mal-13").assessment().level()).isEqualTo(AssessmentLevel.GOOD);
		assertThat(report.warnings()).filteredOn((w) -> w.code().equals("STATUS_COUNT_MISMATCH"))
			.singleElement()
			.satisfies((w) -> {
				assertThat(w.line()).isEqualTo(135);
				assertThat(w.message()).contains("4 goals (Mål 2, Mål 3, Mål 6, Mål 12)",
						"3 status lines [141, 145, 147]");
			});
	}

	@Test
	void rejectsAStatementCutOffBeforeItsSum() {
		SourceText text = sample().keepUpTo(300).text();
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> this.parser.parse(text))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(300))
			.withMessageContaining("7.1 Resultaträkning")
			.withMessageContaining("ends with 'Lokalhyror'");
	}

	@Test
	void rejectsARowWithFewerCellsThanItsHeader() {
		SourceText text = sample().replace(300, "Lokalhyror\t-8,5\t-5,6\t-5,2\t-7,9\t-7,9\t", "Lokalhyror\t-8,5")
			.text();
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> this.parser.parse(text))
			.withMessage(SampleTexts.ENKOPING + ":300: row has 2 cells but the header at line 292 has 7");
	}

	@Test
	void rejectsACellThatIsNotANumber() {
		SourceText text = sample().replaceIn(295, "\t16,3\t", "\t12,x\t").text();
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> this.parser.parse(text))
			.withMessage(SampleTexts.ENKOPING + ":295: column 'Budget 2023': '12,x' is not a number");
	}

	@Test
	void rejectsAnIndicatorValueThatIsNotANumber() {
		SourceText text = sample().replaceIn(242, "\t7,6%\t", "\tsju\t").text();
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> this.parser.parse(text))
			.withMessage(SampleTexts.ENKOPING + ":242: column 'Startläge': 'sju' is not a number");
	}

	@Test
	void warnsWhenTheInternalControlSummaryDisagreesWithTheTable() {
		ParsedReport report = parse(sample().replaceIn(374, "10 kontroller", "11 kontroller")
			.replaceIn(374, "fyra av kontrollerna visar ingen", "tre av kontrollerna visar ingen"));
		assertThat(report.warnings()).filteredOn((w) -> w.code().equals("CONTROL_SUMMARY_MISMATCH"))
			.extracting(ParsedReport.Warning::line, ParsedReport.Warning::message)
			.containsExactly(
					tuple(374, "Internal control summary states 11 controls ('11 kontroller'); the table holds 10"),
					tuple(374, "Internal control summary states 3 controls without deviation "
							+ "('tre av kontrollerna visar ingen avvikelse'); the table holds 4"));
	}

	@Test
	void keepsARiskWithoutControlAsNotPerformedOnlyWhenTheTextSaysSo() {
		ParsedReport report = parse(sample().insertAfter(394,
				"<p>■ Risk som inte kontrollerats</p>\t\t\t<p>Kontrollen har inte genomförts under perioden.</p>",
				"<p>■ Risk utan besked</p>\t\t\t<p>Arbetet fortsätter.</p>"));
		List<ParsedReport.InternalControl> controls = report.internalControls();
		assertThat(controls).hasSize(12);
		assertThat(controls.subList(10, 12))
			.extracting(ParsedReport.InternalControl::riskTitle, ParsedReport.InternalControl::controlPoint,
					ParsedReport.InternalControl::result)
			.containsExactly(tuple("Risk som inte kontrollerats", null, ControlResult.NOT_PERFORMED),
					tuple("Risk utan besked", null, ControlResult.UNKNOWN));
		assertThat(report.warnings()).extracting(ParsedReport.Warning::line, ParsedReport.Warning::code)
			.contains(tuple(396, "CONTROL_MISSING"), tuple(374, "CONTROL_SUMMARY_MISMATCH"));
	}

	@Test
	void readsAnotherInitiativeStatusAndWarnsAboutAnUnknownOne() {
		ParsedReport report = parse(
				sample().replaceIn(191, "\t Delvis utförd", "\t Klar").replaceIn(192, "\t Delvis utförd", "\t Kanske"));
		assertThat(report.initiatives().get(5).status()).isEqualTo(CommitmentStatus.DONE);
		assertThat(report.initiatives().get(6).status()).isEqualTo(CommitmentStatus.UNKNOWN);
		assertThat(report.initiatives().get(6).statusLabel()).isEqualTo("Kanske");
		assertThat(report.warnings()).extracting(ParsedReport.Warning::line, ParsedReport.Warning::code)
			.contains(tuple(192, "UNKNOWN_STATUS_LABEL"));
	}

	@Test
	void readsASmallDelarsrapportOfAnotherMunicipalityWithATableSplitByAPageBreak() {
		ParsedReport report = this.parser.parse(resource("importer/variants-b/delarsrapport-nykoping.txt"));
		assertThat(report.meta()).isEqualTo(new ParsedReport.Meta("Nyköping", ReportKind.INTERIM_REPORT,
				"Delårsrapport april 2024", "Kommunstyrelsen", "ks", 2024, LocalDate.of(2024, 1, 1),
				LocalDate.of(2024, 4, 30), "januari–april 2024", "KS 2024/118", new ParsedReport.LineRange(3, 5)));
		assertThat(report.areas()).extracting(ParsedReport.Area::name, ParsedReport.Area::lines)
			.containsExactly(tuple("Trygghet", new ParsedReport.LineRange(14, 18)),
					tuple("Klimat", ParsedReport.LineRange.of(19)));
		assertThat(report.goals())
			.extracting(ParsedReport.Goal::key, ParsedReport.Goal::areaKey, (goal) -> goal.assessment().level(),
					ParsedReport.Goal::lines)
			// each goal's lines reach the status line printed after the table
			.containsExactly(tuple("mal-4", "trygghet", AssessmentLevel.POOR, new ParsedReport.LineRange(14, 21)),
					tuple("mal-5", "trygghet", AssessmentLevel.PARTLY, new ParsedReport.LineRange(15, 23)),
					tuple("mal-9", "klimat", AssessmentLevel.GOOD, new ParsedReport.LineRange(19, 25)));
		assertThat(goal(report, "mal-5").analysis().plain())
			.isEqualTo("Samverkan med polisen har\nfördjupats under våren.");
		ParsedReport.Statement income = statement(report, "3-1-resultatrakning");
		assertThat(income.unit()).isEqualTo("tkr");
		assertThat(income.rows()).extracting((row) -> row.values().get(0))
			.containsExactly(new BigDecimal("1250"), new BigDecimal("1250"), new BigDecimal("-2036"),
					new BigDecimal("-2036"), new BigDecimal("-786"));
		assertThat(report.warnings()).isEmpty();
	}

	private static SourceText resource(String path) {
		try (InputStream in = DelarsrapportVariantsTest.class.getClassLoader().getResourceAsStream(path)) {
			String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return SampleTexts.of(path.substring(path.lastIndexOf('/') + 1), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ParsedReport.Goal goal(ParsedReport report, String key) {
		return report.goals().stream().filter((goal) -> goal.key().equals(key)).findFirst().orElseThrow();
	}

	private static ParsedReport.Statement statement(ParsedReport report, String key) {
		return report.statements().stream().filter((s) -> s.key().equals(key)).findFirst().orElseThrow();
	}

}
