package se.kommunkollen.importer.delarsrapport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.kommunkollen.goal.AreaKind;
import se.kommunkollen.goal.AssessmentLevel;
import se.kommunkollen.goal.GoalLevel;
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
 * The KF-mål tables ("Kommunens uppgift | KF mål 2023 | Analys av måluppfyllelsen") and
 * the areas in their first column. The status of each goal was an image; what is left
 * stands as separate lines after each table block. They are given to the block's goals in
 * order only when there are exactly as many status lines as goals.
 */
final class CouncilGoalReader {

	static final String LEVEL_LABEL = "KF-mål";

	private static final Pattern GOAL = Pattern.compile("^(Mål\\s+\\d+[a-z]?)\\s*[:.]\\s*(.+)$");

	private static final int STATUS_MAX_LENGTH = 60;

	private static final Pattern STATED_TOTAL = Pattern
		.compile("(?iu)" + NumberWords.PATTERN + "\\s+kommunfullmäktiges\\s+mål\\b");

	private static final Pattern STATED_GOOD = Pattern
		.compile("(?iu)" + NumberWords.PATTERN + "\\s+(?:av\\s+)?målen\\s+är\\s+på\\s+rätt\\s+väg");

	private static final Pattern STATED_PARTLY = Pattern
		.compile("(?iu)" + NumberWords.PATTERN + "\\s+(?:av\\s+)?mål(?:en)?\\s+är\\s+delvis\\s+på\\s+rätt\\s+väg");

	private static final Pattern STATED_POOR = Pattern
		.compile("(?iu)" + NumberWords.PATTERN + "\\s+(?:av\\s+)?målen\\s+(?:är|bedöms\\s+vara)\\s+på\\s+fel\\s+väg");

	private final SourceText text;

	private final WarningLog log;

	private final Keys goalKeys;

	private final Map<String, AreaBuilder> areas = new LinkedHashMap<>();

	private final List<GoalBuilder> goals = new ArrayList<>();

	CouncilGoalReader(SourceText text, Keys goalKeys, WarningLog log) {
		this.text = text;
		this.goalKeys = goalKeys;
		this.log = log;
	}

	static boolean isHeader(List<String> cells) {
		return cells.size() == 3 && cells.get(0).equalsIgnoreCase("Kommunens uppgift")
				&& cells.get(1).toLowerCase().startsWith("kf mål");
	}

	void read() {
		AreaBuilder area = null;
		for (int number = 1; number <= this.text.lineCount(); number++) {
			if (!isHeader(TabTable.cells(this.text.line(number)))) {
				continue;
			}
			TabTable table = Tables.readUntil(this.text, number, (cells) -> isHeader(cells));
			List<GoalBuilder> block = new ArrayList<>();
			for (TableRow row : table.rows()) {
				area = readRow(row, area, block);
			}
			assignStatuses(table, block, statusLines(table.lines().end() + 1));
			number = table.lines().end();
		}
		if (!this.goals.isEmpty()) {
			compareWithSummary();
		}
	}

	/**
	 * "elva kommunfullmäktiges mål … 7 av målen är på rätt väg … 4 mål är delvis på rätt
	 * väg": only compared.
	 */
	private void compareWithSummary() {
		for (int number = 1; number <= this.text.lineCount(); number++) {
			String line = this.text.line(number);
			if (!STATED_GOOD.matcher(line).find()) {
				continue;
			}
			compare(line, number, STATED_TOTAL, this.goals.size(), "KF goals");
			compare(line, number, STATED_GOOD, count(AssessmentLevel.GOOD), "KF goals on the right track");
			compare(line, number, STATED_PARTLY, count(AssessmentLevel.PARTLY), "KF goals partly on the right track");
			compare(line, number, STATED_POOR, count(AssessmentLevel.POOR), "KF goals on the wrong track");
			return;
		}
	}

	private long count(AssessmentLevel level) {
		return this.goals.stream().filter((goal) -> goal.assessment.level() == level).count();
	}

	private void compare(String line, int number, Pattern pattern, long found, String what) {
		Matcher matcher = pattern.matcher(line);
		if (!matcher.find()) {
			return;
		}
		Integer stated = NumberWords.parse(matcher.group(1));
		if (stated != null && stated != found) {
			this.log.add(number, "GOAL_SUMMARY_MISMATCH", "The summary states " + stated + " " + what + " ('"
					+ matcher.group() + "'); the goal tables give " + found);
		}
	}

