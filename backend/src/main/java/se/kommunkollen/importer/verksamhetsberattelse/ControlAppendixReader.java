package se.kommunkollen.importer.verksamhetsberattelse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import se.kommunkollen.control.ControlResult;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.HtmlFragments;
import se.kommunkollen.importer.read.Keys;
import se.kommunkollen.importer.read.Lines;
import se.kommunkollen.importer.read.NumberWords;
import se.kommunkollen.importer.read.StatusSentences;
import se.kommunkollen.importer.read.StatusVocabulary;
import se.kommunkollen.importer.read.TabTable;
import se.kommunkollen.importer.read.TableRow;
import se.kommunkollen.importer.read.Tables;
import se.kommunkollen.importer.read.WarningLog;

/**
 * The internal control report ("Uppföljning av risker och kontrollmoment"): area headings
 * (a heading directly followed by another heading), risks (a heading followed by its
 * description), then a "Kontrollmoment | Frekvens | Metod" table, a "Bedömning | Resultat
 * | Åtgärd" table and a "Kommentar:" paragraph. The Bedömning symbols were images; where
 * the result text says the result ("Kontrollen har skett utan anmärkning") that is taken,
 * else the result is UNKNOWN. A risk the report marks "Inte med som IK-moment" is not one
 * of the year's controls and is left out with a warning. The summary list "Kontrollmoment
 * | Bedömning" is only compared with what was read.
 */
final class ControlAppendixReader {

	private static final Pattern START = Pattern
		.compile("(?iu)^uppföljning\\s+av\\s+risker\\s+och\\s+kontrollmoment\\b.*");

	private static final Pattern NOT_PERFORMED = Pattern.compile(
			"(?iu)\\b(ej|inte)\\s+(genomförts|genomförd|genomförda|utförts|utförd)\\b|\\bhar\\s+(ej|inte)\\s+(genomförts|utförts)\\b");

	private static final Pattern STATED_COUNT = Pattern
		.compile("(?iu)(?:ingick|ingår|innefattar)\\s+" + NumberWords.PATTERN + "\\s+kontroller");

	private static final int MAX_SPELLING_DISTANCE = 3;

	private final SourceText text;

	private final WarningLog log;

	private final Keys keys = new Keys();

	private final List<Draft> drafts = new ArrayList<>();

	ControlAppendixReader(SourceText text, WarningLog log) {
		this.text = text;
		this.log = log;
	}

	static boolean isSummaryHeader(List<String> cells) {
		return Tables.cellsAre(cells, "Kontrollmoment", "Bedömning");
	}

	static boolean isControlHeader(List<String> cells) {
		return Tables.cellsAre(cells, "Kontrollmoment", "Frekvens", "Metod");
	}

	static boolean isAssessmentHeader(List<String> cells) {
		return Tables.cellsAre(cells, "Bedömning", "Resultat", "Åtgärd");
	}

	void read() {
		int start = -1;
		for (int number = 1; number <= this.text.lineCount() && start < 0; number++) {
			String line = this.text.line(number);
			if (!Lines.hasTab(line) && START.matcher(Lines.trim(line)).matches()) {
				start = number;
			}
		}
		if (start < 0) {
			return;
		}
		String area = null;
		Draft risk = null;
		boolean inComment = false;
		for (int number = start + 1; number <= this.text.lineCount(); number++) {
			String line = this.text.line(number);
			if (Lines.isBlank(line)) {
				continue;
			}
			List<String> cells = TabTable.cells(line);
			if (isControlHeader(cells) || isAssessmentHeader(cells)) {
				TabTable table = Tables.readUntil(this.text, number,
						(other) -> isControlHeader(other) || isAssessmentHeader(other));
				if (risk == null) {
					this.log.add(number, "RISK_MISSING",
							"Internal control table at line " + number + " has no risk above it");
					risk = new Draft(area, null, number);
					this.drafts.add(risk);
				}
				risk = isControlHeader(cells) ? controls(table, risk) : assessments(table, risk);
				number = table.lines().end();
				inComment = false;
				continue;
			}
			if (Lines.hasTab(line)) {
				continue;
			}
			String trimmed = Lines.trim(line);
			if (trimmed.equalsIgnoreCase("Kommentar:")) {
				inComment = true;
				continue;
			}
			if (Lines.isHeadingLike(line)) {
				int next = Lines.nextNonBlank(this.text, number + 1);
				if (next > 0 && Lines.isHeadingLike(this.text.line(next))) {
					area = trimmed;
				}
				else {
					risk = new Draft(area, trimmed, number);
					this.drafts.add(risk);
				}
				inComment = false;
				continue;
			}
			if (risk == null) {
				continue;
			}
			if (inComment) {
				risk.commentLines.add(trimmed);
			}
			else {
				risk.descriptionLines.add(trimmed);
			}
			risk.seen(number);
		}
		this.drafts.removeIf(this::excluded);
		List<Draft> all = new ArrayList<>(this.drafts);
		all.forEach(this::resolve);
		compareWithSummary(start);
	}

