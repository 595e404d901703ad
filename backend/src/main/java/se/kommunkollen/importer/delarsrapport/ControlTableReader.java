package se.kommunkollen.importer.delarsrapport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kommunkollen.control.ControlResult;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.HtmlFragments;
import se.kommunkollen.importer.read.Keys;
import se.kommunkollen.importer.read.Lines;
import se.kommunkollen.importer.read.NumberWords;
import se.kommunkollen.importer.read.StatusVocabulary;
import se.kommunkollen.importer.read.TabTable;
import se.kommunkollen.importer.read.TableRow;
import se.kommunkollen.importer.read.Tables;
import se.kommunkollen.importer.read.Texts;
import se.kommunkollen.importer.read.WarningLog;

/**
 * The internal control table (Risk | Kontroll | Resultat | Kommentar). A row whose risk
 * cell starts with "■" starts a risk (the "■" paragraph is its title, the rest its
 * description); rows with an empty risk cell are further control points of that risk; a
 * row with neither control nor result continues the record before it across a page break.
 * The summary sentence above the table is only compared, never used as data.
 */
final class ControlTableReader {

	private static final Pattern RISK_MARK = Pattern.compile("^[■▪◼⬛]\\s*");

	private static final Pattern NOT_PERFORMED = Pattern.compile(
			"(?iu)\\b(ej|inte)\\s+(genomförts|genomförd|genomförda|utförts|utförd)\\b|\\bhar\\s+(ej|inte)\\s+(genomförts|utförts)\\b");

	private final SourceText text;

	private final WarningLog log;

	private final Keys keys;

	private final List<Builder> records = new ArrayList<>();

	ControlTableReader(SourceText text, Keys keys, WarningLog log) {
		this.text = text;
		this.keys = keys;
		this.log = log;
	}

	static boolean isHeader(List<String> cells) {
		return Tables.cellsAre(cells, "Risk", "Kontroll", "Resultat", "Kommentar");
	}

	void read() {
		int first = -1;
		Risk risk = null;
		for (int number = 1; number <= this.text.lineCount(); number++) {
			if (!isHeader(TabTable.cells(this.text.line(number)))) {
				continue;
			}
			if (first < 0) {
				first = number;
			}
			TabTable table = TabTable.readFrom(this.text, number);
			for (TableRow row : table.rows()) {
				Tables.requireWidth(this.text, table, row);
				risk = readRow(row, risk);
			}
			number = table.lines().end();
		}
		if (first > 0) {
			compareWithSummary(first);
		}
	}

	private Risk readRow(TableRow row, Risk risk) {
		List<String> riskItems = HtmlFragments.items(row.cell(0));
		String control = Texts.plainOrNull(row.cell(1));
		String result = StatusVocabulary.cleanLabel(HtmlFragments.plain(row.cell(2)));
		String comment = Texts.plainOrNull(row.cell(3));
		boolean startsRisk = !riskItems.isEmpty() && RISK_MARK.matcher(riskItems.get(0)).find();
		if (!startsRisk && control == null && result == null) {
			continueLast(row, riskItems, comment, risk);
			return risk;
		}
		Risk current = risk;
		if (!riskItems.isEmpty()) {
			String title = RISK_MARK.matcher(riskItems.get(0)).replaceFirst("").trim();
			current = new Risk(title, String.join("\n", riskItems.subList(1, riskItems.size())));
			if (!startsRisk) {
				this.log.add(row.line(), "RISK_MARK_MISSING",
						"Internal control: risk '" + title + "' has no '■' mark; read as a new risk");
			}
		}
		else if (current == null) {
			this.log.add(row.line(), "RISK_MISSING", "Internal control '" + control + "': no risk before it");
			current = new Risk(null, null);
		}
		Builder record = new Builder(current, control, comment, row.line());
		resolveResult(record, result, row.line());
		this.records.add(record);
		return current;
	}

	private void resolveResult(Builder record, String label, int line) {
		String what = (record.control != null) ? "'" + record.control + "'" : "risk '" + record.risk.title + "'";
		if (label != null) {
			record.resultLabel = label;
			record.statusLine = line;
			record.result = StatusVocabulary.controlResult(label).orElse(null);
			if (record.result == null) {
				record.result = ControlResult.UNKNOWN;
				this.log.add(line, "UNKNOWN_STATUS_LABEL",
						"Internal control " + what + ": result label '" + label + "' is not known; stored as UNKNOWN");
			}
		}
		else if (record.control == null && record.comment != null && NOT_PERFORMED.matcher(record.comment).find()) {
			record.result = ControlResult.NOT_PERFORMED;
			record.statusLine = line;
		}
		else {
			record.result = ControlResult.UNKNOWN;
			this.log.add(line, (record.control == null) ? "CONTROL_MISSING" : "STATUS_SYMBOL_LOST",
					"Internal control " + what + ": no result printed; stored as UNKNOWN");
		}
	}

