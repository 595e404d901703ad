package se.kommunkollen.importer.verksamhetsberattelse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import se.kommunkollen.goal.GoalLevel;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.HtmlFragments;
import se.kommunkollen.importer.read.IndicatorTables;
import se.kommunkollen.importer.read.Keys;
import se.kommunkollen.importer.read.Lines;
import se.kommunkollen.importer.read.TabTable;
import se.kommunkollen.importer.read.Tables;
import se.kommunkollen.importer.read.Texts;
import se.kommunkollen.importer.read.WarningLog;

/**
 * "4-åriga processmål" of a process area and their follow-up text, and the indicator
 * tables of the area. A goal's title is recognised only where the layout marks it: a line
 * that is a table cell ("Stärka företagsklimatet …\t"), or the first line after the
 * "4-åriga processmål" heading. Other lines are follow-up text of the goal above them;
 * short sentences are not guessed to be titles. Assessments of goals are not printed: the
 * report is silent, so they are UNKNOWN.
 */
final class ProcessGoalReader {

	static final String LEVEL_LABEL = "4-årigt processmål";

	private static final Pattern DASHES = Pattern.compile("^[-–\\s]+$");

	private final SourceText text;

	private final WarningLog log;

	private final Keys goalKeys = new Keys();

	private final Keys indicatorKeys = new Keys();

	private final List<ParsedReport.Goal> goals = new ArrayList<>();

	private final List<String> perspectives = new ArrayList<>();

	private final List<ParsedReport.Indicator> indicators = new ArrayList<>();

	ProcessGoalReader(SourceText text, WarningLog log) {
		this.text = text;
		this.log = log;
	}

	static boolean isZoneHeading(String line) {
		List<String> cells = TabTable.cells(line);
		return cells.get(0).equalsIgnoreCase("4-åriga processmål")
				&& cells.subList(1, cells.size()).stream().allMatch(String::isEmpty);
	}

	List<ParsedReport.Goal> goals() {
		return this.goals;
	}

	List<ParsedReport.Indicator> indicators() {
		return this.indicators;
	}

	long countIn(String perspective) {
		return this.perspectives.stream().filter(perspective::equals).count();
	}

	/** Reads the goal zones and indicator tables between {@code from} and {@code to}. */
	void readSection(String areaKey, String perspective, int from, int to) {
		int goalsBefore = this.goals.size();
		Draft draft = null;
		boolean inZone = false;
		for (int number = from; number <= to; number++) {
			String line = this.text.line(number);
			if (isZoneHeading(line)) {
				inZone = true;
				draft = finish(draft, areaKey, perspective);
				continue;
			}
			if (CommitmentReader.isZoneHeading(line)) {
				inZone = false;
				draft = finish(draft, areaKey, perspective);
				continue;
			}
			if (!inZone || Lines.isBlank(line) || isCaption(number)) {
				continue;
			}
			List<String> cells = TabTable.cells(line);
			if (Lines.hasTab(line)) {
				if (cells.size() != 2 || !cells.get(1).isEmpty() || cells.get(0).isEmpty()
						|| DASHES.matcher(cells.get(0)).matches()) {
					continue;
				}
				if (HtmlFragments.read(cells.get(0)).html() != null) {
					if (draft != null) {
						draft.paragraph(cells.get(0), number);
					}
					continue;
				}
				draft = finish(draft, areaKey, perspective);
				draft = new Draft(cells.get(0), number);
			}
			else if (draft == null) {
				draft = new Draft(Lines.trim(line), number);
			}
			else {
				draft.paragraph(line, number);
			}
		}
		finish(draft, areaKey, perspective);
		readIndicators(from, to, (this.goals.size() > goalsBefore) ? goalsBefore : -1);
	}

	private Draft finish(Draft draft, String areaKey, String perspective) {
		if (draft != null) {
			this.goals.add(new ParsedReport.Goal(this.goalKeys.unique(draft.title), areaKey, null, GoalLevel.PROCESS,
					LEVEL_LABEL, null, draft.title, Texts.paragraphs(draft.paragraphs),
					ParsedReport.Assessment.unknown(), null, new ParsedReport.LineRange(draft.line, draft.lastLine)));
			this.perspectives.add(perspective);
		}
		return null;
	}

	/** The line above an indicator table names it; it is no follow-up text. */
	private boolean isCaption(int number) {
		int next = Lines.nextNonBlank(this.text, number + 1);
		return !Lines.hasTab(this.text.line(number)) && next > 0
				&& isIndicatorTable(TabTable.cells(this.text.line(next)));
	}

	private static boolean isIndicatorTable(List<String> cells) {
		return IndicatorTables.isIndicatorHeader(cells) || isYearTable(cells);
	}

	/** "År | 2022 | 2021 | 2020": outcomes per year, one row per group. */
	private static boolean isYearTable(List<String> cells) {
		return cells.size() >= 2 && cells.get(0).equalsIgnoreCase("År")
				&& cells.subList(1, cells.size())
					.stream()
					.allMatch((cell) -> IndicatorTables.yearColumn(cell).isPresent());
	}

	/** Indicator tables belong to the last goal of the area above them. */
	private void readIndicators(int from, int to, int firstGoal) {
		for (int number = from; number <= to; number++) {
			List<String> cells = TabTable.cells(this.text.line(number));
			if (!isIndicatorTable(cells)) {
				continue;
			}
			TabTable table = Tables.readUntil(this.text, number, ProcessGoalReader::isIndicatorTable);
			int captionLine = Lines.previousNonBlank(this.text, number - 1);
			String caption = (captionLine > 0 && !Lines.hasTab(this.text.line(captionLine)))
					? Lines.trim(this.text.line(captionLine)) : null;
			String goalKey = goalAbove(number, firstGoal);
			if (goalKey == null) {
				this.log.add(number, "INDICATOR_WITHOUT_GOAL", "Indicator table at line " + number
						+ ": no processmål above it in its area; stored without goal");
			}
			boolean byYear = isYearTable(cells);
			String levelLabel = (caption != null) ? caption : cells.get(0);
			this.indicators.addAll(IndicatorTables.read(this.text, table,
					IndicatorTables.columns(cells, byYear ? IndicatorTables::yearColumn : IndicatorTables::valueColumn),
					(byYear && caption != null) ? caption + " – " : "", goalKey, GoalLevel.PROCESS, levelLabel,
					this.indicatorKeys));
			number = table.lines().end();
		}
	}

	private String goalAbove(int line, int firstGoal) {
		if (firstGoal < 0) {
			return null;
		}
		String key = null;
		for (ParsedReport.Goal goal : this.goals.subList(firstGoal, this.goals.size())) {
			if (goal.lines().start() < line) {
				key = goal.key();
			}
		}
		return key;
	}

	private static final class Draft {

		final String title;

		final int line;

		final List<String> paragraphs = new ArrayList<>();

		int lastLine;

		Draft(String title, int line) {
			this.title = title;
			this.line = line;
			this.lastLine = line;
		}

		void paragraph(String text, int number) {
			this.paragraphs.add(text);
			this.lastLine = number;
		}

	}

}
