package se.kommunkollen.importer.read;

import java.util.List;
import java.util.Locale;

/** Small counts as summaries write them: "8", "fyra", "sju". */
public final class NumberWords {

	private static final List<String> WORDS = List.of("noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta",
			"nio", "tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton",
			"tjugo");

	/** Regex alternative matching a count in digits or words. */
	public static final String PATTERN = "(?<![\\p{L}\\p{N}])(\\d{1,3}|" + String.join("|", WORDS) + "|ett|inga|ingen)";

	private NumberWords() {
	}

	/**
	 * @return the count, or null when the text is no count
	 */
	public static Integer parse(String text) {
		String word = text.trim().toLowerCase(new Locale("sv"));
		if (word.matches("\\d{1,3}")) {
			return Integer.valueOf(word);
		}
		if (word.equals("ett")) {
			return 1;
		}
		if (word.equals("inga") || word.equals("ingen")) {
			return 0;
		}
		int index = WORDS.indexOf(word);
		return (index >= 0) ? index : null;
	}

}
