package se.kommunkollen.importer.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.kommunkollen.control.ControlResult;
import se.kommunkollen.goal.AssessmentLevel;

import static org.assertj.core.api.Assertions.assertThat;

class StatusSentencesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Målet anses uppfyllt då antalet förstahandssökande fyller i stort samtliga utbildningar även om jämförbarheten inte är möjlig då utbildningarna har förändrats över tiden. | Målet anses uppfyllt | GOOD
					Målet bedöms vara uppnått.                                     | Målet bedöms vara uppnått       | GOOD
					Kommentar; målet är uppfyllt.                                  | Målet är uppfyllt               | GOOD
					Målet anses delvis uppfyllt eftersom två av tre delar är klara. | Målet anses delvis uppfyllt    | PARTLY
					*Målet anses uppfyllt.*                                        | Målet anses uppfyllt            | GOOD
					""")
	void readsAGoalAssessmentSentence(String text, String label, AssessmentLevel level) {
		assertThat(StatusSentences.goalAssessment(text)).hasValue(new StatusSentences.Stated<>(label, level));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Målet anses inte uppfyllt.", "Målet anses ännu inte uppfyllt.", "Målet är ej uppnått.",
			"Är målet uppfyllt?", "Kan målet anses uppfyllt?", "Det går inte att säga om målet anses uppfyllt.",
			"Målet anses uppfyllt. Målet anses delvis uppfyllt.", "Delmålet har följts upp.",
			"Målet har inte följts upp." })
	void saysNothingOfAGoalUnlessASentencePlainlyStatesIt(String text) {
		assertThat(StatusSentences.goalAssessment(text)).isEmpty();
	}

	@Test
	void readsTheAreaAssessmentsOfSodertaljesSummaryParagraph() {
		String line = "Den sammanfattande lägesbedömningen av kommunfullmäktiges mål inom området *Hänsyn och respekt* "
				+ "visar läget **Har brister**. För området *Miljö* är lägesbedömningen **Ok** och för området "
				+ "*Näringsliv* **Ok**. Lägesbedömningen sammantaget för verksamhetsmålen är **Ok**.";
		assertThat(StatusSentences.areaAssessments(line))
			.containsExactly(new StatusSentences.AreaStatement("Miljö", "Ok", AssessmentLevel.PARTLY));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Lägesbedömningen för området personal är **Ok**                  | personal        | Ok           | PARTLY
			Lägesbedömningen för området ekonomi är **Bra**.                 | ekonomi         | Bra          | GOOD
			För området Hållbart samhälle är lägesbedömningen Har brister.  | Hållbart samhälle | Har brister | POOR
			""")
	void readsRewordedAreaAssessments(String text, String area, String label, AssessmentLevel level) {
		assertThat(StatusSentences.areaAssessments(text))
			.containsExactly(new StatusSentences.AreaStatement(area, label, level));
	}

	@ParameterizedTest
	@ValueSource(strings = { "För området Miljö är lägesbedömningen inte Ok.",
			"Är lägesbedömningen för området Miljö Ok?", "För området Miljö är lägesbedömningen ännu inte gjord.",
			"För området Miljö är lägesbedömningen Ej bedömd.",
			"För området Miljö är lägesbedömningen svår att göra." })
	void readsNoAreaAssessmentFromNegatedOrUnclearSentences(String text) {
		assertThat(StatusSentences.areaAssessments(text)).isEmpty();
	}

	@Test
	void readsEskilstunasCommitmentCount() {
		String line = "Kommunstyrelsen avrapporterar 14 åtaganden under 2022. 13 av åtagandena bedöms vara klara vid årets slut.";
		assertThat(StatusSentences.commitmentsDone(line))
			.hasValue(new StatusSentences.CommitmentCount(13, 14, "13 av åtagandena bedöms vara klara vid årets slut"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					13 av 14 åtaganden är klara.                             | 13 | 14 | 13 av 14 åtaganden är klara
					Tolv av de fjorton åtagandena är avslutade vid årets slut. | 12 | 14 | Tolv av de fjorton åtagandena är avslutade vid årets slut
					Nämnden redovisar 9 åtaganden. Sju av åtagandena har blivit genomförda. | 7 | 9 | Sju av åtagandena har blivit genomförda
					""")
	void readsRewordedCommitmentCounts(String text, int done, int total, String label) {
		assertThat(StatusSentences.commitmentsDone(text))
			.hasValue(new StatusSentences.CommitmentCount(done, total, label));
	}

	@ParameterizedTest
	@ValueSource(strings = { "13 av 14 åtaganden är inte klara.", "13 av 14 åtaganden är ännu inte klara.",
			"Är 13 av 14 åtaganden klara?", "13 av 15 åtaganden är klara. Vi redovisar 14 åtaganden.",
			"Kommunstyrelsen avrapporterar 14 åtaganden under 2022." })
	void readsNoCommitmentCountFromNegatedQuestionedOrContradictorySentences(String text) {
		assertThat(StatusSentences.commitmentsDone(text)).isEmpty();
	}

	@Test
	void readsTheCommitmentEskilstunaNamesAsDelayed() {
		String line = "Vissa av de planerade aktiviteterna för åtagandet \"Verkställa planerna för digital transformation "
				+ "inom områdena för individanpassad välfärd\" har blivit försenade och blev inte klara under verksamhetsåret.";
		assertThat(StatusSentences.namedDelays(line)).containsExactly(new StatusSentences.NamedDelay(
				"Verkställa planerna för digital transformation inom områdena för individanpassad välfärd",
				"har blivit försenade"));
		assertThat(StatusSentences.namedDelays("Åtagandet ”Bygga skolor” blev försenat."))
			.containsExactly(new StatusSentences.NamedDelay("Bygga skolor", "blev försenat"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Åtagandet \"Bygga skolor\" har inte blivit försenat.",
			"Har åtagandet \"Bygga skolor\" blivit försenat?", "Åtagandet \"Bygga skolor\" är klart." })
	void namesNoDelayWhereTheSentenceDoesNotSayIt(String text) {
		assertThat(StatusSentences.namedDelays(text)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Kontrollen säkerställer att det stämmer. Kontrollen har skett utan anmärkning. | Kontrollen har skett utan anmärkning
					Granskningen genomfördes utan anmärkningar.                                   | Granskningen genomfördes utan anmärkningar
					Kontrollen visade utan avvikelser att rutinen följs.                          | Kontrollen visade utan avvikelser
					""")
	void readsAControlWithoutRemark(String text, String label) {
		assertThat(StatusSentences.controlResult(text))
			.hasValue(new StatusSentences.Stated<>(label, ControlResult.NO_DEVIATION));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Kontrollen har inte skett utan anmärkning.", "Har kontrollen skett utan anmärkning?",
			"Kontrollen har ännu inte skett.", "Kontrollen har skett med anmärkning." })
	void readsNoControlResultFromNegatedOrOtherSentences(String text) {
		assertThat(StatusSentences.controlResult(text)).isEmpty();
	}

	@Test
	void recognisesARecordTheReportExcludesFromTheYear() {
		assertThat(StatusSentences.excludedControl(
				"… välgrundade. (Inte med som IK-moment 2022. Uppföljning i samband med IK-rapportering enligt tidigare beslut)"))
			.hasValue("Inte med som IK-moment 2022");
		assertThat(StatusSentences.excludedControl("Kontrollmomentet är med som IK-moment 2022.")).isEmpty();
	}

}
