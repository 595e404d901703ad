package se.kommunkollen.importer.verksamhetsberattelse;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import se.kommunkollen.commitment.CommitmentStatus;
import se.kommunkollen.control.ControlResult;
import se.kommunkollen.goal.AssessmentLevel;
import se.kommunkollen.goal.Trend;
import se.kommunkollen.importer.ImportException;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.delarsrapport.SampleEdit;
import se.kommunkollen.importer.read.SampleTexts;
import se.kommunkollen.municipality.MunicipalityDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Variants of the Eskilstuna verksamhetsberättelse, derived from the sample line by line.
 */
class VerksamhetsberattelseVariantsTest {

	private static final String OPERATING_HEADER = "Avdelning\tUtfall helår 2022\tUtfall helår 2021\tPrognos november";

	private final VerksamhetsberattelseParser parser = new VerksamhetsberattelseParser(new MunicipalityDirectory());

	private static SampleEdit sample() {
		return SampleEdit.of(SampleTexts.ESKILSTUNA);
	}

	private ParsedReport parse(SampleEdit edit) {
		return this.parser.parse(edit.text());
	}

	@Test
	void findsAnotherMunicipalityInTheText() {
		ParsedReport report = parse(
				sample().replaceEverywhere("Eskilstuna", "Katrineholm").replaceEverywhere("eskilstuna", "katrineholm"));
		assertThat(report.meta().municipalityName()).isEqualTo("Katrineholm");
		assertThat(report.commitments()).hasSize(14);
	}

	@Test
	void readsACheckMarkAndACompletionThatSurvived() {
		ParsedReport report = parse(sample().replace(234, "\t", "✓\t100%"));
		ParsedReport.Commitment first = report.commitments().get(0);
		assertThat(first.status()).isEqualTo(CommitmentStatus.DONE);
		assertThat(first.statusLabel()).isEqualTo("Klart, avslutat");
		assertThat(first.completion()).isEqualTo(100);
		assertThat(report.warnings()).extracting(ParsedReport.Warning::line).doesNotContain(233);
		assertThat(report.commitments()).filteredOn((c) -> c.status() == CommitmentStatus.DONE).hasSize(13);
	}

	@Test
	void readsAStatusWrittenAsAWord() {
		ParsedReport report = parse(sample().replace(234, "\t", "Försenat\t"));
		assertThat(report.commitments().get(0).status()).isEqualTo(CommitmentStatus.DELAYED);
		assertThat(report.commitments().get(0).statusLabel()).isEqualTo("Försenat");
	}

	@Test
	void storesAnUnknownStatusSymbolAsUnknownAndWarnsAndFillsNothingFromTheSummary() {
		ParsedReport report = parse(sample().replace(234, "\t", "◆\t"));
		assertThat(report.commitments().get(0).status()).isEqualTo(CommitmentStatus.UNKNOWN);
		assertThat(report.commitments().get(0).statusLabel()).isEqualTo("◆");
		assertThat(report.warnings()).extracting(ParsedReport.Warning::line, ParsedReport.Warning::code)
			.contains(tuple(234, "UNKNOWN_STATUS_LABEL"));
		assertThat(warning(report, "COMMITMENT_SUMMARY_MISMATCH").message())
			.contains("1 visible symbols do not say done");
		assertThat(report.commitments()).filteredOn((c) -> c.status() == CommitmentStatus.UNKNOWN).hasSize(6);
	}

	@Test
	void fillsAMissingSymbolLineFromTheSummaryWhenItsCountsSettleIt() {
		ParsedReport report = parse(sample().delete(247, "✓\t"));
		assertThat(report.commitments().get(1).status()).isEqualTo(CommitmentStatus.DONE);
		assertThat(report.commitments().get(1).statusLine()).isEqualTo(154);
		assertThat(report.warnings()).filteredOn((w) -> w.line() < 700)
			.extracting(ParsedReport.Warning::code)
			.doesNotContain("STATUS_SYMBOL_LOST", "COMMITMENT_SUMMARY_MISMATCH");
	}

	@Test
	void fillsNothingWhenTheSummaryCountsDoNotAddUp() {
		ParsedReport report = parse(sample().replaceIn(154, "13 av åtagandena", "12 av åtagandena")
			.replaceIn(28, "13 av åtagandena", "12 av åtagandena"));
		assertThat(report.commitments()).filteredOn((c) -> c.status() == CommitmentStatus.UNKNOWN).hasSize(6);
		assertThat(warning(report, "COMMITMENT_SUMMARY_MISMATCH").message())
			.contains("2 are not done but 1 are named as delayed");
		assertThat(report.warnings()).filteredOn((w) -> w.code().equals("STATUS_SYMBOL_LOST") && w.line() < 700)
			.hasSize(6);
	}

	@Test
	void fillsNothingWhenTheDelayedCommitmentIsNotNamed() {
		ParsedReport report = parse(sample().replaceIn(158, "har blivit försenade", "har gått bra"));
		assertThat(report.commitments()).filteredOn((c) -> c.status() == CommitmentStatus.UNKNOWN).hasSize(6);
		assertThat(warning(report, "COMMITMENT_SUMMARY_MISMATCH").message())
			.contains("1 are not done but 0 are named as delayed");
	}

