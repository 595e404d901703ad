package se.kommunkollen.importer.bokslut;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kommunkollen.commitment.CommitmentStatus;
import se.kommunkollen.commitment.InitiativeKind;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;

/**
 * "Uppföljning av Inriktning i Mål och budget" blocks: numbered items ("1. *Utbildning i
 * bemötandefrågor …*"), each followed by its "Åtgärder i VP" and "Uppföljning" text.
 * Items are numbered in sequence; the first may also be an unnumbered "- " item. A block
 * ends at a goal, an assessment, another block, a heading of the caller's or a number out
 * of sequence.
 */
final class BudgetDirections {

	static final Pattern HEADER = Pattern
		.compile("(?iu)(uppföljning av inriktning|övrig inriktning) i mål och budget:?\\s*");

	private static final Pattern NUMBERED = Pattern.compile("(?:-\\s*)?(\\d+)\\.\\s+(\\S.*)");

	private static final Pattern DASHED = Pattern.compile("-\\s+(\\S.*)");

	private static final Pattern FOLLOW_UP = Pattern.compile("Uppföljning:\\s*(?:\\([^)]*\\))?\\s*(.*)");

	private static final Pattern COMMENT = Pattern.compile("Kommentar[;:]\\s*(.*)");

	private static final Pattern ACTIONS = Pattern.compile("Åtgärder (?:i VP|för att förbättra måluppfyllelsen):?.*");

	/** One block of items. */
	record Block(List<ParsedReport.Initiative> items, ParsedReport.LineRange lines) {
	}

	private BudgetDirections() {
	}

	static boolean isHeader(String line) {
		return HEADER.matcher(line.trim()).matches();
	}

	/** "Övrig inriktning i Mål och budget": directions tied to no goal. */
	static boolean isGeneral(String headerLine) {
		return headerLine.trim().toLowerCase(Locale.ROOT).startsWith("övrig");
	}

	/**
	 * @param stop whether a line ends any block (goal lines, assessments, area headings)
	 * @param keyPrefix prefix of the items' keys
	 * @param goalKey the goal the items belong to, or null
	 */
	static Block read(SourceText text, int headerLine, IntPredicate stop, String keyPrefix, String goalKey) {
		List<int[]> items = new ArrayList<>();
		int previousNumber = -1;
		int end = headerLine;
		for (int line = Lines.nextNonBlank(text, headerLine); line > 0; line = Lines.nextNonBlank(text, line)) {
			String content = text.line(line).trim();
			if (stop.test(line) || isHeader(content)) {
				break;
			}
			Matcher numbered = NUMBERED.matcher(content);
			if (numbered.matches() && !content.contains("\t")) {
				int number = Integer.parseInt(numbered.group(1));
				if (previousNumber >= 0 && number != previousNumber + 1) {
					break;
				}
				items.add(new int[] { line, number });
				previousNumber = number;
			}
			else if (items.isEmpty() && DASHED.matcher(content).matches()) {
				items.add(new int[] { line, 0 });
				previousNumber = 0;
			}
			else if (items.isEmpty()) {
				break;
			}
			end = line;
		}
		List<ParsedReport.Initiative> initiatives = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			int itemLine = items.get(i)[0];
			int last = (i + 1 < items.size()) ? Lines.lastNonBlank(text, itemLine, items.get(i + 1)[0] - 1) : end;
			String suffix = (items.get(i)[1] > 0) ? String.valueOf(items.get(i)[1]) : String.valueOf(i + 1);
			initiatives.add(new ParsedReport.Initiative(keyPrefix + "/inriktning-" + suffix, goalKey,
					InitiativeKind.BUDGET_DIRECTION, title(text.line(itemLine)), null,
					comment(text, itemLine + 1, last), CommitmentStatus.UNKNOWN, null,
					new ParsedReport.LineRange(itemLine, last)));
		}
		return new Block(initiatives, new ParsedReport.LineRange(headerLine, end));
	}

	/** The item's text without its number and emphasis marks. */
	private static String title(String line) {
		String content = line.trim();
		Matcher numbered = NUMBERED.matcher(content);
		if (numbered.matches()) {
			content = numbered.group(2);
		}
		else {
			Matcher dashed = DASHED.matcher(content);
			if (dashed.matches()) {
				content = dashed.group(1);
			}
		}
		return Paragraphs.plain(content);
	}

	/**
	 * The "Uppföljning" and "Kommentar" paragraphs of an item, not its "Åtgärder i VP".
	 */
	private static ParsedReport.Text comment(SourceText text, int from, int to) {
		List<Integer> lines = new ArrayList<>();
		boolean followUp = false;
		for (int line = from; line <= to; line++) {
			String content = text.line(line).trim();
			Matcher label = FOLLOW_UP.matcher(content);
			Matcher comment = COMMENT.matcher(content);
			if (label.matches() || comment.matches()) {
				followUp = true;
				String inline = label.matches() ? label.group(1) : comment.group(1);
				if (!inline.isBlank()) {
					lines.add(line);
				}
			}
			else if (ACTIONS.matcher(content).matches()) {
				followUp = false;
			}
			else if (followUp) {
				lines.add(line);
			}
		}
		ParsedReport.Text comment = Paragraphs.text(text, lines);
		return (comment != null) ? withoutLabels(comment) : null;
	}

	/** Drops the "Uppföljning: (KS)" label kept with inline text. */
	private static ParsedReport.Text withoutLabels(ParsedReport.Text text) {
		String plain = text.plain().replaceAll("(?m)^Uppföljning:\\s*(\\([^)]*\\))?\\s*", "");
		String html = (text.html() != null) ? text.html().replaceAll("<p>Uppföljning:\\s*(\\([^)]*\\))?\\s*", "<p>")
				: null;
		return new ParsedReport.Text(html, plain);
	}

}
