package se.kommunkollen.importer.bokslut;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kommunkollen.goal.AreaKind;
import se.kommunkollen.goal.AssessmentLevel;
import se.kommunkollen.goal.GoalLevel;
import se.kommunkollen.importer.ImportException;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.StatusSentences;
import se.kommunkollen.importer.read.StatusVocabulary;
import se.kommunkollen.municipality.MunicipalityDirectory;

/**
 * Målområden with their KF-mål, KS-mål, labelled figures and budget directions.
 *
 * <p>
 * Rules: a "KF-mål N" line whose number does not continue the previous one starts a new
 * målområde, named by the non-blank line before it (without a leading "N. "). A målområde
 * ends at its "Lägesbedömning (sammantaget) för (området) X: label" line, else before the
 * next målområde. A KF-mål's title is the rest of its line or the next line; it runs to
 * the next KF-mål or the end of its målområde, and its assessment is its "Lägesbedömning
 * … för målet: label" line. "KS-mål:" lines inside a KF-mål are board goals under it. An
 * area assessment line outside every målområde makes an area of kind OTHER, starting at
 * the heading that names it ("1. Ekonomi").
 */
final class TargetAreas {

	static final String UNKNOWN_STATUS_LABEL = "UNKNOWN_STATUS_LABEL";

	static final String ASSESSMENT_NOT_FOUND = "ASSESSMENT_NOT_FOUND";

	private static final Pattern KF_GOAL = Pattern.compile("\\**KF-mål\\s+(\\d+)\\**\\s*(.*)");

	private static final Pattern KS_GOAL = Pattern.compile("\\**KS[- ]mål\\s*:\\s*(.+)");

	private static final Pattern GOAL_ASSESSMENT = Pattern.compile("\\**Lägesbedömning\\b[^:]*\\bför målet\\s*:(.*)");

	private static final Pattern AREA_ASSESSMENT = Pattern
		.compile("\\**Lägesbedömning (?:sammantaget )?för (?:området )?(?!målet)([^:]+?)\\s*:(.*)");

	private static final Pattern NUMBERED_HEADING = Pattern.compile("\\d+\\.\\s+(\\S.*)");

	private static final int HEADING_MAX_LENGTH = 100;

	private final SourceText text;

	private final List<ParsedReport.Area> areas = new ArrayList<>();

	private final List<ParsedReport.Goal> goals = new ArrayList<>();

	private final List<ParsedReport.Indicator> indicators = new ArrayList<>();

	private final List<ParsedReport.Initiative> initiatives = new ArrayList<>();

	private final List<ParsedReport.Warning> warnings = new ArrayList<>();

	/**
	 * Lines that belong to budget-direction blocks, KS-mål or assessments: not a goal's
	 * analysis.
	 */
	private final Set<Integer> claimed = new HashSet<>();

	private final List<Integer> areaHeadings = new ArrayList<>();

	private TargetAreas(SourceText text) {
		this.text = text;
	}

	static TargetAreas read(SourceText text) {
		TargetAreas reader = new TargetAreas(text);
		reader.readAreas();
		return reader;
	}

	List<ParsedReport.Area> areas() {
		return this.areas;
	}

	List<ParsedReport.Goal> goals() {
		return this.goals;
	}

	List<ParsedReport.Indicator> indicators() {
		return this.indicators;
	}

	List<ParsedReport.Initiative> initiatives() {
		return this.initiatives;
	}

	List<ParsedReport.Warning> warnings() {
		return this.warnings;
	}

	static boolean hasGoals(SourceText text) {
		return text.lines().stream().anyMatch((line) -> KF_GOAL.matcher(line.trim()).matches());
	}

