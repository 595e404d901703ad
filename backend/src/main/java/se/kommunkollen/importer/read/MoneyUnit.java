package se.kommunkollen.importer.read;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A money unit printed in a table header or title.
 *
 * @param printed as printed ("mnkr", "tkr")
 * @param kronor kronor per unit
 * @param swedishName "miljoner kronor", "tusen kronor", "kronor"
 */
public record MoneyUnit(String printed, BigDecimal kronor, String swedishName) {

	private static final Pattern UNIT = Pattern.compile(
			"(?<![\\p{L}\\p{N}])(miljarder kronor|miljoner kronor|tusen kronor|kronor|mnkr|mnr|mkr|msek|tkr|tsek|kr)(?![\\p{L}])",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final BigDecimal MILLION = new BigDecimal(1_000_000);

	private static final BigDecimal THOUSAND = new BigDecimal(1_000);

	/**
	 * Finds a unit in a header like "Intäkter / Kostnader (mnkr)", "(tkr)",
	 * "Investeringar 2023 (mnr)"; a unit in parentheses wins over one in running text.
	 */
	public static Optional<MoneyUnit> find(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = UNIT.matcher(text);
		MoneyUnit first = null;
		while (matcher.find()) {
			MoneyUnit unit = of(matcher.group(1));
			boolean inParentheses = matcher.start() > 0 && text.charAt(matcher.start() - 1) == '('
					&& matcher.end() < text.length() && text.charAt(matcher.end()) == ')';
			if (inParentheses) {
				return Optional.of(unit);
			}
			if (first == null) {
				first = unit;
			}
		}
		return Optional.ofNullable(first);
	}

	private static MoneyUnit of(String printed) {
		switch (printed.toLowerCase(java.util.Locale.ROOT)) {
			case "miljarder kronor":
				return new MoneyUnit(printed, MILLION.multiply(THOUSAND), "miljarder kronor");
			case "miljoner kronor":
			case "mnkr":
			case "mnr":
			case "mkr":
			case "msek":
				return new MoneyUnit(printed, MILLION, "miljoner kronor");
			case "tusen kronor":
			case "tkr":
			case "tsek":
				return new MoneyUnit(printed, THOUSAND, "tusen kronor");
			default:
				return new MoneyUnit(printed, BigDecimal.ONE, "kronor");
		}
	}

}
