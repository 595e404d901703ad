package se.kommunkollen.importer.verksamhetsberattelse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kommunkollen.goal.GoalLevel;
import se.kommunkollen.goal.IndicatorValueKind;
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
 * tables of the area. A goal's title is recognised where the layout marks it: a line that
 * is a table cell ("Stärka företagsklimatet …\t"), the first line after the "4-åriga
 * processmål" heading, or a title row whose cell lost its tab: a one-line paragraph, one
 * sentence of at most {@value #TITLE_MAX_LENGTH} characters that states a goal rather
 * than reports what was done, not an item of a list introduced by a colon, and followed
 * by its own follow-up text. A line of title shape that reads as a report ("… har tagits
 * fram") stays follow-up text, with a warning naming it. Assessments of goals are not
 * printed: the report is silent, so they are UNKNOWN. An indicator row goes to the goal
 * of its area whose title names it ("Ekonomi i balans") or whose follow-up prints its
 * outcome and target ("92%" against "84%"), else to the last goal above its table.
 */
final class ProcessGoalReader {

	static final String LEVEL_LABEL = "4-årigt processmål";

	private static final Pattern DASHES = Pattern.compile("^[-–\\s]+$");

	static final int TITLE_MAX_LENGTH = 120;

	private static final int FOLLOW_UP_MIN_LENGTH = 120;

	/** A sentence inside the line: punctuation followed by more text. */
	private static final Pattern INNER_SENTENCE_END = Pattern.compile("[.!?]\\s+\\S");

	/**
	 * Reports of what was done: a perfect or past tense ("har … tagits fram", "har
	 * bidragit", "är avslutad", "uppgår", "blev").
	 */
	private static final Pattern REPORT = Pattern.compile(
			"(?iu)\\b(har|hade)\\s+(?:\\S+\\s+){0,5}?\\p{L}+(ts|its|ats|tt|it|at)\\b|\\b(är|blev|var)\\s+(avslutad|avslutat|genomförd|genomfört|klar|klart|antagen|antaget|framtagen|framtaget|beslutad|beslutat)\\b|\\b(uppgår|uppgick|blev|visar|visade)\\b");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[ ,.]\\d+)*\\s?%?");

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
			else if (isUntabbedTitle(number, draft)) {
				draft = finish(draft, areaKey, perspective);
				draft = new Draft(Lines.trim(line), number);
			}
			else {
				draft.paragraph(line, number);
			}
		}
		finish(draft, areaKey, perspective);
		readIndicators(from, to, (this.goals.size() > goalsBefore) ? goalsBefore : -1);
	}

	/**
	 * A title row that lost its tab. Each condition is a layout cue; a line that meets
	 * all of them but reads as a report is kept as follow-up text and named in a warning.
	 */
	private boolean isUntabbedTitle(int number, Draft draft) {
		String line = Lines.trim(this.text.line(number));
		if (!isOneLineParagraph(number) || !isOneShortSentence(line) || isListItem(number) || !hasFollowUp(number)) {
			return false;
		}
		if (REPORT.matcher(line).find()) {
			this.log.add(number, "GOAL_TITLE_UNCERTAIN", "Line " + number + " '" + line
					+ "' has the shape of a processmål title but reads as a report of what was done; kept in the follow-up of '"
					+ draft.title + "'");
			return false;
		}
		return true;
	}

	private boolean isOneLineParagraph(int number) {
		return blankOrEdge(number - 1) && blankOrEdge(number + 1);
	}

	private boolean blankOrEdge(int number) {
		return number < 1 || number > this.text.lineCount() || Lines.isBlank(this.text.line(number));
	}

	private static boolean isOneShortSentence(String line) {
		return line.length() <= TITLE_MAX_LENGTH && Character.isUpperCase(line.codePointAt(0))
				&& !INNER_SENTENCE_END.matcher(line).find() && !line.endsWith(":") && !line.endsWith(";")
				&& !line.endsWith("?") && !line.endsWith(",") && HtmlFragments.read(line).html() == null;
	}

	/** After "… handlat om följande:" each short one-line paragraph is an item. */
	private boolean isListItem(int number) {
		int previous = Lines.previousNonBlank(this.text, number - 1);
		if (previous < 1 || Lines.hasTab(this.text.line(previous))) {
			return false;
		}
		String line = Lines.trim(this.text.line(previous));
		if (line.endsWith(":") || line.endsWith(";")) {
			return true;
		}
		return isOneLineParagraph(previous) && isOneShortSentence(line) && isListItem(previous);
	}

	/**
	 * The next paragraph is follow-up text: a long paragraph, or one that introduces a
	 * list; not another short line, a table or the commitments.
	 */
	private boolean hasFollowUp(int number) {
		int next = Lines.nextNonBlank(this.text, number + 1);
		if (next < 1 || Lines.hasTab(this.text.line(next)) || CommitmentReader.isZoneHeading(this.text.line(next))
				|| isCaption(next)) {
			return false;
		}
		String line = Lines.trim(this.text.line(next));
		return line.length() > FOLLOW_UP_MIN_LENGTH || line.endsWith(":");
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
			List<ParsedReport.Indicator> read = IndicatorTables.read(this.text, table,
					IndicatorTables.columns(cells, byYear ? IndicatorTables::yearColumn : IndicatorTables::valueColumn),
					(byYear && caption != null) ? caption + " – " : "", goalKey, GoalLevel.PROCESS, levelLabel,
					this.indicatorKeys);
			List<ParsedReport.Goal> areaGoals = (firstGoal < 0) ? List.of()
					: this.goals.subList(firstGoal, this.goals.size());
			for (ParsedReport.Indicator indicator : read) {
				this.indicators.add(withGoal(indicator, goalNaming(indicator, areaGoals)));
			}
			number = table.lines().end();
		}
	}

	private static ParsedReport.Indicator withGoal(ParsedReport.Indicator indicator, String goalKey) {
		if (goalKey == null || goalKey.equals(indicator.goalKey())) {
			return indicator;
		}
		return new ParsedReport.Indicator(indicator.key(), goalKey, indicator.level(), indicator.levelLabel(),
				indicator.name(), indicator.unit(), indicator.betterDirection(), indicator.values(), indicator.lines());
	}

	/**
	 * The one goal of the area whose title contains the indicator's name ("Ekonomi i
	 * balans"), else the one whose follow-up prints the indicator's latest outcome and
	 * first target; null when none or several do.
	 */
	private static String goalNaming(ParsedReport.Indicator indicator, List<ParsedReport.Goal> goals) {
		String name = comparable(indicator.name().replaceAll("[,(].*$", ""));
		List<ParsedReport.Goal> byName = goals.stream()
			.filter((goal) -> name.split(" ").length >= 2 && comparable(goal.title()).contains(name))
			.toList();
		if (byName.size() == 1) {
			return byName.get(0).key();
		}
		List<String> figures = figures(indicator);
		if (figures.isEmpty()) {
			return null;
		}
		List<ParsedReport.Goal> byFigures = goals.stream()
			.filter((goal) -> goal.analysis() != null && goal.analysis().plain() != null
					&& figures.stream().allMatch((figure) -> prints(goal.analysis().plain(), figure)))
			.toList();
		return (byFigures.size() == 1) ? byFigures.get(0).key() : null;
	}

	/** The latest outcome and the first target as printed, when both are. */
	private static List<String> figures(ParsedReport.Indicator indicator) {
		String outcome = null;
		String target = null;
		for (ParsedReport.IndicatorValue value : indicator.values()) {
			if (value.kind() == IndicatorValueKind.OUTCOME && value.printed() != null) {
				outcome = value.printed();
			}
			if (value.kind() == IndicatorValueKind.TARGET && value.printed() != null && target == null) {
				target = value.printed();
			}
		}
		return (outcome != null && target != null && !outcome.equals(target)) ? List.of(outcome, target) : List.of();
	}

	private static boolean prints(String text, String figure) {
		String wanted = figure.replaceAll("\\s", "");
		Matcher matcher = NUMBER.matcher(text);
		while (matcher.find()) {
			if (matcher.group().replaceAll("\\s", "").equals(wanted)) {
				return true;
			}
		}
		return false;
	}

	private static String comparable(String text) {
		return text.toLowerCase(new Locale("sv")).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
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