	@Test
	void storesUnknownWhenNeitherSymbolNorSentenceGivesTheAssessment() {
		ParsedReport report = parse(sample().replace(267, "Processområdet bedöms uppnå resultatmålen.", ""));
		ParsedReport.Area education = report.areas().get(1);
		assertThat(education.assessment()).usingRecursiveComparison()
			.ignoringFields("line")
			.isEqualTo(new ParsedReport.Assessment(null, AssessmentLevel.UNKNOWN));
		assertThat(education.assessmentText()).isNull();
		assertThat(report.warnings()).extracting(ParsedReport.Warning::line, ParsedReport.Warning::code)
			.contains(tuple(262, "ASSESSMENT_MISSING"));
	}

	@Test
	void storesAnUnknownWrittenAssessmentAsUnknownAndWarns() {
		ParsedReport report = parse(sample().replace(267, "Processområdet bedöms uppnå resultatmålen.",
				"Processområdet bedöms vara på god väg."));
		assertThat(report.areas().get(1).assessment()).usingRecursiveComparison()
			.ignoringFields("line")
			.isEqualTo(new ParsedReport.Assessment("Processområdet bedöms vara på god väg.", AssessmentLevel.UNKNOWN));
		assertThat(report.warnings()).extracting(ParsedReport.Warning::line, ParsedReport.Warning::code)
			.contains(tuple(267, "UNKNOWN_STATUS_LABEL"));
	}

	@Test
	void readsAWrittenAssessmentThatSaysPartly() {
		ParsedReport report = parse(sample().replace(206, "Processmålet bedöms uppfylla resultatmålen.",
				"Processområdet bedöms delvis uppfylla resultatmålen."));
		assertThat(report.areas().get(0).assessment().level()).isEqualTo(AssessmentLevel.PARTLY);
	}

	@Test
	void keepsTheSectionTrendAndWarnsWhenTheSummaryDisagrees() {
		ParsedReport report = parse(sample().replace(617, "\t↘", "\t↗"));
		assertThat(report.areas().get(8).trend()).isEqualTo(Trend.BETTER);
		assertThat(report.warnings()).extracting(ParsedReport.Warning::line, ParsedReport.Warning::code)
			.contains(tuple(616, "TREND_MISMATCH"));
	}

	@Test
	void readsAUnitWhenTheHeaderPrintsIt() {
		ParsedReport report = parse(
				sample().replace(684, OPERATING_HEADER, OPERATING_HEADER.replace("Avdelning", "Avdelning (tkr)")));
		assertThat(report.statements().get(1).unit()).isEqualTo("tkr");
		assertThat(report.warnings()).filteredOn((w) -> w.code().startsWith("UNIT_"))
			.extracting(ParsedReport.Warning::line, ParsedReport.Warning::code)
			.containsExactly(tuple(623, "UNIT_FROM_TEXT"));
	}

	@Test
	void keepsAStatementTogetherWhenAPageBreakRepeatsItsHeader() {
		ParsedReport report = parse(sample().insertAfter(688, "", OPERATING_HEADER));
		ParsedReport.Statement operating = report.statements().get(1);
		assertThat(operating.rows()).hasSize(8);
		assertThat(operating.rows().get(7).values().get(0)).isEqualTo(new BigDecimal("15580"));
		assertThat(operating.lines()).isEqualTo(new ParsedReport.LineRange(682, 694));
		assertThat(report.warnings()).filteredOn((w) -> w.code().equals("SUM_MISMATCH") && w.line() > 682).isEmpty();
		assertThat(report.warnings()).hasSize(16);
	}

	@Test
	void warnsAboutTheTotalWhenARowIsMissing() {
		ParsedReport report = parse(sample().delete(687, "HR\t2 504\t6 231\t2 800"));
		assertThat(report.statements().get(1).rows()).hasSize(7);
		assertThat(report.warnings()).filteredOn((w) -> w.code().equals("SUM_MISMATCH") && w.line() == 691).hasSize(3);
	}