	private void readAreas() {
		List<Integer> kfLines = new ArrayList<>();
		List<Integer> starts = new ArrayList<>();
		int previous = Integer.MAX_VALUE;
		for (int line = 1; line <= this.text.lineCount(); line++) {
			Matcher kf = KF_GOAL.matcher(this.text.line(line).trim());
			if (kf.matches()) {
				int number = Integer.parseInt(kf.group(1));
				if (number <= previous) {
					starts.add(line);
				}
				kfLines.add(line);
				previous = number;
			}
		}
		for (int start : starts) {
			this.areaHeadings.add(heading(start));
		}
		List<ParsedReport.LineRange> ranges = new ArrayList<>();
		for (int i = 0; i < starts.size(); i++) {
			int heading = this.areaHeadings.get(i);
			int next = (i + 1 < starts.size()) ? this.areaHeadings.get(i + 1) : this.text.lineCount() + 1;
			int assessmentLine = find(heading, next - 1, AREA_ASSESSMENT);
			int end = (assessmentLine > 0) ? assessmentLine : Lines.lastNonBlank(this.text, heading, next - 1);
			ranges.add(new ParsedReport.LineRange(heading, end));
		}
		IntPredicate stop = this::endsBlock;
		List<int[]> pending = new ArrayList<>();
		for (int i = 0; i < starts.size(); i++) {
			ParsedReport.LineRange range = ranges.get(i);
			String name = headingName(this.text.line(range.start()));
			String areaKey = areaKey(name);
			this.areas.add(area(areaKey, AreaKind.TARGET_AREA, name, range));
			List<Integer> areaGoals = kfLines.stream().filter((l) -> Lines.contains(range, l)).toList();
			for (int g = 0; g < areaGoals.size(); g++) {
				int kfLine = areaGoals.get(g);
				int goalEnd = (g + 1 < areaGoals.size()) ? areaGoals.get(g + 1) - 1
						: (isAreaAssessment(range.end()) ? range.end() - 1 : range.end());
				pending.add(new int[] { kfLine, Lines.lastNonBlank(this.text, kfLine, goalEnd), i });
			}
		}
		for (int[] goal : pending) {
			ParsedReport.Area area = this.areas.get(goal[2]);
			readCouncilGoal(area, new ParsedReport.LineRange(goal[0], goal[1]), stop);
		}
		readOtherAreas(ranges);
		readLooseDirections(stop);
	}

	private void readCouncilGoal(ParsedReport.Area area, ParsedReport.LineRange range, IntPredicate stop) {
		Matcher kf = KF_GOAL.matcher(this.text.line(range.start()).trim());
		kf.matches();
		String number = "KF-mål " + kf.group(1);
		String key = area.key() + "/" + MunicipalityDirectory.slug(number);
		int titleLine = kf.group(2).isBlank() ? Lines.nextNonBlank(this.text, range.start()) : range.start();
		String title = Paragraphs.plain(kf.group(2).isBlank() ? this.text.line(titleLine) : kf.group(2));
		int assessmentLine = find(range.start(), range.end(), GOAL_ASSESSMENT);
		if (assessmentLine > 0) {
			this.claimed.add(assessmentLine);
		}
		ParsedReport.Assessment assessment = goalAssessment(assessmentLine,
				"Goal '" + number + "' (" + area.name() + ")", range.start());
		readDirections(range, key, area.key(), stop);
		List<ParsedReport.Goal> boardGoals = new ArrayList<>();
		for (int line = range.start(); line <= range.end(); line++) {
			Matcher ks = KS_GOAL.matcher(this.text.line(line).trim());
			if (ks.matches() && !this.claimed.contains(line)) {
				boardGoals.add(readBoardGoal(area, key, line, range, boardGoals.size() + 1, ks.group(1)));
			}
		}
		List<Integer> analysisLines = Lines.between(titleLine + 1, range.end(), this.claimed::contains);
		ParsedReport.Goal goal = new ParsedReport.Goal(key, area.key(), null, GoalLevel.COUNCIL, "KF-mål", number,
				title, Paragraphs.text(this.text, analysisLines), assessment, null, range);
		this.goals.add(goal);
		this.goals.addAll(boardGoals);
		this.indicators.addAll(LabelledFigures.read(this.text, analysisLines, goal));
	}

	private ParsedReport.Goal readBoardGoal(ParsedReport.Area area, String parentKey, int line,
			ParsedReport.LineRange councilGoal, int index, String title) {
		int end = line;
		for (int next = line + 1; next <= councilGoal.end(); next++) {
			String content = this.text.line(next).trim();
			if (KS_GOAL.matcher(content).matches() || GOAL_ASSESSMENT.matcher(content).matches()
					|| BudgetDirections.isHeader(content) || this.claimed.contains(next)) {
				break;
			}
			end = next;
		}
		ParsedReport.LineRange range = new ParsedReport.LineRange(line, Lines.lastNonBlank(this.text, line, end));
		for (int n = range.start(); n <= range.end(); n++) {
			this.claimed.add(n);
		}
		List<Integer> lines = Lines.between(line + 1, range.end(), (n) -> false);
		ParsedReport.Goal goal = new ParsedReport.Goal(parentKey + "/ks-mal-" + index, area.key(), parentKey,
				GoalLevel.BOARD, "KS-mål", null, Paragraphs.plain(title), Paragraphs.text(this.text, lines),
				statedAssessment(lines), null, range);
		this.indicators.addAll(LabelledFigures.read(this.text, lines, goal));
		return goal;
	}

