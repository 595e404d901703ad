package se.kommunkollen.importer.read;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as Swedish reports print them: decimal comma or point, spaces (also no-break
 * spaces) as thousands separators, a sign that may stand apart from the digits, an
 * optional percent sign.
 */
public final class SwedishNumbers {

	private static final String SPACE = "[ \\u00A0\\u202F\\u2009]";

	private static final Pattern NUMBER = Pattern.compile("([+\\-\\u2212\\u2013])?" + SPACE + "*(\\d{1,3}(?:" + SPACE
			+ "\\d{3})+|\\d+)(?:[.,](\\d+))?" + SPACE + "*%?");

	private SwedishNumbers() {
	}

	/**
	 * Reads "237,2", "3.1%", "1 155", "283 116", "-211,2", "- 2 036", "+ 16 389", "−5",
	 * "7,6 %", "100.0%".
	 * @return null for an empty or blank cell
	 * @throws NumberFormatException quoting the text when it is not a number
	 */
	public static BigDecimal parse(String cell) {
		String text = trim(cell);
		if (text.isEmpty()) {
			return null;
		}
		Matcher matcher = NUMBER.matcher(text);
		if (!matcher.matches()) {
			throw new NumberFormatException("'" + cell + "' is not a number");
		}
		String sign = matcher.group(1);
		String integer = matcher.group(2).replaceAll(SPACE, "");
		String fraction = matcher.group(3);
		String plain = ((sign != null && !sign.equals("+")) ? "-" : "") + integer
				+ ((fraction != null) ? "." + fraction : "");
		return new BigDecimal(plain);
	}

	/** Whether {@link #parse(String)} would return a value. */
	public static boolean isNumber(String cell) {
		String text = trim(cell);
		return !text.isEmpty() && NUMBER.matcher(text).matches();
	}

	/** Whether the cell text ends with a percent sign. */
	public static boolean isPercent(String cell) {
		return trim(cell).endsWith("%");
	}

	/** Number of decimals as printed ("237,2" has 1); 0 for an integer. */
	public static int decimals(String cell) {
		BigDecimal value = parse(cell);
		return (value != null) ? Math.max(value.scale(), 0) : 0;
	}

	static String trim(String text) {
		if (text == null) {
			return "";
		}
		return text.replaceAll("^[\\s\\u00A0\\u202F\\u2009]+|[\\s\\u00A0\\u202F\\u2009]+$", "");
	}

}
