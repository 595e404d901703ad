package se.kommunkollen.importer.delarsrapport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kommunkollen.goal.AssessmentLevel;
import se.kommunkollen.goal.GoalLevel;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.IndicatorTables;
import se.kommunkollen.importer.read.Keys;
import se.kommunkollen.importer.read.Lines;
import se.kommunkollen.importer.read.StatusVocabulary;
import se.kommunkollen.importer.read.TabTable;
import se.kommunkollen.importer.read.Tables;
import se.kommunkollen.importer.read.Texts;
import se.kommunkollen.importer.read.WarningLog;

/**
 * The chapter "Uppföljning medarbetarmål": one numbered heading per goal ("5.1 Mål 21:
 * Ökat medarbetarengagemang"), its status line, "Analys av måluppfyllelsen" with running
 * text, and its indicator tables ("KF indikatorer", "Nämnds indikatorer").
 */
final class EmployeeGoalReader {

	static final String LEVEL_LABEL = "Medarbetarmål";

	private static final Pattern GOAL_HEADING = Pattern
		.compile("^\\d{1,2}(?:\\.\\d{1,2})+\\s+(Mål\\s+\\d+[a-z]?)\\s*:\\s*(.+)$");

	private static final Pattern CHAPTER = Pattern.compile("^\\d{1,2}\\s+\\S.*");

	private static final int STATUS_MAX_LENGTH = 60;

	private final SourceText text;

	private final WarningLog log;

	private final Keys goalKeys;

	private final Keys indicatorKeys;

	private final List<ParsedReport.Goal> goals = new ArrayList<>();

	private final List<ParsedReport.Indicator> indicators = new ArrayList<>();

	EmployeeGoalReader(SourceText text, Keys goalKeys, Keys indicatorKeys, WarningLog log) {
		this.text = text;
		this.goalKeys = goalKeys;
		this.indicatorKeys = indicatorKeys;
		this.log = log;
	}

	void read() {
		int chapter = chapterStart();
		if (chapter < 0) {
			return;
		}
		int end = chapterEnd(chapter);
		for (int number = chapter + 1; number <= end; number++) {
			Matcher matcher = GOAL_HEADING.matcher(Lines.trim(this.text.line(number)));
			if (Lines.isNumberedHeading(this.text.line(number)) && matcher.matches()) {
				int last = sectionEnd(number, end);
				readGoal(number, last, matcher.group(1).replaceAll("\\s+", " "), matcher.group(2).trim());
				number = last;
			}
		}
	}

	List<ParsedReport.Goal> goals() {
		return this.goals;
	}

	List<ParsedReport.Indicator> indicators() {
		return this.indicators;
	}

	private int chapterStart() {
		for (int number = 1; number <= this.text.lineCount(); number++) {
			String line = this.text.line(number);
			if (Lines.isNumberedHeading(line) && CHAPTER.matcher(Lines.trim(line)).matches()
					&& line.toLowerCase(new Locale("sv")).contains("medarbetarmål")) {
				return number;
			}
		}
		return -1;
	}

	private int chapterEnd(int chapter) {
		for (int number = chapter + 1; number <= this.text.lineCount(); number++) {
			String line = this.text.line(number);
			if (Lines.isNumberedHeading(line) && CHAPTER.matcher(Lines.trim(line)).matches()) {
				return number - 1;
			}
		}
		return this.text.lineCount();
	}

	private int sectionEnd(int heading, int chapterEnd) {
		for (int number = heading + 1; number <= chapterEnd; number++) {
			if (Lines.isNumberedHeading(this.text.line(number))) {
				return number - 1;
			}
		}
		return chapterEnd;
	}

	private void readGoal(int heading, int end, String number, String title) {
		String key = this.goalKeys.unique(number);
		int analysisHeading = -1;
		List<Integer> statusLines = new ArrayList<>();
		List<String> paragraphs = new ArrayList<>();
		int last = heading;
		for (int line = heading + 1; line <= end; line++) {
			String content = this.text.line(line);
			if (Lines.isBlank(content)) {
				continue;
			}
			List<String> cells = TabTable.cells(content);
			if (IndicatorTables.isIndicatorHeader(cells)) {
				TabTable table = Tables.readUntil(this.text, line, IndicatorTables::isIndicatorHeader);
				readIndicators(table, key);
				line = table.lines().end();
				last = line;
				continue;
			}
			last = line;
			String trimmed = Lines.trim(content);
			if (analysisHeading < 0 && trimmed.toLowerCase(new Locale("sv")).startsWith("analys av mål")) {
				analysisHeading = line;
			}
			else if (analysisHeading < 0 && paragraphs.isEmpty() && trimmed.length() <= STATUS_MAX_LENGTH
					&& !Lines.hasTab(content)) {
				statusLines.add(line);
			}
			else {
				paragraphs.add(content);
			}
		}
		ParsedReport.Assessment assessment = assessment(number, heading, statusLines);
		this.goals.add(new ParsedReport.Goal(key, null, null, GoalLevel.EMPLOYEE, LEVEL_LABEL, number, title,
				Texts.paragraphs(paragraphs), assessment, null, new ParsedReport.LineRange(heading, last)));
	}

	private ParsedReport.Assessment assessment(String goal, int heading, List<Integer> statusLines) {
		if (statusLines.size() != 1) {
			this.log.add(heading, statusLines.isEmpty() ? "STATUS_SYMBOL_LOST" : "STATUS_COUNT_MISMATCH",
					"Goal '" + goal + "': expected one status line below the heading, found " + statusLines.size() + " "
							+ statusLines + "; stored as UNKNOWN");
			return new ParsedReport.Assessment(null, AssessmentLevel.UNKNOWN);
		}
		int line = statusLines.get(0);
		String label = StatusVocabulary.cleanLabel(this.text.line(line));
		return StatusVocabulary.assessment(label)
			.map((level) -> new ParsedReport.Assessment(label, level, line))
			.orElseGet(() -> {
				this.log.add(line, "UNKNOWN_STATUS_LABEL",
						"Goal '" + goal + "': status label '" + label + "' is not known; stored as UNKNOWN");
				return new ParsedReport.Assessment(label, AssessmentLevel.UNKNOWN, line);
			});
	}

	private void readIndicators(TabTable table, String goalKey) {
		String levelLabel = table.header().get(0);
		String lower = levelLabel.toLowerCase(new Locale("sv"));
		GoalLevel level = lower.startsWith("kf") ? GoalLevel.COUNCIL
				: lower.startsWith("nämnd") ? GoalLevel.BOARD : GoalLevel.OTHER;
		this.indicators.addAll(IndicatorTables.read(this.text, table,
				IndicatorTables.columns(table.header(), IndicatorTables::valueColumn), "", goalKey, level, levelLabel,
				this.indicatorKeys));
	}

}