	/** One risk may have several control points; each gets its own record. */
	private Draft controls(TabTable table, Draft risk) {
		Draft current = risk;
		for (TableRow row : table.rows()) {
			Tables.requireWidth(this.text, table, row);
			if (current.controlPoint != null) {
				current = current.sibling(row.line());
				this.drafts.add(current);
			}
			current.controlPoint = emptyToNull(row.cell(0));
			current.frequency = emptyToNull(row.cell(1));
			current.method = emptyToNull(row.cell(2));
			current.seen(row.line());
		}
		return current;
	}

	private Draft assessments(TabTable table, Draft risk) {
		for (TableRow row : table.rows()) {
			Tables.requireWidth(this.text, table, row);
			if (risk.assessmentLine > 0) {
				this.log.add(row.line(), "EXTRA_ASSESSMENT_ROW", "Internal control '" + risk.name()
						+ "': a second assessment row; the first (line " + risk.assessmentLine + ") is kept");
				continue;
			}
			risk.assessmentLine = row.line();
			risk.symbol = row.cell(0);
			risk.resultText = emptyToNull(HtmlFragments.plain(row.cell(1)));
			risk.action = emptyToNull(HtmlFragments.plain(row.cell(2)));
			risk.seen(row.line());
		}
		return risk;
	}

	/**
	 * A risk the report marks as not one of the year's controls ("Inte med som IK-moment
	 * 2022").
	 */
	private boolean excluded(Draft draft) {
		for (int number = draft.line; number <= draft.lastLine; number++) {
			Optional<String> mark = StatusSentences.excludedControl(this.text.line(number));
			if (mark.isPresent()) {
				this.log.add(number, "CONTROL_EXCLUDED",
						"Internal control risk '" + draft.name() + "': the report marks it '" + mark.get() + "' (line "
								+ number + "); not served as one of the year's controls");
				return true;
			}
		}
		return false;
	}

	private void resolve(Draft draft) {
		if (draft.controlPoint == null) {
			String all = String.join("\n", draft.descriptionLines) + "\n" + String.join("\n", draft.commentLines);
			if (NOT_PERFORMED.matcher(all).find()) {
				draft.result = ControlResult.NOT_PERFORMED;
			}
			else {
				this.log.add(draft.line, "CONTROL_MISSING", "Internal control risk '" + draft.riskTitle
						+ "': no control table and the text does not say the control was not performed; stored as UNKNOWN");
			}
			return;
		}
		if (draft.assessmentLine < 0) {
			this.log.add(draft.line, "STATUS_SYMBOL_LOST",
					"Internal control '" + draft.name() + "': no assessment table; result stored as UNKNOWN");
			return;
		}
		String label = StatusVocabulary.cleanLabel(draft.symbol);
		Optional<StatusSentences.Stated<ControlResult>> stated = StatusSentences.controlResult(draft.resultText);
		boolean knownLabel = label != null && StatusVocabulary.controlResult(label).isPresent();
		if (!knownLabel && stated.isPresent()) {
			// the symbol was lost or means nothing by itself; the result text says it
			draft.resultLabel = stated.get().label();
			draft.result = stated.get().value();
		}
		else if (draft.symbol.isEmpty()) {
			this.log.add(draft.assessmentLine, "STATUS_SYMBOL_LOST",
					"Internal control '" + draft.name() + "': result symbol lost in extraction; stored as UNKNOWN");
		}
		else if (label == null) {
			draft.resultLabel = draft.symbol;
			this.log.add(draft.assessmentLine, "UNKNOWN_STATUS_LABEL", "Internal control '" + draft.name()
					+ "': result symbol '" + draft.symbol + "' alone has no known meaning; stored as UNKNOWN");
		}
		else {
			draft.resultLabel = label;
			draft.result = StatusVocabulary.controlResult(label).orElse(ControlResult.UNKNOWN);
			if (draft.result == ControlResult.UNKNOWN) {
				this.log.add(draft.assessmentLine, "UNKNOWN_STATUS_LABEL", "Internal control '" + draft.name()
						+ "': result label '" + label + "' is not known; stored as UNKNOWN");
			}
		}
		if (draft.resultLabel != null) {
			draft.statusLine = draft.assessmentLine;
		}
	}