	/**
	 * A KS-mål has no assessment line; its comment may say it in a sentence ("Målet anses
	 * uppfyllt"). Else the report is silent: UNKNOWN.
	 */
	private ParsedReport.Assessment statedAssessment(List<Integer> lines) {
		for (int line : lines) {
			Optional<StatusSentences.Stated<AssessmentLevel>> stated = StatusSentences
				.goalAssessment(this.text.line(line));
			if (stated.isPresent()) {
				return new ParsedReport.Assessment(stated.get().label(), stated.get().value(), line);
			}
		}
		return ParsedReport.Assessment.unknown();
	}

	/**
	 * Budget-direction blocks inside a KF-mål; "Övrig inriktning" blocks are tied to no
	 * goal.
	 */
	private void readDirections(ParsedReport.LineRange range, String goalKey, String areaKey, IntPredicate stop) {
		for (int line = range.start(); line <= range.end(); line++) {
			if (BudgetDirections.isHeader(this.text.line(line)) && !this.claimed.contains(line)) {
				boolean general = BudgetDirections.isGeneral(this.text.line(line));
				BudgetDirections.Block block = BudgetDirections.read(this.text, line, stop, general ? areaKey : goalKey,
						general ? null : goalKey);
				claim(block);
				line = block.lines().end();
			}
		}
	}

	/** Budget-direction blocks outside every KF-mål ("5. Styrning"). */
	private void readLooseDirections(IntPredicate stop) {
		for (int line = 1; line <= this.text.lineCount(); line++) {
			if (BudgetDirections.isHeader(this.text.line(line)) && !this.claimed.contains(line)) {
				String prefix = MunicipalityDirectory.slug(sectionHeading(line));
				BudgetDirections.Block block = BudgetDirections.read(this.text, line, stop, prefix, null);
				claim(block);
				line = block.lines().end();
			}
		}
	}

	private void claim(BudgetDirections.Block block) {
		for (int n = block.lines().start(); n <= block.lines().end(); n++) {
			this.claimed.add(n);
		}
		this.initiatives.addAll(block.items());
	}

	/**
	 * Area assessment lines outside every målområde: areas of kind OTHER ("Lägesbedömning
	 * för området Ekonomi: Ok").
	 */
	private void readOtherAreas(List<ParsedReport.LineRange> targetAreas) {
		for (int line = 1; line <= this.text.lineCount(); line++) {
			int current = line;
			Matcher matcher = AREA_ASSESSMENT.matcher(this.text.line(line).trim());
			if (!matcher.matches() || targetAreas.stream().anyMatch((r) -> Lines.contains(r, current))) {
				continue;
			}
			String name = Paragraphs.plain(matcher.group(1));
			int start = headingNaming(name, line);
			this.areas.add(area(areaKey(name), AreaKind.OTHER, name, new ParsedReport.LineRange(start, line)));
		}
	}

	/** The slug of an area's name, numbered when an earlier area has the same one. */
	private String areaKey(String name) {
		String base = MunicipalityDirectory.slug(name);
		Set<String> used = new HashSet<>();
		this.areas.forEach((area) -> used.add(area.key()));
		String key = base;
		for (int n = 2; used.contains(key); n++) {
			key = base + "-" + n;
		}
		return key;
	}

	/**
	 * The nearest "N. Name" line above, else the nearest line that is just the name, else
	 * the line itself.
	 */
	private int headingNaming(String name, int line) {
		Pattern numbered = Pattern.compile("\\d+\\.\\s+" + Pattern.quote(name));
		for (int n = line - 1; n >= 1; n--) {
			if (numbered.matcher(this.text.line(n).trim()).matches()) {
				return n;
			}
		}
		for (int n = line - 1; n >= 1; n--) {
			if (this.text.line(n).trim().equals(name)) {
				return n;
			}
		}
		return line;
	}

	private ParsedReport.Area area(String key, AreaKind kind, String name, ParsedReport.LineRange range) {
		Matcher matcher = AREA_ASSESSMENT.matcher(this.text.line(range.end()).trim());
		ParsedReport.Assessment assessment;
		String assessmentText = null;
		if (matcher.matches()) {
			assessmentText = Paragraphs.plain(this.text.line(range.end()));
			assessment = assessment(Paragraphs.label(matcher.group(2)), "Area '" + name + "'", range.end());
		}
		else {
			assessment = assessmentStatedElsewhere(name, range);
		}
		return new ParsedReport.Area(key, kind, null, name, assessment, assessmentText, null, null, range);
	}

