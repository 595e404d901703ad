package se.kommunkollen.importer.kommunkompassen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kommunkollen.importer.ImportException;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.HtmlFragments;
import se.kommunkollen.importer.read.TabTable;
import se.kommunkollen.importer.read.TableCells;
import se.kommunkollen.importer.read.TableRow;

/**
 * The "Översikt av poängfördelning" tables: per area a header "N. Name / Uppnått / Max",
 * one row per sub-question ("2.3 Title / 12 / 20") and a sum row ("/ 55 / 100").
 */
final class OverviewTables {

	private static final Pattern AREA_HEADER = Pattern.compile("(\\d+)\\.?\\s+(.+)");

	private static final Pattern QUESTION = Pattern.compile("((\\d+)\\.(\\d+))\\.?\\s+(.+)");

	/**
	 * One area's table; {@code printedScore}/{@code printedMax} are null without a sum
	 * row.
	 */
	record Overview(int number, String name, List<ParsedReport.Question> questions, Integer printedScore,
			Integer printedMax, Integer sumLine, ParsedReport.LineRange lines) {
	}

	private OverviewTables() {
	}

	static boolean isHeader(List<String> cells) {
		return cells.size() >= 3 && cells.get(1).equalsIgnoreCase("Uppnått") && cells.get(2).equalsIgnoreCase("Max")
				&& AREA_HEADER.matcher(cells.get(0)).matches();
	}

	/** All overview tables of the text by area number, in order. */
	static Map<Integer, Overview> read(SourceText text) {
		Map<Integer, Overview> overviews = new LinkedHashMap<>();
		for (int number = 1; number <= text.lineCount(); number++) {
			if (isHeader(TabTable.cells(text.line(number)))) {
				Overview overview = readOne(text, number);
				if (overviews.putIfAbsent(overview.number(), overview) != null) {
					throw new ImportException(text.fileName(), number,
							"a second overview table for area " + overview.number());
				}
				number = overview.lines().end();
			}
		}
		return overviews;
	}

	private static Overview readOne(SourceText text, int headerLine) {
		String fileName = text.fileName();
		TabTable table = TabTable.readFrom(text, headerLine);
		Matcher header = AREA_HEADER.matcher(table.header().get(0));
		header.matches();
		int area = Integer.parseInt(header.group(1));
		String name = header.group(2).trim();
		String scoreLabel = table.header().get(1);
		String maxLabel = table.header().get(2);
		List<ParsedReport.Question> questions = new ArrayList<>();
		Integer printedScore = null;
		Integer printedMax = null;
		Integer sumLine = null;
		int end = headerLine;
		for (TableRow row : table.rows()) {
			if (isHeader(row.cells())) {
				break;
			}
			if (row.isBlank()) {
				continue;
			}
			if (row.cells().size() < 3) {
				throw new ImportException(fileName, row.line(), "overview table of area " + area + ": row has "
						+ row.cells().size() + " cells, expected 3; the table looks truncated");
			}
			String first = HtmlFragments.plain(row.cell(0));
			Matcher question = QUESTION.matcher(first);
			if (question.matches()) {
				if (sumLine != null) {
					throw new ImportException(fileName, row.line(), "overview table of area " + area + ": question "
							+ question.group(1) + " after the sum row");
				}
				int score = TableCells.requiredInt(fileName, row, 1, scoreLabel);
				int max = TableCells.requiredInt(fileName, row, 2, maxLabel);
				questions.add(new ParsedReport.Question(question.group(1), question.group(4).trim(), score, max,
						ParsedReport.LineRange.of(row.line())));
			}
			else if (first.isEmpty() || first.matches("(?i)summa|totalt|total")) {
				printedScore = TableCells.requiredInt(fileName, row, 1, scoreLabel);
				printedMax = TableCells.requiredInt(fileName, row, 2, maxLabel);
				sumLine = row.line();
			}
			else {
				throw new ImportException(fileName, row.line(),
						"overview table of area " + area + ": '" + first + "' is neither a sub-question nor a sum");
			}
			end = row.line();
		}
		if (questions.isEmpty()) {
			throw new ImportException(fileName, headerLine,
					"overview table of area " + area + " has no sub-questions; the table looks truncated");
		}
		return new Overview(area, name, questions, printedScore, printedMax, sumLine,
				new ParsedReport.LineRange(headerLine, end));
	}

}
