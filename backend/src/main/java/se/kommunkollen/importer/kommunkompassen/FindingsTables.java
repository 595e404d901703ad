package se.kommunkollen.importer.kommunkompassen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import se.kommunkollen.importer.ImportException;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.HtmlFragments;
import se.kommunkollen.importer.read.TabTable;
import se.kommunkollen.importer.read.TableRow;

/**
 * The "Styrkor / Förbättringsmöjligheter" tables of an area: the left cell of each row
 * holds strengths, the right cell improvements; a cell may be an HTML list, one finding
 * per item.
 */
final class FindingsTables {

	static final String FINDINGS_SPLIT = "FINDINGS_SPLIT";

	private static final Pattern FOOTNOTE_MARKS = Pattern.compile("\\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]+");

	private final List<ParsedReport.Finding> strengths = new ArrayList<>();

	private final List<ParsedReport.Finding> improvements = new ArrayList<>();

	private final List<ParsedReport.Warning> warnings = new ArrayList<>();

	private int lastLine;

	static boolean isHeader(List<String> cells) {
		return cells.size() >= 2 && cells.get(0).equalsIgnoreCase("Styrkor")
				&& cells.get(1).equalsIgnoreCase("Förbättringsmöjligheter");
	}

	/** Reads every findings table whose header lies in the area's lines. */
	static FindingsTables read(SourceText text, int areaNumber, ParsedReport.LineRange section) {
		FindingsTables tables = new FindingsTables();
		for (int number = section.start(); number <= section.end(); number++) {
			if (isHeader(TabTable.cells(text.line(number)))) {
				TabTable table = TabTable.readFrom(text, number);
				if (table.rows().isEmpty()) {
					throw new ImportException(text.fileName(), number,
							"area " + areaNumber + ": table 'Styrkor / Förbättringsmöjligheter' has no rows");
				}
				tables.add(areaNumber, table);
				number = table.lines().end();
			}
		}
		return tables;
	}

	private void add(int areaNumber, TabTable table) {
		boolean singleRow = table.rows().size() == 1;
		for (TableRow row : table.rows()) {
			addCell(areaNumber, "strengths", row, 0, singleRow, this.strengths);
			addCell(areaNumber, "improvements", row, 1, singleRow, this.improvements);
		}
		this.lastLine = Math.max(this.lastLine, table.lines().end());
	}

	private void addCell(int areaNumber, String what, TableRow row, int column, boolean singleRow,
			List<ParsedReport.Finding> findings) {
		String cell = row.cell(column);
		List<String> items = HtmlFragments.items(cell);
		boolean runTogether = singleRow && items.size() == 1 && !cell.contains("<");
		if (runTogether) {
			List<String> split = FindingSplitter.split(items.get(0));
			if (split.size() > 1) {
				items = split;
				this.warnings.add(new ParsedReport.Warning(row.line(), FINDINGS_SPLIT,
						"Area " + areaNumber + " " + what
								+ ": items printed without separators were split at capitalised words into "
								+ split.size() + " findings; check them against the source"));
			}
		}
		for (String item : items) {
			String finding = FOOTNOTE_MARKS.matcher(item).replaceAll("").trim();
			if (!finding.isEmpty()) {
				findings.add(new ParsedReport.Finding(finding, ParsedReport.LineRange.of(row.line())));
			}
		}
	}

	List<ParsedReport.Finding> strengths() {
		return this.strengths;
	}

	List<ParsedReport.Finding> improvements() {
		return this.improvements;
	}

	List<ParsedReport.Warning> warnings() {
		return this.warnings;
	}

	/** Last line of the last table, 0 when there is none. */
	int lastLine() {
		return this.lastLine;
	}

}
