package se.kommunkollen.importer.bokslut;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kommunkollen.goal.IndicatorValueKind;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.SwedishNumbers;
import se.kommunkollen.municipality.MunicipalityDirectory;

/**
 * Figures of a goal printed on labelled lines of their own, read by three explicit rules
 * and nothing else:
 * <ol>
 * <li>"Utgångsläge ht 2018: 100 helårsstudenter" → baseline, "Mål ht 2020: 150 …" →
 * target, "Resultat ht 2020: 140 …" → outcome, of the indicator named by the unit
 * word;</li>
 * <li>"Bokslut 2020 210 företag", "Delårsbokslut aug 2020 205 företag" → outcome of that
 * period, of the indicator named by a preceding "Resultat: …" line or else by the
 * unit;</li>
 * <li>"Antal nystartade företag 2020: 400 st" → outcome of that year, of the indicator
 * named by the label.</li>
 * </ol>
 */
final class LabelledFigures {

	private static final String NUMBER = "([+\\-−]?\\d{1,3}(?:[  ]\\d{3})*(?:,\\d+)?|[+\\-−]?\\d+(?:,\\d+)?)";

	private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})");

	private static final Pattern STATE = Pattern
		.compile("(Utgångsläge|Mål|Resultat)\\s+([^:]*?(?:19|20)\\d{2})\\s*:\\s*" + NUMBER
				+ "\\s+(\\p{L}[\\p{L}-]*)(?:\\s*\\(.*\\))?\\s*");

	private static final Pattern CLOSING = Pattern
		.compile("((?:Bokslut|Delårsbokslut|Årsbokslut)(?:\\s+\\p{L}+)?\\s+(?:19|20)\\d{2})\\s+" + NUMBER
				+ "\\s+(\\p{L}+)\\s*");

	private static final Pattern YEAR_VALUE = Pattern
		.compile("(\\p{Lu}[^:\\t]*?)\\s+((?:19|20)\\d{2})\\s*:\\s*" + NUMBER + "(?:\\s+(\\S+))?\\s*");

	private static final Pattern RESULT_NAME = Pattern.compile("Resultat:\\s*(\\p{L}.*)");

	private LabelledFigures() {
	}

	/**
	 * The indicators of one goal from the given lines, in the order their first value is
	 * printed.
	 */
	static List<ParsedReport.Indicator> read(SourceText text, List<Integer> lines, ParsedReport.Goal goal) {
		Map<String, Builder> indicators = new LinkedHashMap<>();
		String resultName = null;
		for (int line : lines) {
			String content = text.line(line).trim();
			Matcher name = RESULT_NAME.matcher(content);
			Matcher state = STATE.matcher(content);
			Matcher closing = CLOSING.matcher(content);
			Matcher yearValue = YEAR_VALUE.matcher(content);
			if (name.matches()) {
				resultName = name.group(1).trim();
			}
			else if (state.matches()) {
				String unit = state.group(4);
				indicators.computeIfAbsent(unit, (u) -> new Builder(capitalised(u), unit))
					.add(kind(state.group(1)), state.group(2), state.group(3), content, line);
			}
			else if (closing.matches()) {
				String unit = closing.group(3);
				String indicatorName = (resultName != null) ? capitalised(resultName) : capitalised(unit);
				indicators.computeIfAbsent(indicatorName, (n) -> new Builder(indicatorName, unit))
					.add(IndicatorValueKind.OUTCOME, closing.group(1), closing.group(2), content, line);
			}
			else if (yearValue.matches()) {
				String indicatorName = yearValue.group(1).trim();
				String unit = yearValue.group(4);
				indicators.computeIfAbsent(indicatorName, (n) -> new Builder(indicatorName, unit))
					.add(IndicatorValueKind.OUTCOME, yearValue.group(2), yearValue.group(3), content, line);
			}
		}
		List<ParsedReport.Indicator> result = new ArrayList<>();
		for (Builder builder : indicators.values()) {
			result.add(builder.build(goal));
		}
		return result;
	}

	private static IndicatorValueKind kind(String label) {
		switch (label) {
			case "Utgångsläge":
				return IndicatorValueKind.BASELINE;
			case "Mål":
				return IndicatorValueKind.TARGET;
			default:
				return IndicatorValueKind.OUTCOME;
		}
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(new Locale("sv")) + text.substring(1);
	}

	private static final class Builder {

		private final String name;

		private final String unit;

		private final List<ParsedReport.IndicatorValue> values = new ArrayList<>();

		private int first;

		private int last;

		Builder(String name, String unit) {
			this.name = name;
			this.unit = unit;
		}

		void add(IndicatorValueKind kind, String period, String number, String printed, int line) {
			Matcher year = YEAR.matcher(period);
			Integer yearValue = year.find() ? Integer.valueOf(year.group(1)) : null;
			BigDecimal value = SwedishNumbers.parse(number);
			this.values.add(new ParsedReport.IndicatorValue(kind, period.trim(), yearValue, value, printed));
			this.first = (this.first == 0) ? line : this.first;
			this.last = line;
		}

		ParsedReport.Indicator build(ParsedReport.Goal goal) {
			return new ParsedReport.Indicator(goal.key() + "/" + MunicipalityDirectory.slug(this.name), goal.key(),
					goal.level(), goal.levelLabel(), this.name, this.unit, null, List.copyOf(this.values),
					new ParsedReport.LineRange(this.first, this.last));
		}

	}

}