	/**
	 * The summary list names the control points; compare names and count, never results.
	 */
	private void compareWithSummary(int before) {
		List<TableRow> listed = new ArrayList<>();
		int listLine = -1;
		for (int number = 1; number < before; number++) {
			if (isSummaryHeader(TabTable.cells(this.text.line(number)))) {
				TabTable table = TabTable.readFrom(this.text, number);
				listed.addAll(table.rows());
				listLine = number;
				number = table.lines().end();
			}
		}
		List<String> read = this.drafts.stream()
			.filter((d) -> d.controlPoint != null)
			.map((d) -> d.controlPoint)
			.toList();
		if (listLine > 0) {
			if (listed.size() != read.size()) {
				this.log.add(listLine, "CONTROL_SUMMARY_MISMATCH",
						"The summary list names " + listed.size() + " control points; " + read.size() + " were read");
			}
			for (TableRow row : listed) {
				if (read.stream().noneMatch((name) -> sameName(name, row.cell(0)))) {
					this.log.add(row.line(), "CONTROL_SUMMARY_MISMATCH",
							"Control point '" + row.cell(0) + "' of the summary list was not found in the report");
				}
			}
		}
		for (int number = 1; number < before; number++) {
			java.util.regex.Matcher matcher = STATED_COUNT.matcher(this.text.line(number));
			if (matcher.find()) {
				Integer stated = NumberWords.parse(matcher.group(1));
				if (stated != null && stated != read.size()) {
					this.log.add(number, "CONTROL_SUMMARY_MISMATCH",
							"The text states " + stated + " controls; " + read.size() + " control points were read");
				}
				return;
			}
		}
	}

	/**
	 * Equal but for case, punctuation and a few letters
	 * ("leverantörs-"/"leverantörfakturasystemet").
	 */
	static boolean sameName(String a, String b) {
		String x = normalised(a);
		String y = normalised(b);
		return x.equals(y) || distance(x, y) <= MAX_SPELLING_DISTANCE;
	}

	private static String normalised(String name) {
		return name.toLowerCase(new Locale("sv")).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	List<ParsedReport.InternalControl> controls() {
		List<ParsedReport.InternalControl> result = new ArrayList<>();
		for (Draft d : this.drafts) {
			String key = this.keys.unique((d.controlPoint != null) ? d.controlPoint : String.valueOf(d.riskTitle));
			result.add(new ParsedReport.InternalControl(key, d.area, d.riskTitle, join(d.descriptionLines),
					d.controlPoint, d.frequency, d.method, d.result, d.resultLabel, d.resultText, d.action,
					join(d.commentLines), new ParsedReport.LineRange(d.line, d.lastLine), d.statusLine));
		}
		return result;
	}

	private static String join(List<String> lines) {
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

	private static String emptyToNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

	private static final class Draft {

		final String area;

		final String riskTitle;

		final int line;

		List<String> descriptionLines = new ArrayList<>();

		List<String> commentLines = new ArrayList<>();

		int lastLine;

		String controlPoint;

		String frequency;

		String method;

		int assessmentLine = -1;

		String symbol = "";

		ControlResult result = ControlResult.UNKNOWN;

		String resultLabel;

		Integer statusLine;

		String resultText;

		String action;

		Draft(String area, String riskTitle, int line) {
			this.area = area;
			this.riskTitle = riskTitle;
			this.line = line;
			this.lastLine = line;
		}

		Draft sibling(int line) {
			Draft sibling = new Draft(this.area, this.riskTitle, line);
			sibling.descriptionLines = this.descriptionLines;
			return sibling;
		}

		void seen(int number) {
			this.lastLine = Math.max(this.lastLine, number);
		}

		String name() {
			return (this.controlPoint != null) ? this.controlPoint : String.valueOf(this.riskTitle);
		}

	}

}