	/**
	 * An area whose section has no assessment line may have it in a summary paragraph
	 * ("För området *Miljö* är lägesbedömningen **Ok**"), sometimes more than once; taken
	 * only when every such sentence gives the same label.
	 */
	private ParsedReport.Assessment assessmentStatedElsewhere(String name, ParsedReport.LineRange range) {
		List<Integer> lines = new ArrayList<>();
		Set<String> labels = new LinkedHashSet<>();
		ParsedReport.Assessment first = null;
		for (int line = 1; line <= this.text.lineCount(); line++) {
			for (StatusSentences.AreaStatement statement : StatusSentences.areaAssessments(this.text.line(line))) {
				if (statement.area().equalsIgnoreCase(name)) {
					lines.add(line);
					labels.add(statement.label());
					if (first == null) {
						first = new ParsedReport.Assessment(statement.label(), statement.level(), line);
					}
				}
			}
		}
		if (first == null) {
			this.warnings.add(new ParsedReport.Warning(range.start(), ASSESSMENT_NOT_FOUND, "Area '" + name
					+ "': no 'Lägesbedömning för området' line in its section and no sentence stating it; stored as UNKNOWN"));
			return ParsedReport.Assessment.unknown();
		}
		if (labels.size() > 1) {
			this.warnings.add(new ParsedReport.Warning(lines.get(0), ASSESSMENT_NOT_FOUND,
					"Area '" + name + "': sentences on lines " + lines + " state different assessments " + labels
							+ "; stored as UNKNOWN"));
			return ParsedReport.Assessment.unknown();
		}
		return first;
	}

	private ParsedReport.Assessment goalAssessment(int line, String what, int goalLine) {
		if (line == 0) {
			this.warnings.add(new ParsedReport.Warning(goalLine, ASSESSMENT_NOT_FOUND,
					what + ": no 'Lägesbedömning … för målet' line; stored as UNKNOWN"));
			return new ParsedReport.Assessment(null, AssessmentLevel.UNKNOWN);
		}
		Matcher matcher = GOAL_ASSESSMENT.matcher(this.text.line(line).trim());
		matcher.matches();
		return assessment(Paragraphs.label(matcher.group(1)), what, line);
	}

	private ParsedReport.Assessment assessment(String printed, String what, int line) {
		String label = StatusVocabulary.cleanLabel(printed);
		Optional<AssessmentLevel> level = StatusVocabulary.assessment(label);
		if (level.isEmpty()) {
			this.warnings.add(new ParsedReport.Warning(line, UNKNOWN_STATUS_LABEL,
					what + ": status label '" + label + "' is unknown; stored as UNKNOWN"));
		}
		return new ParsedReport.Assessment(label, level.orElse(AssessmentLevel.UNKNOWN), line);
	}

	/** The non-blank line before a målområde's first KF-mål. */
	private int heading(int firstGoalLine) {
		int line = Lines.previousNonBlank(this.text, firstGoalLine);
		String content = (line > 0) ? this.text.line(line).trim() : "";
		boolean heading = !content.isEmpty() && !content.contains("\t") && content.length() <= HEADING_MAX_LENGTH
				&& !content.endsWith(".") && !content.endsWith(":");
		if (!heading) {
			throw new ImportException(this.text.fileName(), firstGoalLine,
					"no målområde heading before the first KF-mål of a målområde");
		}
		return line;
	}

	private static String headingName(String line) {
		String content = line.trim();
		Matcher numbered = NUMBERED_HEADING.matcher(content);
		return Paragraphs.plain(numbered.matches() ? numbered.group(1) : content);
	}

	/**
	 * The nearest "N. Title" line above, for keys of budget directions outside every
	 * goal.
	 */
	private String sectionHeading(int line) {
		for (int n = line - 1; n >= 1; n--) {
			Matcher numbered = NUMBERED_HEADING.matcher(this.text.line(n).trim());
			if (numbered.matches() && !this.text.line(n).contains("*")
					&& this.text.line(n).length() <= HEADING_MAX_LENGTH) {
				return numbered.group(1);
			}
		}
		return "inriktning";
	}

	private boolean endsBlock(int line) {
		String content = this.text.line(line).trim();
		return KF_GOAL.matcher(content).matches() || KS_GOAL.matcher(content).matches()
				|| GOAL_ASSESSMENT.matcher(content).matches() || AREA_ASSESSMENT.matcher(content).matches()
				|| this.areaHeadings.contains(line);
	}

	private boolean isAreaAssessment(int line) {
		return AREA_ASSESSMENT.matcher(this.text.line(line).trim()).matches();
	}

	private int find(int from, int to, Pattern pattern) {
		for (int line = from; line <= to; line++) {
			if (pattern.matcher(this.text.line(line).trim()).matches()) {
				return line;
			}
		}
		return 0;
	}

}
