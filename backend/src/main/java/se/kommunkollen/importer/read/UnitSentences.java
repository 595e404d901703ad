package se.kommunkollen.importer.read;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;

/**
 * The unit of a table that prints none, fixed by the report's own words: a line of
 * running text that repeats one of the table's printed sums with a money unit
 * ("Kommunstyrelsens totala intäkter för 2022 uppgick till 530,1 miljoner kronor" for
 * "Summa INTÄKTER 530,1"). The number must be printed with the same digits and decimals
 * (the sign may differ: costs are printed negative in tables and positive in text) and
 * have at least three digits, so that a small number does not match by chance. When the
 * matching lines name different units, none is taken.
 */
public final class UnitSentences {

	private static final Pattern AMOUNT = Pattern
		.compile("(?<![\\d,.])([+\\-−]?\\s?\\d{1,3}(?:[  ]\\d{3})+(?:,\\d+)?|[+\\-−]?\\d+(?:,\\d+)?)\\s+"
				+ "(miljoner kronor|miljarder kronor|tusen kronor|kronor|mnkr|mnr|mkr|msek|tkr|tsek|kr)(?![\\p{L}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final int MIN_DIGITS = 3;

	private UnitSentences() {
	}

	/**
	 * @param unit as the sentence prints it ("miljoner kronor")
	 * @param line the line of the sentence with the longest matching number, the nearest
	 * to the table among equals
	 */
	public record Evidence(String unit, int line) {
	}

	public static Optional<Evidence> find(SourceText text, ParsedReport.Statement statement) {
		Set<BigDecimal> sums = new HashSet<>();
		for (ParsedReport.Row row : statement.rows()) {
			if (!row.sum()) {
				continue;
			}
			for (String printed : row.printed()) {
				if (printed != null && SwedishNumbers.isNumber(printed) && !SwedishNumbers.isPercent(printed)
						&& digits(printed) >= MIN_DIGITS) {
					sums.add(SwedishNumbers.parse(printed).abs());
				}
			}
		}
		if (sums.isEmpty()) {
			return Optional.empty();
		}
		Evidence nearest = null;
		int nearestDigits = 0;
		Set<Long> kronorPerUnit = new HashSet<>();
		for (int number = 1; number <= text.lineCount(); number++) {
			String line = text.line(number);
			boolean inTable = number >= statement.lines().start() && number <= statement.lines().end();
			if (inTable || line.indexOf('\t') >= 0) {
				continue;
			}
			Matcher matcher = AMOUNT.matcher(line);
			while (matcher.find()) {
				BigDecimal value = SwedishNumbers.parse(matcher.group(1).replace("−", "-"));
				if (!sums.contains(value.abs())) {
					continue;
				}
				String unit = matcher.group(2);
				Optional<MoneyUnit> money = MoneyUnit.find(unit);
				if (money.isEmpty()) {
					continue;
				}
				kronorPerUnit.add(money.get().kronor().longValueExact());
				int digits = digits(matcher.group(1));
				boolean better = nearest == null || digits > nearestDigits || (digits == nearestDigits
						&& distance(statement, number) < distance(statement, nearest.line()));
				if (better) {
					nearest = new Evidence(unit.toLowerCase(Locale.ROOT), number);
					nearestDigits = digits;
				}
			}
		}
		return (kronorPerUnit.size() == 1) ? Optional.of(nearest) : Optional.empty();
	}

	private static int digits(String printed) {
		return (int) printed.chars().filter(Character::isDigit).count();
	}

	private static int distance(ParsedReport.Statement statement, int line) {
		return Math.abs(line - statement.lines().start());
	}

}
