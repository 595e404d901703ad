package se.kommunkollen.importer.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.kommunkollen.commitment.CommitmentStatus;
import se.kommunkollen.control.ControlResult;
import se.kommunkollen.goal.AssessmentLevel;

import static org.assertj.core.api.Assertions.assertThat;

class StatusVocabularyTest {

	/**
	 * Every assessment label printed in the four samples, as printed, and the ones of the
	 * contract.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			' På rätt väg'                                          | GOOD
			● På rätt väg                                           | GOOD
			' Delvis på rätt väg'                                   | PARTLY
			Ej på rätt väg                                          | POOR
			Inte på rätt väg                                        | POOR
			Processområdet bedöms uppnå resultatmålen.              | GOOD
			Processområdet bedöms delvis uppnå resultatmålen.       | PARTLY
			Processområdet bedöms ej uppnå resultatmålen.           | POOR
			uppnår resultatmålen                                    | GOOD
			Processmålet bedöms uppfylla resultatmålen.             | GOOD
			Processmålet bedöms delvis uppfylla resultatmålen.      | PARTLY
			Processmålet bedöms ej uppfylla resultatmålen.          | POOR
			Målet uppfylls inte                                     | POOR
			uppfyller                                               | GOOD
			Uppfyllt                                                | GOOD
			Ej uppfyllt                                             | POOR
			Bra                                                     | GOOD
			Ok                                                      | PARTLY
			*Ok*                                                    | PARTLY
			Har brister                                             | POOR
			*Har brister*                                           | POOR
			**Har Brister**                                         | POOR
			<i>Har brister</i>                                      | POOR
			✓ Bra                                                   | GOOD
			■ Ok                                                    | PARTLY
			Ej bedömd                                               | NOT_ASSESSED
			Ej aktuell                                              | NOT_ASSESSED
			Målet följs upp senare                                  | NOT_ASSESSED
			""")
	void mapsAssessmentLabels(String label, AssessmentLevel expected) {
		assertThat(StatusVocabulary.assessment(label)).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Grönt", "Okänd", "Brandskydd", "", "  ", "●", "Bra jobbat i år" })
	void leavesUnknownAssessmentLabelsEmpty(String label) {
		assertThat(StatusVocabulary.assessment(label)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Klart, avslutat               | DONE
			Klar                          | DONE
			Utförd                        | DONE
			Genomförd                     | DONE
			Delvis utförd                 | IN_PROGRESS
			Pågår                         | IN_PROGRESS
			Pågående                      | IN_PROGRESS
			Försenat                      | DELAYED
			Ej påbörjad                   | NOT_STARTED
			Avbruten                      | CANCELLED
			Avslutad utan genomförande    | CANCELLED
			✓ Klart, avslutat             | DONE
			""")
	void mapsCommitmentStatusLabels(String label, CommitmentStatus expected) {
		assertThat(StatusVocabulary.commitmentStatus(label)).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ej genomförd", "Inte klar", "Grönt", "" })
	void leavesNegatedOrUnknownCommitmentLabelsEmpty(String label) {
		assertThat(StatusVocabulary.commitmentStatus(label)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			■ Kontroll genomförd utan avvikelse</p>         | NO_DEVIATION
			Kontroll genomförd utan avvikelser</p>          | NO_DEVIATION
			■ Kontroll genomförd med mindre avvikelse</p>   | MINOR_DEVIATION
			Kontroll genomförd med mindre avvikelser        | MINOR_DEVIATION
			Kontroll genomförd med avvikelse                | MAJOR_DEVIATION
			Kontroll genomförd med avvikelser               | MAJOR_DEVIATION
			Väsentlig avvikelse                             | MAJOR_DEVIATION
			■ Kontroll ej genomförd</p>                     | NOT_PERFORMED
			Ej genomförd                                    | NOT_PERFORMED
			""")
	void mapsControlResultLabels(String label, ControlResult expected) {
		assertThat(StatusVocabulary.controlResult(label)).contains(expected);
	}

	@Test
	void cleansSymbolsMarkupAndWhitespaceFromLabels() {
		assertThat(StatusVocabulary.cleanLabel("■ Kontroll genomförd utan avvikelse"))
			.isEqualTo("Kontroll genomförd utan avvikelse");
		assertThat(StatusVocabulary.cleanLabel("<p>■ Kontroll ej genomförd</p>")).isEqualTo("Kontroll ej genomförd");
		assertThat(StatusVocabulary.cleanLabel(" **Har  Brister** ")).isEqualTo("Har Brister");
		assertThat(StatusVocabulary.cleanLabel("\u00A0● På rätt väg")).isEqualTo("På rätt väg");
		assertThat(StatusVocabulary.cleanLabel("Klart, avslutat")).isEqualTo("Klart, avslutat");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "●", "<p></p>", "**", "✓\t" })
	void cleanLabelOfNothingIsNull(String raw) {
		assertThat(StatusVocabulary.cleanLabel(raw)).isNull();
	}

}