	private AreaBuilder readRow(TableRow row, AreaBuilder area, List<GoalBuilder> block) {
		String areaName = HtmlFragments.plain(row.cell(0));
		String goalCell = HtmlFragments.plain(row.cell(1));
		ParsedReport.Text analysis = HtmlFragments.read(row.cell(2));
		if (areaName.isEmpty() && goalCell.isEmpty()) {
			if (this.goals.isEmpty()) {
				this.log.add(row.line(), "ORPHAN_ROW",
						"KF goal table: a continuation row with no goal before it; ignored");
			}
			else {
				this.goals.get(this.goals.size() - 1).continueWith(analysis, row.line());
			}
			return area;
		}
		AreaBuilder current = area;
		if (!areaName.isEmpty()) {
			current = this.areas.computeIfAbsent(areaName, (name) -> new AreaBuilder(name, row.line()));
		}
		else if (current == null) {
			this.log.add(row.line(), "AREA_MISSING", "KF goal '" + goalCell + "': no area printed before it");
		}
		if (current != null) {
			current.seen(row.line());
		}
		Matcher matcher = GOAL.matcher(goalCell);
		String number = null;
		String title = goalCell;
		if (matcher.matches()) {
			number = matcher.group(1).replaceAll("\\s+", " ");
			title = matcher.group(2).trim();
		}
		else {
			this.log.add(row.line(), "GOAL_NUMBER_MISSING", "KF goal '" + goalCell + "': no goal number ('Mål N:')");
		}
		GoalBuilder goal = new GoalBuilder(this.goalKeys.unique((number != null) ? number : title), current, number,
				title, analysis, row.line());
		this.goals.add(goal);
		block.add(goal);
		return current;
	}

	/**
	 * The short non-blank lines after a table, up to the next table, heading or
	 * paragraph.
	 */
	private List<Integer> statusLines(int from) {
		List<Integer> lines = new ArrayList<>();
		for (int number = from; number <= this.text.lineCount(); number++) {
			String line = this.text.line(number);
			if (Lines.isBlank(line)) {
				continue;
			}
			String trimmed = Lines.trim(line);
			if (Lines.hasTab(line) || Lines.isNumberedHeading(line) || trimmed.length() > STATUS_MAX_LENGTH) {
				break;
			}
			lines.add(number);
		}
		return lines;
	}

	private void assignStatuses(TabTable table, List<GoalBuilder> block, List<Integer> statusLines) {
		if (statusLines.size() != block.size()) {
			for (GoalBuilder goal : block) {
				goal.assessment = new ParsedReport.Assessment(null, AssessmentLevel.UNKNOWN);
			}
			this.log.add(table.lines().start(), "STATUS_COUNT_MISMATCH",
					"KF goal table at line " + table.lines().start() + " has " + block.size() + " goals ("
							+ block.stream().map(GoalBuilder::name).collect(Collectors.joining(", ")) + ") but "
							+ statusLines.size() + " status lines " + statusLines
							+ "; every goal of the table stored as UNKNOWN");
			return;
		}
		for (int i = 0; i < block.size(); i++) {
			GoalBuilder goal = block.get(i);
			int line = statusLines.get(i);
			String label = StatusVocabulary.cleanLabel(this.text.line(line));
			AssessmentLevel level = StatusVocabulary.assessment(label).orElse(null);
			if (level == null) {
				level = AssessmentLevel.UNKNOWN;
				this.log.add(line, "UNKNOWN_STATUS_LABEL",
						"Goal '" + goal.name() + "': status label '" + label + "' is not known; stored as UNKNOWN");
			}
			goal.assessment = new ParsedReport.Assessment(label, level, line);
			// the goal's provenance reaches the line that prints its status
			goal.lastLine = Math.max(goal.lastLine, line);
		}
	}

	List<ParsedReport.Area> areas(Keys areaKeys) {
		List<ParsedReport.Area> result = new ArrayList<>();
		for (AreaBuilder area : this.areas.values()) {
			area.key = areaKeys.unique(area.name);
			result.add(new ParsedReport.Area(area.key, AreaKind.MUNICIPAL_TASK, null, area.name,
					ParsedReport.Assessment.unknown(), null, null, null,
					new ParsedReport.LineRange(area.firstLine, area.lastLine)));
		}
		return result;
	}

	/** Call after {@link #areas(Keys)}, which gives the areas their keys. */
	List<ParsedReport.Goal> goals() {
		List<ParsedReport.Goal> result = new ArrayList<>();
		for (GoalBuilder goal : this.goals) {
			result.add(new ParsedReport.Goal(goal.key, (goal.area != null) ? goal.area.key : null, null,
					GoalLevel.COUNCIL, LEVEL_LABEL, goal.number, goal.title, Texts.join(List.of(goal.analysis)),
					goal.assessment, null, new ParsedReport.LineRange(goal.firstLine, goal.lastLine)));
		}
		return result;
	}

	private static final class AreaBuilder {

		final String name;

		final int firstLine;

		int lastLine;

		String key;

		AreaBuilder(String name, int line) {
			this.name = name;
			this.firstLine = line;
			this.lastLine = line;
		}

		void seen(int line) {
			this.lastLine = Math.max(this.lastLine, line);
		}

	}

	private static final class GoalBuilder {

		final String key;

		final AreaBuilder area;

		final String number;

		final String title;

		final int firstLine;

		ParsedReport.Text analysis;

		ParsedReport.Assessment assessment = new ParsedReport.Assessment(null, AssessmentLevel.UNKNOWN);

		int lastLine;

		GoalBuilder(String key, AreaBuilder area, String number, String title, ParsedReport.Text analysis, int line) {
			this.key = key;
			this.area = area;
			this.number = number;
			this.title = title;
			this.analysis = analysis;
			this.firstLine = line;
			this.lastLine = line;
		}

		void continueWith(ParsedReport.Text more, int line) {
			this.analysis = Texts.append(this.analysis, more);
			this.lastLine = line;
			if (this.area != null) {
				this.area.seen(line);
			}
		}

		String name() {
			return (this.number != null) ? this.number : this.title;
		}

	}

}
