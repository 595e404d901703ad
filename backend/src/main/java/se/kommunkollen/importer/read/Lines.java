package se.kommunkollen.importer.read;

import java.util.regex.Pattern;

import se.kommunkollen.importer.SourceText;

/**
 * The shape of single lines of extracted text: blank lines, table lines, headings.
 */
public final class Lines {

	private static final Pattern EDGE_SPACE = Pattern
		.compile("^[\\s\\u00A0\\u202F\\u2009]+|[\\s\\u00A0\\u202F\\u2009]+$");

	private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\s+\\p{Lu}.*");

	private static final int HEADING_MAX_LENGTH = 100;

	private static final int NUMBERED_HEADING_MAX_LENGTH = 200;

	private Lines() {
	}

	public static String trim(String text) {
		return (text != null) ? EDGE_SPACE.matcher(text).replaceAll("") : "";
	}

	/**
	 * Empty or only spaces; a line with a tab is a (possibly empty) table row, not blank.
	 */
	public static boolean isBlank(String line) {
		return !hasTab(line) && trim(line).isEmpty();
	}

	public static boolean hasTab(String line) {
		return line.indexOf('\t') >= 0;
	}

	/** "7.1 Resultaträkning", "10 Internkontroll". */
	public static boolean isNumberedHeading(String line) {
		String text = trim(line);
		return !hasTab(line) && text.length() <= NUMBERED_HEADING_MAX_LENGTH
				&& NUMBERED_HEADING.matcher(text).matches();
	}

	/**
	 * A short line that does not read as a sentence: no tab, no closing punctuation, not
	 * a list item or markup ("Risk - Säkerhet", "Demokrati", "KLK som egen förvaltning").
	 */
	public static boolean isHeadingLike(String line) {
		if (hasTab(line)) {
			return false;
		}
		String text = trim(line);
		if (text.isEmpty() || text.length() > HEADING_MAX_LENGTH) {
			return false;
		}
		char first = text.charAt(0);
		char last = text.charAt(text.length() - 1);
		return ".:;,!?)".indexOf(last) < 0 && "-–•<*".indexOf(first) < 0;
	}

	/**
	 * @return the number of the first non-blank line at or after {@code from}, or -1
	 */
	public static int nextNonBlank(SourceText text, int from) {
		for (int number = Math.max(from, 1); number <= text.lineCount(); number++) {
			if (!isBlank(text.line(number))) {
				return number;
			}
		}
		return -1;
	}

	/**
	 * @return the number of the last non-blank line at or before {@code from}, or -1
	 */
	public static int previousNonBlank(SourceText text, int from) {
		for (int number = Math.min(from, text.lineCount()); number >= 1; number--) {
			if (!isBlank(text.line(number))) {
				return number;
			}
		}
		return -1;
	}

}