	private void continueLast(TableRow row, List<String> riskItems, String comment, Risk risk) {
		if (this.records.isEmpty()) {
			this.log.add(row.line(), "ORPHAN_ROW",
					"Internal control: a continuation row with no record before it; ignored");
			return;
		}
		if (!riskItems.isEmpty() && risk != null) {
			risk.description = join(risk.description, String.join("\n", riskItems));
		}
		Builder last = this.records.get(this.records.size() - 1);
		last.comment = join(last.comment, comment);
		last.lastLine = row.line();
	}

	private static String join(String first, String second) {
		if (first == null || first.isEmpty()) {
			return second;
		}
		return (second == null || second.isEmpty()) ? first : first + "\n" + second;
	}

	/**
	 * "10 kontroller inom 6 riskområden. 8 av kontrollerna har genomförts ... fyra ...
	 * ingen avvikelse".
	 */
	private void compareWithSummary(int tableLine) {
		int line = Lines.previousNonBlank(this.text, tableLine - 1);
		if (line < 0 || Lines.hasTab(this.text.line(line))) {
			return;
		}
		String summary = this.text.line(line).toLowerCase(new Locale("sv"));
		long controls = this.records.stream().filter((r) -> r.control != null).count();
		long performed = this.records.stream()
			.filter((r) -> r.result != ControlResult.NOT_PERFORMED && r.result != ControlResult.UNKNOWN)
			.count();
		Set<Risk> risks = new LinkedHashSet<>();
		this.records.forEach((r) -> risks.add(r.risk));
		compare(summary, line, NumberWords.PATTERN + " kontroller\\b", controls, "controls");
		compare(summary, line, NumberWords.PATTERN + " riskområden", risks.size(), "risks");
		compare(summary, line, NumberWords.PATTERN + " av kontrollerna har genomförts", performed,
				"performed controls");
		compare(summary, line, NumberWords.PATTERN + " av kontrollerna visar ingen avvikelse",
				count(ControlResult.NO_DEVIATION), "controls without deviation");
		compare(summary, line, NumberWords.PATTERN + " av kontrollerna visar en mindre avvikelse",
				count(ControlResult.MINOR_DEVIATION), "controls with minor deviation");
	}

	private long count(ControlResult result) {
		return this.records.stream().filter((r) -> r.result == result).count();
	}

	private void compare(String summary, int line, String regex, long found, String what) {
		Matcher matcher = Pattern.compile(regex).matcher(summary);
		if (!matcher.find()) {
			return;
		}
		Integer stated = NumberWords.parse(matcher.group(1));
		if (stated != null && stated != found) {
			this.log.add(line, "CONTROL_SUMMARY_MISMATCH", "Internal control summary states " + stated + " " + what
					+ " ('" + matcher.group() + "'); the table holds " + found);
		}
	}

	List<ParsedReport.InternalControl> controls() {
		List<ParsedReport.InternalControl> result = new ArrayList<>();
		for (Builder b : this.records) {
			String key = this.keys.unique((b.control != null) ? b.control : String.valueOf(b.risk.title));
			result.add(new ParsedReport.InternalControl(key, null, b.risk.title, emptyToNull(b.risk.description),
					b.control, null, null, b.result, b.resultLabel, null, null, b.comment,
					new ParsedReport.LineRange(b.firstLine, b.lastLine), b.statusLine));
		}
		return result;
	}

	private static String emptyToNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

	private static final class Risk {

		final String title;

		String description;

		Risk(String title, String description) {
			this.title = title;
			this.description = description;
		}

	}

	private static final class Builder {

		final Risk risk;

		final String control;

		final int firstLine;

		String comment;

		ControlResult result;

		String resultLabel;

		Integer statusLine;

		int lastLine;

		Builder(Risk risk, String control, String comment, int line) {
			this.risk = risk;
			this.control = control;
			this.comment = comment;
			this.firstLine = line;
			this.lastLine = line;
		}

	}

}
