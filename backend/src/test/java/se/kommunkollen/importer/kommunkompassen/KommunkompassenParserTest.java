package se.kommunkollen.importer.kommunkompassen;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.SampleTexts;
import se.kommunkollen.municipality.MunicipalityDirectory;
import se.kommunkollen.report.ReportKind;

import static org.assertj.core.api.Assertions.assertThat;

class KommunkompassenParserTest {

	private static final KommunkompassenParser parser = new KommunkompassenParser(new MunicipalityDirectory());

	private static SourceText text;

	private static ParsedReport report;

	@BeforeAll
	static void parseHaninge() {
		text = SampleTexts.load(SampleTexts.HANINGE);
		report = parser.parse(text);
	}

	@Test
	void recognisesTheEvaluationOnly() {
		assertThat(parser.canParse(text)).isTrue();
		for (String other : List.of(SampleTexts.ENKOPING, SampleTexts.ESKILSTUNA, SampleTexts.SODERTALJE)) {
			assertThat(parser.canParse(SampleTexts.load(other))).as(other).isFalse();
		}
	}

	@Test
	void readsMeta() {
		ParsedReport.Meta meta = report.meta();
		assertThat(meta.municipalityName()).isEqualTo("Haninge");
		assertThat(meta.kind()).isEqualTo(ReportKind.EVALUATION);
		assertThat(meta.title()).isEqualTo("Kommunkompassen - analys av Haninge kommun 2023");
		assertThat(meta.issuer()).isEqualTo("SKR");
		assertThat(meta.issuerCode()).isEqualTo("skr");
		assertThat(meta.year()).isEqualTo(2023);
		assertThat(meta.registrationNumber()).isNull();
		assertThat(meta.lines()).isEqualTo(new ParsedReport.LineRange(SampleTexts.lineOf(text, meta.title()),
				SampleTexts.lineStartingWith(text, "Utvärderare", 1)));
	}

	@Test
	void takesThePeriodFromTheSentenceSayingWhenTheEvaluationWasMade() {
		assertThat(report.meta().periodLabel()).isEqualTo("maj 2023");
		assertThat(report.meta().periodStart()).isEqualTo(LocalDate.of(2023, 5, 1));
		assertThat(report.meta().periodEnd()).isEqualTo(LocalDate.of(2023, 5, 31));
	}

	@Test
	void readsEvaluatorsTotalAndAreaScores() {
		ParsedReport.Evaluation evaluation = report.evaluation();
		assertThat(evaluation.year()).isEqualTo(2023);
		assertThat(evaluation.evaluators()).isEqualTo("Gunnar Gidenstam, Karolina Dahlbom");
		assertThat(evaluation.totalScore()).isEqualTo(504);
		assertThat(evaluation.maxScore()).isEqualTo(800);
		assertThat(evaluation.areas()).extracting(ParsedReport.EvaluationArea::number)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
		assertThat(evaluation.areas()).extracting(ParsedReport.EvaluationArea::score)
			.containsExactly(66, 67, 66, 59, 63, 48, 72, 63);
		assertThat(evaluation.areas()).extracting(ParsedReport.EvaluationArea::maxScore).containsOnly(100);
	}

	@Test
	void namesAreasAsTheirSectionHeadingsDo() {
		assertThat(report.evaluation().areas()).extracting(ParsedReport.EvaluationArea::name)
			.containsExactly("Samspel mellan förtroendevalda och medborgare", "Samhällsutveckling",
					"Styrning och kontroll", "Effektivitet", "Brukarens fokus", "Kvalitetsutveckling", "Arbetsliv",
					"Chef- och ledarskap samt medarbetarskap");
	}

	@Test
	void readsEverySubQuestion() {
		List<ParsedReport.EvaluationArea> areas = report.evaluation().areas();
		assertThat(areas).extracting((area) -> area.questions().size()).containsExactly(5, 4, 5, 5, 5, 4, 4, 4);
		ParsedReport.Question question = areas.get(5).questions().get(2);
		assertThat(question.code()).isEqualTo("6.3");
		assertThat(question.title()).isEqualTo("Innovation och ständiga förbättringar");
		assertThat(question.score()).isEqualTo(10);
		assertThat(question.maxScore()).isEqualTo(30);
		assertThat(question.lines()).isEqualTo(ParsedReport.LineRange
			.of(SampleTexts.lineOf(text, "6.3 Innovation och ständiga förbättringar\t10\t30")));
		for (ParsedReport.EvaluationArea area : areas) {
			assertThat(area.questions().stream().mapToInt(ParsedReport.Question::score).sum())
				.as("area %d", area.number())
				.isEqualTo(area.score());
			assertThat(area.questions()).allMatch((q) -> q.code().startsWith(area.number() + "."));
		}
	}

