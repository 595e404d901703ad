package se.kommunkollen.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kommunkollen.control.ControlResult;
import se.kommunkollen.goal.AssessmentLevel;

/**
 * Statuses a report states in a sentence rather than a table cell or symbol: "Målet anses
 * uppfyllt", "För området *Miljö* är lägesbedömningen **Ok**", "13 av 14 åtaganden är
 * klara", "Kontrollen har skett utan anmärkning". Only a sentence that plainly says it
 * counts: a negation ("inte", "ej", "ännu inte") or a question anywhere in the sentence
 * makes it say nothing. The label is the printed words.
 */
public final class StatusSentences {

	private static final Locale SWEDISH = new Locale("sv");

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}*\"”“])");

	private static final Pattern NEGATION = Pattern
		.compile("(?iu)(?<![\\p{L}])(inte|ej|icke|aldrig|ännu\\s+inte|ingen|inget|inga)(?![\\p{L}])");

	private static final Pattern EMPHASIS = Pattern.compile("[*_]+");

	private static final Pattern GOAL_MET = Pattern.compile(
			"(?iu)(?<![\\p{L}])målet\\s+(?:anses|bedöms|är|har)\\s+(?:vara\\s+|också\\s+|därmed\\s+|blivit\\s+)?(delvis\\s+)?(uppfyllt|uppnått)(?![\\p{L}])");

	private static final String AREA_NAME = "\\*{0,2}([\\p{L}][^*.:]{0,60}?)\\*{0,2}";

	private static final String LABEL = "\\*{0,2}([\\p{L}][\\p{L} ]{0,30}?)\\*{0,2}";

	/** "För området *Miljö* är lägesbedömningen **Ok**". */
	private static final Pattern AREA_FIRST = Pattern.compile("(?u)(?<![\\p{L}])[Ff]ör\\s+området\\s+" + AREA_NAME
			+ "\\s+är\\s+lägesbedömningen\\s+" + LABEL + "(?=[.,;]|\\s+(?:och|men)\\s|\\s*$)");

	/** "Lägesbedömningen för området personal är **Ok**". */
	private static final Pattern ASSESSMENT_FIRST = Pattern
		.compile("(?u)(?<![\\p{L}])[Ll]ägesbedömningen\\s+för\\s+området\\s+" + AREA_NAME + "\\s+är\\s+" + LABEL
				+ "(?=[.,;]|\\s+(?:och|men)\\s|\\s*$)");

	private static final String COUNT = NumberWords.PATTERN.replace("])(\\d", "])(?:\\d");

	private static final Pattern COMMITMENTS_DONE = Pattern.compile("(?iu)" + NumberWords.PATTERN
			+ "\\s+av\\s+(?:(?:de|våra|alla)\\s+)?(?:" + COUNT
			+ "\\s+)?åtaganden(?:a)?\\s+((?:bedöms|anses|är|har)\\s+(?:vara\\s+|blivit\\s+)?(?:klara|avslutade|genomförda|slutförda)(?:\\s+vid\\s+årets\\s+slut)?)");

	private static final Pattern COMMITMENTS_TOTAL = Pattern
		.compile("(?iu)(?:avrapporterar|redovisar|har)\\s+" + NumberWords.PATTERN + "\\s+åtaganden");

	private static final Pattern COMMITMENT_TOTAL_IN_DONE = Pattern
		.compile("(?iu)\\s+av\\s+(?:(?:de|våra|alla)\\s+)?" + NumberWords.PATTERN + "\\s+åtaganden");

	/** "… för åtagandet "X" har blivit försenade …". */
	private static final Pattern NAMED_DELAYED = Pattern.compile(
			"(?iu)åtagandet\\s+[\"”“]([^\"”“]+)[\"”“][^.]*?\\s((?:har\\s+blivit|blev|är|har\\s+varit)\\s+försena(?:de|d|t))(?![\\p{L}])");

	private static final Pattern NO_REMARK = Pattern.compile(
			"(?iu)(?<![\\p{L}])((?:kontrollen|granskningen)\\s+(?:har\\s+skett|skedde|har\\s+genomförts|genomfördes|är\\s+genomförd|visade)\\s+utan\\s+(?:anmärkning(?:ar)?|avvikelse(?:r)?))(?![\\p{L}])");

	private static final Pattern EXCLUDED = Pattern
		.compile("(?iu)(?<![\\p{L}])(inte\\s+med\\s+som\\s+IK-moment(?:\\s+\\d{4})?)");

	/** A status read from a sentence: the printed words and the normalised value. */
	public record Stated<T>(String label, T value) {
	}

	/** An area's assessment stated in running text. */
	public record AreaStatement(String area, String label, AssessmentLevel level) {
	}

	/** "13 av 14 åtaganden är klara": the done count, the total where stated. */
	public record CommitmentCount(int done, Integer total, String label) {
	}

	/** A commitment named by its text as delayed. */
	public record NamedDelay(String commitment, String label) {
	}

	private StatusSentences() {
	}

	/** "Målet anses uppfyllt" (GOOD), "Målet bedöms delvis uppnått" (PARTLY). */
	public static Optional<Stated<AssessmentLevel>> goalAssessment(String text) {
		List<Stated<AssessmentLevel>> found = new ArrayList<>();
		for (MatchResult match : plainMatches(GOAL_MET, text)) {
			found.add(new Stated<>(capitalised(match.group()),
					(match.group(1) != null) ? AssessmentLevel.PARTLY : AssessmentLevel.GOOD));
		}
		return (found.size() == 1) ? Optional.of(found.get(0)) : Optional.empty();
	}

	/**
	 * "För området *Miljö* är lägesbedömningen **Ok**" and "Lägesbedömningen för området
	 * personal är Ok", each with a label the vocabulary knows.
	 */
	public static List<AreaStatement> areaAssessments(String text) {
		List<AreaStatement> result = new ArrayList<>();
		for (Pattern pattern : List.of(AREA_FIRST, ASSESSMENT_FIRST)) {
			for (MatchResult match : plainMatches(pattern, text)) {
				String label = match.group(2).trim();
				StatusVocabulary.assessment(label)
					.filter((level) -> level != AssessmentLevel.NOT_ASSESSED)
					.ifPresent((level) -> result.add(new AreaStatement(match.group(1).trim(), label, level)));
			}
		}
		return result;
	}

	/**
	 * "Kommunstyrelsen avrapporterar 14 åtaganden … 13 av åtagandena bedöms vara klara".
	 */
	public static Optional<CommitmentCount> commitmentsDone(String text) {
		List<MatchResult> totals = plainMatches(COMMITMENTS_TOTAL, text);
		List<MatchResult> counts = plainMatches(COMMITMENTS_DONE, text);
		if (counts.size() != 1 || totals.size() > 1) {
			return Optional.empty();
		}
		MatchResult done = counts.get(0);
		Integer n = NumberWords.parse(done.group(1));
		Matcher within = COMMITMENT_TOTAL_IN_DONE.matcher(done.group());
		Integer ofTotal = within.find() ? NumberWords.parse(within.group(1)) : null;
		Integer total = totals.isEmpty() ? null : NumberWords.parse(totals.get(0).group(1));
		if (n == null || (ofTotal != null && total != null && !ofTotal.equals(total))) {
			return Optional.empty();
		}
		return Optional.of(new CommitmentCount(n, (ofTotal != null) ? ofTotal : total, done.group()));
	}

	/**
	 * "… för åtagandet "X" har blivit försenade …": the commitment named and the printed
	 * words. Negation does not void this one ("blev inte klara" only repeats it), but a
	 * question does.
	 */
	public static List<NamedDelay> namedDelays(String text) {
		List<NamedDelay> result = new ArrayList<>();
		for (String sentence : sentences(text)) {
			if (sentence.trim().endsWith("?")) {
				continue;
			}
			Matcher matcher = NAMED_DELAYED.matcher(sentence);
			while (matcher.find()) {
				String before = sentence.substring(matcher.end(1), matcher.start(2));
				if (!NEGATION.matcher(before + " " + matcher.group(2)).find()) {
					result.add(new NamedDelay(matcher.group(1).trim(), matcher.group(2)));
				}
			}
		}
		return result;
	}

	/** "Kontrollen har skett utan anmärkning" (NO_DEVIATION). */
	public static Optional<Stated<ControlResult>> controlResult(String text) {
		List<MatchResult> found = plainMatches(NO_REMARK, text);
		return (found.size() == 1)
				? Optional.of(new Stated<>(capitalised(found.get(0).group(1)), ControlResult.NO_DEVIATION))
				: Optional.empty();
	}

	/**
	 * "(Inte med som IK-moment 2022 …)": the record is not one of the year's controls.
	 */
	public static Optional<String> excludedControl(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = EXCLUDED.matcher(text);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	/**
	 * Matches in sentences (emphasis markers removed) that are no question and have no
	 * negation before the end of the match; a negation later in the sentence belongs to
	 * another clause ("Målet anses uppfyllt … även om jämförbarheten inte är möjlig").
	 */
	private static List<MatchResult> plainMatches(Pattern pattern, String text) {
		List<MatchResult> result = new ArrayList<>();
		for (String sentence : sentences(text)) {
			String plain = EMPHASIS.matcher(sentence).replaceAll("");
			if (plain.trim().endsWith("?")) {
				continue;
			}
			Matcher matcher = pattern.matcher(plain);
			while (matcher.find()) {
				if (!NEGATION.matcher(plain.substring(0, matcher.end())).find()) {
					result.add(matcher.toMatchResult());
				}
			}
		}
		return result;
	}

	private static List<String> sentences(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return List.of(SENTENCE_END.split(text.replaceAll("[\\s\\u00A0]+", " ").trim()));
	}

	private static String capitalised(String words) {
		String trimmed = words.trim();
		return trimmed.substring(0, 1).toUpperCase(SWEDISH) + trimmed.substring(1);
	}

}
