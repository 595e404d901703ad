package se.kommunkollen.importer.read;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import se.kommunkollen.commitment.CommitmentStatus;
import se.kommunkollen.control.ControlResult;
import se.kommunkollen.goal.AssessmentLevel;

/**
 * The words municipalities print for a status, mapped to one scale. Phrases are tried in
 * order, so a negated or partial phrase ("ej på rätt väg", "delvis uppnå") is matched
 * before the phrase it contains ("på rätt väg", "uppnå").
 */
public final class StatusVocabulary {

	private static final Pattern MARKUP = Pattern.compile("<[^>]*>");

	private static final Pattern SYMBOLS = Pattern.compile("[*●■□▪▫◆◇○◯•✓✔✗✘►▶▲▼⬤\\u25A0-\\u25FF\\u2600-\\u27BF]");

	private static final Pattern EDGES = Pattern.compile("^[\\s\\u00A0\\u202F:;,.\\-–]+|[\\s\\u00A0\\u202F:;,\\-–]+$");

	private static final Map<String, AssessmentLevel> ASSESSMENT_WORDS = new LinkedHashMap<>();

	private static final Map<String, AssessmentLevel> ASSESSMENT_PHRASES = new LinkedHashMap<>();

	private static final Map<String, CommitmentStatus> COMMITMENT_PHRASES = new LinkedHashMap<>();

	private static final Map<String, ControlResult> CONTROL_PHRASES = new LinkedHashMap<>();

	static {
		// Short labels that are only a status when they are the whole label.
		ASSESSMENT_WORDS.put("bra", AssessmentLevel.GOOD);
		ASSESSMENT_WORDS.put("god", AssessmentLevel.GOOD);
		ASSESSMENT_WORDS.put("uppfyllt", AssessmentLevel.GOOD);
		ASSESSMENT_WORDS.put("uppnått", AssessmentLevel.GOOD);
		ASSESSMENT_WORDS.put("ok", AssessmentLevel.PARTLY);
		ASSESSMENT_WORDS.put("delvis", AssessmentLevel.PARTLY);
		ASSESSMENT_WORDS.put("delvis uppfyllt", AssessmentLevel.PARTLY);
		ASSESSMENT_WORDS.put("delvis uppnått", AssessmentLevel.PARTLY);
		ASSESSMENT_WORDS.put("ej uppfyllt", AssessmentLevel.POOR);
		ASSESSMENT_WORDS.put("inte uppfyllt", AssessmentLevel.POOR);
		ASSESSMENT_WORDS.put("ej uppnått", AssessmentLevel.POOR);
		ASSESSMENT_WORDS.put("inte uppnått", AssessmentLevel.POOR);

		ASSESSMENT_PHRASES.put("ej bedömd", AssessmentLevel.NOT_ASSESSED);
		ASSESSMENT_PHRASES.put("inte bedömd", AssessmentLevel.NOT_ASSESSED);
		ASSESSMENT_PHRASES.put("ej aktuell", AssessmentLevel.NOT_ASSESSED);
		ASSESSMENT_PHRASES.put("följs upp senare", AssessmentLevel.NOT_ASSESSED);
		ASSESSMENT_PHRASES.put("ej på rätt väg", AssessmentLevel.POOR);
		ASSESSMENT_PHRASES.put("inte på rätt väg", AssessmentLevel.POOR);
		ASSESSMENT_PHRASES.put("ej uppnå*", AssessmentLevel.POOR);
		ASSESSMENT_PHRASES.put("inte uppnå*", AssessmentLevel.POOR);
		ASSESSMENT_PHRASES.put("ej uppfyll*", AssessmentLevel.POOR);
		ASSESSMENT_PHRASES.put("inte uppfyll*", AssessmentLevel.POOR);
		ASSESSMENT_PHRASES.put("uppfylls inte", AssessmentLevel.POOR);
		ASSESSMENT_PHRASES.put("uppfylls ej", AssessmentLevel.POOR);
		ASSESSMENT_PHRASES.put("har brister", AssessmentLevel.POOR);
		ASSESSMENT_PHRASES.put("delvis på rätt väg", AssessmentLevel.PARTLY);
		ASSESSMENT_PHRASES.put("delvis uppnå*", AssessmentLevel.PARTLY);
		ASSESSMENT_PHRASES.put("delvis uppfyll*", AssessmentLevel.PARTLY);
		ASSESSMENT_PHRASES.put("på rätt väg", AssessmentLevel.GOOD);
		ASSESSMENT_PHRASES.put("uppnår resultatmålen", AssessmentLevel.GOOD);
		ASSESSMENT_PHRASES.put("uppnå resultatmålen", AssessmentLevel.GOOD);
		ASSESSMENT_PHRASES.put("uppfyller", AssessmentLevel.GOOD);
		ASSESSMENT_PHRASES.put("uppfylla resultatmålen", AssessmentLevel.GOOD);

		COMMITMENT_PHRASES.put("avslutad utan genomförande", CommitmentStatus.CANCELLED);
		COMMITMENT_PHRASES.put("avbrut*", CommitmentStatus.CANCELLED);
		COMMITMENT_PHRASES.put("ej påbörjad", CommitmentStatus.NOT_STARTED);
		COMMITMENT_PHRASES.put("inte påbörjad", CommitmentStatus.NOT_STARTED);
		// a negated "done" is no known status
		COMMITMENT_PHRASES.put("ej genomförd", null);
		COMMITMENT_PHRASES.put("inte genomförd", null);
		COMMITMENT_PHRASES.put("ej utförd", null);
		COMMITMENT_PHRASES.put("inte utförd", null);
		COMMITMENT_PHRASES.put("ej klar", null);
		COMMITMENT_PHRASES.put("inte klar", null);
		COMMITMENT_PHRASES.put("delvis utförd", CommitmentStatus.IN_PROGRESS);
		COMMITMENT_PHRASES.put("delvis genomförd", CommitmentStatus.IN_PROGRESS);
		COMMITMENT_PHRASES.put("pågår", CommitmentStatus.IN_PROGRESS);
		COMMITMENT_PHRASES.put("pågående", CommitmentStatus.IN_PROGRESS);
		COMMITMENT_PHRASES.put("påbörjad", CommitmentStatus.IN_PROGRESS);
		COMMITMENT_PHRASES.put("försenad", CommitmentStatus.DELAYED);
		COMMITMENT_PHRASES.put("försenat", CommitmentStatus.DELAYED);
		COMMITMENT_PHRASES.put("klart", CommitmentStatus.DONE);
		COMMITMENT_PHRASES.put("klar", CommitmentStatus.DONE);
		COMMITMENT_PHRASES.put("avslutat", CommitmentStatus.DONE);
		COMMITMENT_PHRASES.put("avslutad", CommitmentStatus.DONE);
		COMMITMENT_PHRASES.put("utförd", CommitmentStatus.DONE);
		COMMITMENT_PHRASES.put("utfört", CommitmentStatus.DONE);
		COMMITMENT_PHRASES.put("genomförd", CommitmentStatus.DONE);
		COMMITMENT_PHRASES.put("genomfört", CommitmentStatus.DONE);

		CONTROL_PHRASES.put("ej genomförd", ControlResult.NOT_PERFORMED);
		CONTROL_PHRASES.put("inte genomförd", ControlResult.NOT_PERFORMED);
		CONTROL_PHRASES.put("ej utförd", ControlResult.NOT_PERFORMED);
		CONTROL_PHRASES.put("utan avvikelse*", ControlResult.NO_DEVIATION);
		CONTROL_PHRASES.put("mindre avvikelse*", ControlResult.MINOR_DEVIATION);
		CONTROL_PHRASES.put("väsentlig avvikelse*", ControlResult.MAJOR_DEVIATION);
		CONTROL_PHRASES.put("väsentliga avvikelse*", ControlResult.MAJOR_DEVIATION);
		CONTROL_PHRASES.put("större avvikelse*", ControlResult.MAJOR_DEVIATION);
		CONTROL_PHRASES.put("med avvikelse*", ControlResult.MAJOR_DEVIATION);
	}