	@Test
	void countsStrengthsAndImprovementsPerArea() {
		List<ParsedReport.EvaluationArea> areas = report.evaluation().areas();
		assertThat(areas).extracting((area) -> area.strengths().size()).containsExactly(7, 7, 6, 5, 5, 3, 6, 5);
		assertThat(areas).extracting((area) -> area.improvements().size()).containsExactly(6, 5, 5, 5, 6, 5, 4, 5);
	}

	@Test
	void readsFindingsFromRowsAndFromHtmlParagraphs() {
		ParsedReport.EvaluationArea area1 = report.evaluation().areas().get(0);
		assertThat(area1.strengths().get(0).text()).isEqualTo("Många olika kanaler för information till medborgarna");
		assertThat(area1.improvements().get(5).text())
			.isEqualTo("Enkät för förbättringar av politikernas arbetssituation");
		assertThat(area1.strengths().get(6).lines()).isEqualTo(ParsedReport.LineRange
			.of(SampleTexts.lineStartingWith(text, "Ett systematiskt arbete mot korruption", 1)));
		ParsedReport.EvaluationArea area2 = report.evaluation().areas().get(1);
		assertThat(area2.strengths()).extracting(ParsedReport.Finding::text)
			.startsWith("Programmet för social hållbarhet", "Klimat -och miljöpolitiska program");
		assertThat(area2.improvements().get(1).text())
			.isEqualTo("Prioritera och fokusera i arbetet för social hållbarhet – vilka är de största utmaningarna?");
	}

	@Test
	void splitsARunTogetherFindingsCellAndSaysSo() {
		ParsedReport.EvaluationArea area3 = report.evaluation().areas().get(2);
		assertThat(area3.strengths()).extracting(ParsedReport.Finding::text)
			.containsExactly("Ett genomtänkt och tydligt styrsystem", "Kommunövergripande värdegrund",
					"Få kommunövergripande mål med uppföljningsbara indikatorer",
					"Uppdelning mål- och kvalitetsstyrning", "Upprättande av enhetliga nämndplaner",
					"De kommunala bolagen ingår i kommundirektörens ledningsgrupp");
		assertThat(area3.improvements()).extracting(ParsedReport.Finding::text)
			.containsExactly("Skapa bättre styrkraft i den kommunövergripande visionen",
					"Stärk kontinuerlig uppföljning och analys",
					"Förtydliga kommunens gemensamma utmaningar och prioriteringar i mål och budget",
					"Arbete med att förtydliga olika roller förtroendevalda – tjänstepersoner",
					"Förtydliga kommunfullmäktiges styrning och uppföljning av bolagen");
		int line = area3.strengths().get(0).lines().start();
		assertThat(report.warnings()).filteredOn((w) -> w.code().equals("FINDINGS_SPLIT"))
			.extracting(ParsedReport.Warning::line)
			.containsExactly(line, line);
	}

	@Test
	void agreesWithThePrintedTotalAndSumsSoWarnsOnlyAboutTheSplitCell() {
		assertThat(report.warnings()).extracting(ParsedReport.Warning::code).containsOnly("FINDINGS_SPLIT");
	}

	@Test
	void areaProvenanceSpansItsSection() {
		ParsedReport.EvaluationArea area1 = report.evaluation().areas().get(0);
		int heading = SampleTexts.lineOf(text, "Område 1 Samspel mellan förtroendevalda och medborgare");
		assertThat(area1.lines().start()).isEqualTo(heading);
		assertThat(area1.lines().end())
			.isEqualTo(SampleTexts.lineStartingWith(text, "Ett systematiskt arbete mot korruption", 1));
		assertThat(report.evaluation().lines().start()).isEqualTo(report.meta().lines().start());
		assertThat(report.evaluation().lines().end()).isEqualTo(text.lineCount());
	}

	@Test
	void splitsRunTogetherItemsAtCapitalisedWordsAfterLowercaseWordsOrFootnoteMarks() {
		assertThat(FindingSplitter.split("Tydliga mål för nämnderna Gemensam värdegrund ³ Bra samverkan med skolor"))
			.containsExactly("Tydliga mål för nämnderna", "Gemensam värdegrund ³", "Bra samverkan med skolor");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Flera exempel på Södertörnsamarbete", "Samverkan med högskolor och universitet",
			"Uppföljning enligt SKR:s Insikten" })
	void doesNotSplitASingleFindingAtAProperNoun(String finding) {
		assertThat(FindingSplitter.split(finding)).containsExactly(finding);
	}

}
