package se.kommunkollen.importer;

import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import se.kommunkollen.importer.bokslut.BokslutParser;
import se.kommunkollen.importer.kommunkompassen.KommunkompassenParser;
import se.kommunkollen.importer.read.SampleTexts;
import se.kommunkollen.municipality.MunicipalityDirectory;
import se.kommunkollen.report.ReportKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReportDetectorTest {

	@Test
	void handsTheTextToTheOneParserThatRecognisesIt() {
		FakeParser evaluation = new FakeParser((text) -> text.line(1).contains("Kommunkompassen"));
		FakeParser closing = new FakeParser((text) -> text.line(1).contains("Bokslut"));
		ReportDetector detector = new ReportDetector(List.of(evaluation, closing));

		SourceText text = new SourceText("b.txt", List.of("Bokslut per den 31 december"));
		assertThat(detector.parse(text)).isSameAs(closing.result);
		assertThat(closing.parsed).isSameAs(text);
		assertThat(evaluation.parsed).isNull();
	}

	@Test
	void picksTheKommunkompassenAndBokslutParsersForTheirSamplesAndNeitherForTheOthers() {
		MunicipalityDirectory municipalities = new MunicipalityDirectory();
		ReportDetector detector = new ReportDetector(
				List.of(new KommunkompassenParser(municipalities), new BokslutParser(municipalities)));
		assertThat(detector.parse(SampleTexts.load(SampleTexts.HANINGE)).meta().kind())
			.isEqualTo(ReportKind.EVALUATION);
		assertThat(detector.parse(SampleTexts.load(SampleTexts.SODERTALJE)).meta().kind())
			.isEqualTo(ReportKind.CLOSING_ACCOUNTS);
		for (String other : List.of(SampleTexts.ENKOPING, SampleTexts.ESKILSTUNA)) {
			assertThatExceptionOfType(ImportException.class).isThrownBy(() -> detector.parse(SampleTexts.load(other)))
				.withMessageContaining("unknown kind of report");
		}
	}

	@Test
	void rejectsATextNoParserRecognises() {
		ReportDetector detector = new ReportDetector(List.of(new FakeParser((text) -> false)));
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> detector.parse(new SourceText("x.txt", List.of("Protokoll"))))
			.withMessage("x.txt: unknown kind of report: expected a Kommunkompassen evaluation, a delårsrapport, "
					+ "a verksamhetsberättelse or a bokslut")
			.satisfies((ex) -> assertThat(ex.line()).isNull());
	}

	@Test
	void rejectsATextTwoParsersRecognise() {
		ReportDetector detector = new ReportDetector(
				List.of(new FakeParser((text) -> true), new FakeParser((text) -> true)));
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> detector.parse(new SourceText("x.txt", List.of("Rapport"))))
			.withMessageContaining("ambiguous");
	}

	@Test
	void rejectsAnEmptyText() {
		ReportDetector detector = new ReportDetector(List.of(new FakeParser((text) -> true)));
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> detector.parse(new SourceText("e.txt", List.of("", "  "))))
			.withMessage("e.txt: file is empty");
	}

	private static final class FakeParser implements ReportParser {

		private final Predicate<SourceText> recognises;

		private final ParsedReport result = new ParsedReport(null, List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), null, List.of());

		private SourceText parsed;

		FakeParser(Predicate<SourceText> recognises) {
			this.recognises = recognises;
		}

		@Override
		public boolean canParse(SourceText text) {
			return this.recognises.test(text);
		}

		@Override
		public ParsedReport parse(SourceText text) {
			this.parsed = text;
			return this.result;
		}

	}

}