	private StatusVocabulary() {
	}

	/**
	 * @return the normalised assessment, or empty when the label is unknown (the caller
	 * warns UNKNOWN_STATUS_LABEL and stores UNKNOWN)
	 */
	public static Optional<AssessmentLevel> assessment(String label) {
		String text = normalised(label);
		if (text == null) {
			return Optional.empty();
		}
		AssessmentLevel word = ASSESSMENT_WORDS.get(text);
		if (word != null) {
			return Optional.of(word);
		}
		return firstPhrase(text, ASSESSMENT_PHRASES);
	}

	public static Optional<CommitmentStatus> commitmentStatus(String label) {
		String text = normalised(label);
		return (text != null) ? firstPhrase(text, COMMITMENT_PHRASES) : Optional.empty();
	}

	public static Optional<ControlResult> controlResult(String label) {
		String text = normalised(label);
		return (text != null) ? firstPhrase(text, CONTROL_PHRASES) : Optional.empty();
	}

	/**
	 * The label without symbols, markup and surrounding whitespace ("■ Kontroll genomförd
	 * utan avvikelse" gives "Kontroll genomförd utan avvikelse").
	 * @return null when nothing is left
	 */
	public static String cleanLabel(String raw) {
		if (raw == null) {
			return null;
		}
		String text = MARKUP.matcher(raw).replaceAll(" ");
		text = SYMBOLS.matcher(text).replaceAll(" ");
		text = text.replaceAll("[\\s\\u00A0\\u202F]+", " ");
		text = EDGES.matcher(text).replaceAll("");
		return text.isEmpty() ? null : text;
	}

	private static String normalised(String label) {
		String clean = cleanLabel(label);
		if (clean == null) {
			return null;
		}
		return clean.toLowerCase(new Locale("sv")).replaceAll("[.!]+$", "").trim();
	}

	private static <T> Optional<T> firstPhrase(String text, Map<String, T> phrases) {
		for (Map.Entry<String, T> entry : phrases.entrySet()) {
			if (containsWords(text, entry.getKey())) {
				return Optional.ofNullable(entry.getValue());
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether the phrase occurs in the text at word boundaries; a phrase ending in "*" is
	 * a stem ("avvikelse*" also matches "avvikelser").
	 */
	private static boolean containsWords(String text, String phrase) {
		boolean stem = phrase.endsWith("*");
		String words = stem ? phrase.substring(0, phrase.length() - 1) : phrase;
		String regex = "(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + (stem ? "" : "(?![\\p{L}\\p{N}])");
		return Pattern.compile(regex).matcher(text).find();
	}

}
