package se.kommunkollen.importer.kommunkompassen;

import org.junit.jupiter.api.Test;

import se.kommunkollen.importer.ImportException;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.SampleTexts;
import se.kommunkollen.importer.read.TextEdits;
import se.kommunkollen.municipality.MunicipalityDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The parser on texts derived from the sample: another municipality, other scores,
 * damaged tables.
 */
class KommunkompassenVariantsTest {

	private static final String QUESTION_6_3 = "6.3 Innovation och ständiga förbättringar\t10\t30";

	private final KommunkompassenParser parser = new KommunkompassenParser(new MunicipalityDirectory());

	private final SourceText sample = SampleTexts.load(SampleTexts.HANINGE);

	@Test
	void readsAnotherMunicipalityWithOtherScores() {
		SourceText text = TextEdits.of(this.sample, "kommunkompassen-lulea.txt")
			.everyLine((line) -> line.replace("Haninge", "Luleå")
				.replace(" maj år 2023", " oktober år 2021")
				.replace("kommun 2023", "kommun 2021"))
			.replaceLine("6.3 Innovation och ständiga förbättringar\t10\t30",
					"6.3 Innovation och ständiga förbättringar\t22\t30")
			.replaceLine("\t48\t100", "\t60\t100")
			.replaceLine(lineAfter("Område 6 Kvalitetsutveckling", "<ul"),
					lineAfter("Område 6 Kvalitetsutveckling", "<ul").replace("\t48", "\t60"))
			.everyLine(
					(line) -> line.replace("kommunkompassresultat på 504 poäng", "kommunkompassresultat på 516 poäng"))
			.text();
		ParsedReport report = this.parser.parse(text);
		assertThat(report.meta().municipalityName()).isEqualTo("Luleå");
		assertThat(report.meta().year()).isEqualTo(2021);
		assertThat(report.meta().periodLabel()).isEqualTo("oktober 2021");
		assertThat(report.evaluation().totalScore()).isEqualTo(516);
		assertThat(report.evaluation().areas().get(5).score()).isEqualTo(60);
		assertThat(report.evaluation().areas().get(5).questions().get(2).score()).isEqualTo(22);
		assertThat(report.warnings()).extracting(ParsedReport.Warning::code).containsOnly("FINDINGS_SPLIT");
	}

	@Test
	void warnsWhenASubQuestionRowIsMissing() {
		SourceText text = TextEdits.of(this.sample, "missing-question.txt").removeLine(QUESTION_6_3).text();
		ParsedReport report = this.parser.parse(text);
		ParsedReport.EvaluationArea area6 = report.evaluation().areas().get(5);
		assertThat(area6.questions()).extracting(ParsedReport.Question::code).containsExactly("6.1", "6.2", "6.4");
		assertThat(area6.score()).isEqualTo(48);
		int sumLine = SampleTexts.lineOf(text, "\t48\t100");
		assertThat(report.warnings()).filteredOn((w) -> w.code().equals("QUESTION_SUM_MISMATCH"))
			.extracting(ParsedReport.Warning::line, ParsedReport.Warning::message)
			.containsExactly(
					org.assertj.core.api.Assertions.tuple(sumLine,
							"Area 6: the sub-questions add up to 38 points but the table prints 48"),
					org.assertj.core.api.Assertions.tuple(sumLine,
							"Area 6: the sub-questions' maxima add up to 70 but the table prints 100"));
	}

	@Test
	void warnsWhenTheOverviewDisagreesWithTheAreaSection() {
		SourceText text = TextEdits.of(this.sample, "other-area-score.txt")
			.replaceLine(lineAfter("Område 4 Effektivitet", "<ul"),
					lineAfter("Område 4 Effektivitet", "<ul").replace("\t59", "\t61"))
			.text();
		ParsedReport report = this.parser.parse(text);
		assertThat(report.evaluation().areas().get(3).score()).isEqualTo(61);
		assertThat(report.warnings()).extracting(ParsedReport.Warning::code)
			.contains("AREA_SCORE_MISMATCH", "TOTAL_SCORE_MISMATCH");
		assertThat(report.evaluation().totalScore()).isEqualTo(506);
	}

	@Test
	void rejectsATruncatedOverviewTableNamingTheLine() {
		SourceText text = TextEdits.of(this.sample, "truncated.txt")
			.cutAt(QUESTION_6_3, "6.3 Innovation och ständiga förbättringar\t10")
			.text();
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> this.parser.parse(text))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(text.lineCount()))
			.withMessageContaining("truncated");
	}

	@Test
	void rejectsAScoreThatIsNotANumber() {
		SourceText text = TextEdits.of(this.sample, "bad-score.txt")
			.replaceLine(QUESTION_6_3, "6.3 Innovation och ständiga förbättringar\t1x\t30")
			.text();
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> this.parser.parse(text))
			.withMessageEndingWith("column 'Uppnått': '1x' is not a number");
	}

	private String lineAfter(String heading, String prefix) {
		return this.sample
			.line(SampleTexts.lineStartingWith(this.sample, prefix, SampleTexts.lineOf(this.sample, heading)));
	}

}