	@Test
	void rejectsACellThatIsNotANumber() {
		SourceText text = sample().replaceIn(686, "4 076", "4 07x").text();
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> this.parser.parse(text))
			.withMessage(SampleTexts.ESKILSTUNA + ":686: column 'Utfall helår 2022': '4 07x' is not a number");
	}

	@Test
	void rejectsAnIndicatorValueThatIsNotANumber() {
		SourceText text = sample().replaceIn(590, "\t3.1%", "\ttre").text();
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> this.parser.parse(text))
			.withMessage(SampleTexts.ESKILSTUNA + ":590: column 'Utfall 2020': 'tre' is not a number");
	}

	@Test
	void rejectsAStatementWithoutItsTotal() {
		SourceText text = sample().delete(692, "Totalt\t15 580\t19 128\t15 710").text();
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> this.parser.parse(text))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(691))
			.withMessageContaining("'Driftredovisning' ends with 'Miljö och samhällsbyggnad'");
	}

	@Test
	void readsATitleRowThatLostItsTab() {
		ParsedReport report = parse(sample().replaceIn(217, "ska stärkas.\t", "ska stärkas."));
		assertThat(report.goals()).extracting(ParsedReport.Goal::title)
			.contains("Attraktiviteten som etableringsort (regionalt, nationellt och internationellt) ska stärkas.");
		assertThat(report.goals()).hasSize(21);
	}

	@Test
	void keepsAShortReportSentenceAsFollowUpAndNamesItInAWarning() {
		ParsedReport report = parse(
				sample().replace(225, "Tidigt intresse för entreprenörskap ska öka, hållbart entreprenörskap ska öka.",
						"Flera träffar har genomförts under året."));
		assertThat(report.goals()).hasSize(20);
		assertThat(report.goals().get(1).analysis().plain()).contains("Flera träffar har genomförts under året.");
		assertThat(report.warnings()).extracting(ParsedReport.Warning::line, ParsedReport.Warning::code)
			.contains(tuple(225, "GOAL_TITLE_UNCERTAIN"));
	}

	@Test
	void takesNoShortLineFollowedByAnotherShortLineAsATitle() {
		ParsedReport report = parse(
				sample().replace(227, SampleTexts.load(SampleTexts.ESKILSTUNA).line(227), "Se ovan."));
		assertThat(report.goals()).extracting(ParsedReport.Goal::title)
			.doesNotContain("Tidigt intresse för entreprenörskap ska öka, hållbart entreprenörskap ska öka.");
	}

	@Test
	void tiesAnIndicatorToTheGoalWhoseFollowUpPrintsItsOutcomeAndTarget() {
		SourceText text = SampleTexts.load(SampleTexts.ESKILSTUNA);
		ParsedReport report = parse(
				sample().replaceIn(645, "<p>Större fokus", "<p>Avtalstroheten blev 92% mot målet 84%. Större fokus")
					.replace(653, text.line(653), "SEF Upphandling mäter numera avtalstrohet på ett nytt sätt."));
		assertThat(report.indicators()).filteredOn((i) -> i.name().startsWith("Avtalstrohet"))
			.singleElement()
			.satisfies((i) -> assertThat(i.goalKey())
				.isEqualTo("god-ekonomisk-hushallning-som-finansierar-framtida-tillvaxt-och-investeringar"));
	}

	@Test
	void readsAControlResultWrittenOut() {
		ParsedReport report = parse(sample().replaceIn(902, "●\t", "Kontroll genomförd utan avvikelse\t"));
		ParsedReport.InternalControl delegation = report.internalControls().get(6);
		assertThat(delegation.result()).isEqualTo(ControlResult.NO_DEVIATION);
		assertThat(delegation.resultLabel()).isEqualTo("Kontroll genomförd utan avvikelse");
		assertThat(report.warnings()).extracting(ParsedReport.Warning::line).doesNotContain(902);
	}

	@Test
	void recordsARiskWithoutControlAsNotPerformedWhenTheTextSaysSo() {
		ParsedReport report = parse(sample()
			.replace(816, "Uppföljning i IK-plan 2024 kan bli aktuellt.", "Kontrollen har inte genomförts under 2022.")
			.replaceIn(793,
					"Inte med som IK-moment 2022. Uppföljning i samband med IK-rapportering enligt tidigare beslut",
					"kommunstyrelsens uppsiktsplikt"));
		assertThat(report.internalControls().get(1).result()).isEqualTo(ControlResult.NOT_PERFORMED);
		assertThat(report.warnings()).extracting(ParsedReport.Warning::code).doesNotContain("CONTROL_MISSING");
	}

	@Test
	void warnsWhenTheSummaryListNamesAControlPointThatIsNotInTheReport() {
		ParsedReport report = parse(
				sample().replace(761, "Kontroll antal genomförd grundutbildning i informationssäkerhet\t",
						"Kontroll av behörigheter i ekonomisystemet\t"));
		assertThat(report.warnings()).filteredOn((w) -> w.code().equals("CONTROL_SUMMARY_MISMATCH"))
			.containsExactly(new ParsedReport.Warning(761, "CONTROL_SUMMARY_MISMATCH",
					"Control point 'Kontroll av behörigheter i ekonomisystemet' of the summary list was not found in the report"));
	}

	@Test
	void warnsWhenTheSummaryListIsShorterThanTheReport() {
		ParsedReport report = parse(
				sample().delete(760, "Granskning av delegationsbeslut mot register i leverantörsfakturasystemet\t"));
		assertThat(report.warnings()).filteredOn((w) -> w.code().equals("CONTROL_SUMMARY_MISMATCH"))
			.extracting(ParsedReport.Warning::line, ParsedReport.Warning::message)
			.containsExactly(tuple(759, "The summary list names 6 control points; 7 were read"));
	}

	private static ParsedReport.Warning warning(ParsedReport report, String code) {
		return report.warnings().stream().filter((w) -> w.code().equals(code)).findFirst().orElseThrow();
	}

}
