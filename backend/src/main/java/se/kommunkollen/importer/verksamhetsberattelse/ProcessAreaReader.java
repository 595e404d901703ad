package se.kommunkollen.importer.verksamhetsberattelse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kommunkollen.goal.AreaKind;
import se.kommunkollen.goal.AssessmentLevel;
import se.kommunkollen.goal.Trend;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.Keys;
import se.kommunkollen.importer.read.Lines;
import se.kommunkollen.importer.read.NumberWords;
import se.kommunkollen.importer.read.StatusVocabulary;
import se.kommunkollen.importer.read.TabTable;
import se.kommunkollen.importer.read.TableRow;
import se.kommunkollen.importer.read.Tables;
import se.kommunkollen.importer.read.WarningLog;

/**
 * The processområden: the summary tables per perspective (Processområde | Bedömning |
 * Trend) and one section per area that starts with its own "Bedömning | Trend" row. The
 * assessment symbols were images and are lost; the section writes the assessment out
 * ("Processområdet bedöms delvis uppnå resultatmålen."), which gives the level. Goals,
 * indicators and commitments of each section are read by their own readers.
 */
final class ProcessAreaReader {

	private static final Pattern ASSESSMENT_SENTENCE = Pattern.compile("(?iu)^process(området|målet)\\s+bedöms\\b.*");

	/**
	 * An appendix starts ("Bilaga 2"), often after the registration number standing
	 * alone.
	 */
	private static final Pattern APPENDIX = Pattern
		.compile("(?iu)^bilaga\\s+\\d+$|^\\p{Lu}{2,}\\s?/?\\s?\\d{4}[:/]\\d+$");

	private static final Pattern GOAL_SUMMARY_HEADING = Pattern
		.compile("(?iu)^uppföljning\\s+(fyraåriga|4-åriga)\\s+processmål$");

	private static final Pattern GOAL_SUMMARY = Pattern
		.compile("(?iu)" + NumberWords.PATTERN + "\\s+(?:processmål\\s+)?inom\\s+(\\p{L}+)");

	private static final Map<String, Trend> ARROWS = Map.of("↗", Trend.BETTER, "↑", Trend.BETTER, "→", Trend.UNCHANGED,
			"↘", Trend.WORSE, "↓", Trend.WORSE);

	record SummaryRow(String perspective, String name, String symbol, String arrow, int line) {
	}

	record Section(String name, int start, int header, int end) {
	}

	private final SourceText text;

	private final WarningLog log;

	private final Keys areaKeys = new Keys();

	private final ProcessGoalReader goals;

	private final CommitmentReader commitments;

	private final List<ParsedReport.Area> areas = new ArrayList<>();

	ProcessAreaReader(SourceText text, WarningLog log) {
		this.text = text;
		this.log = log;
		this.goals = new ProcessGoalReader(text, log);
		this.commitments = new CommitmentReader(text, log);
	}

	static boolean isSummaryHeader(List<String> cells) {
		return Tables.cellsAre(cells, "Processområde", "Bedömning", "Trend");
	}

	void read() {
		List<SummaryRow> summary = summaryRows();
		Set<String> perspectives = new LinkedHashSet<>();
		summary.forEach((row) -> perspectives.add(row.perspective()));
		Map<String, SummaryRow> unmatched = new LinkedHashMap<>();
		summary.forEach((row) -> unmatched.put(row.name().toLowerCase(new Locale("sv")), row));
		String perspective = null;
		for (Section section : sections(perspectives)) {
			SummaryRow row = unmatched.remove(section.name().toLowerCase(new Locale("sv")));
			if (row != null) {
				perspective = row.perspective();
			}
			else {
				perspective = perspectiveBefore(section.start(), perspectives, perspective);
				this.log.add(section.header(), "AREA_NOT_IN_SUMMARY",
						"Process area '" + section.name() + "' is not in the summary tables");
			}
			readSection(section, row, perspective);
		}
		for (SummaryRow row : unmatched.values()) {
			this.log.add(row.line(), "AREA_SECTION_MISSING", "Process area '" + row.name()
					+ "': no section with its own assessment; assessment stored as UNKNOWN");
			this.areas.add(new ParsedReport.Area(this.areaKeys.unique(row.name()), AreaKind.PROCESS_AREA,
					row.perspective(), row.name(), new ParsedReport.Assessment(null, AssessmentLevel.UNKNOWN), null,
					ARROWS.get(row.arrow()), null, ParsedReport.LineRange.of(row.line())));
		}
		compareGoalCounts();
		this.commitments.applySummary();
	}

	List<ParsedReport.Area> areas() {
		return this.areas;
	}

	ProcessGoalReader goals() {
		return this.goals;
	}

	CommitmentReader commitments() {
		return this.commitments;
	}

	private List<SummaryRow> summaryRows() {
		List<SummaryRow> rows = new ArrayList<>();
		for (int number = 1; number <= this.text.lineCount(); number++) {
			if (!isSummaryHeader(TabTable.cells(this.text.line(number)))) {
				continue;
			}
			int perspectiveLine = Lines.previousNonBlank(this.text, number - 1);
			String perspective = (perspectiveLine > 0) ? Lines.trim(this.text.line(perspectiveLine)) : null;
			TabTable table = TabTable.readFrom(this.text, number);
			for (TableRow row : table.rows()) {
				Tables.requireWidth(this.text, table, row);
				rows.add(new SummaryRow(perspective, row.cell(0), row.cell(1), row.cell(2), row.line()));
			}
			number = table.lines().end();
		}
		return rows;
	}

	/**
	 * Each "Bedömning | Trend" row below a heading starts a section; it ends where the
	 * next starts.
	 */
	private List<Section> sections(Set<String> perspectives) {
		List<int[]> starts = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (int number = 1; number <= this.text.lineCount(); number++) {
			if (!Tables.cellsAre(TabTable.cells(this.text.line(number)), "Bedömning", "Trend")) {
				continue;
			}
			int nameLine = Lines.previousNonBlank(this.text, number - 1);
			if (nameLine < 0 || Lines.hasTab(this.text.line(nameLine))) {
				continue;
			}
			String name = withoutPrefix(Lines.trim(this.text.line(nameLine)));
			int start = nameLine;
			int above = Lines.previousNonBlank(this.text, nameLine - 1);
			if (above > 0 && withoutPrefix(Lines.trim(this.text.line(above))).equalsIgnoreCase(name)) {
				start = above;
			}
			starts.add(new int[] { start, number });
			names.add(name);
		}
		List<Section> sections = new ArrayList<>();
		for (int i = 0; i < starts.size(); i++) {
			int limit = (i + 1 < starts.size()) ? starts.get(i + 1)[0] - 1 : this.text.lineCount();
			int end = starts.get(i)[1];
			for (int number = starts.get(i)[1] + 1; number <= limit; number++) {
				String line = Lines.trim(this.text.line(number));
				if (perspectives.contains(line) || APPENDIX.matcher(line).matches()) {
					break;
				}
				if (!Lines.isBlank(this.text.line(number))) {
					end = number;
				}
			}
			sections.add(new Section(names.get(i), starts.get(i)[0], starts.get(i)[1], end));
		}
		return sections;
	}

	private static String withoutPrefix(String heading) {
		return heading.replaceFirst("(?iu)^processområde\\s+", "");
	}

	private String perspectiveBefore(int line, Set<String> perspectives, String fallback) {
		for (int number = line - 1; number >= 1; number--) {
			String text = Lines.trim(this.text.line(number));
			if (perspectives.contains(text)) {
				return text;
			}
		}
		return fallback;
	}

	private void readSection(Section section, SummaryRow summary, String perspective) {
		String key = this.areaKeys.unique(section.name());
		TabTable head = TabTable.readFrom(this.text, section.header());
		TableRow row = head.rows().isEmpty() ? null : head.rows().get(0);
		Trend trend = trend(section, row, summary);

		int firstZone = section.end() + 1;
		for (int number = head.lines().end() + 1; number <= section.end(); number++) {
			if (ProcessGoalReader.isZoneHeading(this.text.line(number))
					|| CommitmentReader.isZoneHeading(this.text.line(number))) {
				firstZone = number;
				break;
			}
		}
		String sentence = null;
		int sentenceLine = -1;
		List<String> summaryParagraphs = new ArrayList<>();
		for (int number = head.lines().end() + 1; number < firstZone; number++) {
			String line = this.text.line(number);
			if (Lines.isBlank(line) || Lines.hasTab(line)) {
				continue;
			}
			String trimmed = Lines.trim(line);
			if (sentence == null && ASSESSMENT_SENTENCE.matcher(trimmed).matches()) {
				sentence = trimmed;
				sentenceLine = number;
			}
			else {
				summaryParagraphs.add(trimmed);
			}
		}
		ParsedReport.Assessment assessment = assessment(section, (row != null) ? row.cell(0) : "", sentence,
				sentenceLine);
		this.areas.add(new ParsedReport.Area(key, AreaKind.PROCESS_AREA, perspective, section.name(), assessment,
				sentence, trend, summaryParagraphs.isEmpty() ? null : String.join("\n", summaryParagraphs),
				new ParsedReport.LineRange(section.start(), section.end())));

		this.goals.readSection(key, perspective, firstZone, section.end());
		this.commitments.readSection(key, firstZone, section.end());
	}

	/** The symbol if one survived and is a known label, else the written-out sentence. */
	private ParsedReport.Assessment assessment(Section section, String symbol, String sentence, int sentenceLine) {
		String label = StatusVocabulary.cleanLabel(symbol);
		if (label != null) {
			Optional<AssessmentLevel> level = StatusVocabulary.assessment(label);
			if (level.isPresent()) {
				return new ParsedReport.Assessment(label, level.get(), section.header() + 1);
			}
		}
		if (sentence == null) {
			this.log.add(section.header(), "ASSESSMENT_MISSING", "Process area '" + section.name()
					+ "': assessment symbol lost and no written assessment; stored as UNKNOWN");
			return new ParsedReport.Assessment(null, AssessmentLevel.UNKNOWN);
		}
		Optional<AssessmentLevel> level = StatusVocabulary.assessment(sentence);
		if (level.isEmpty()) {
			this.log.add(sentenceLine, "UNKNOWN_STATUS_LABEL", "Process area '" + section.name() + "': assessment '"
					+ sentence + "' is not a known wording; stored as UNKNOWN");
			return new ParsedReport.Assessment(sentence, AssessmentLevel.UNKNOWN, sentenceLine);
		}
		return new ParsedReport.Assessment(sentence, level.get(), sentenceLine);
	}

	private Trend trend(Section section, TableRow row, SummaryRow summary) {
		String own = (row != null) ? row.cell(1) : "";
		String listed = (summary != null) ? summary.arrow() : "";
		Trend ownTrend = arrow(own, section.header());
		Trend listedTrend = (summary != null) ? arrow(listed, summary.line()) : null;
		if (ownTrend != null && listedTrend != null && ownTrend != listedTrend) {
			this.log.add(section.header(), "TREND_MISMATCH",
					"Process area '" + section.name() + "': trend '" + own + "' in its section, '" + listed
							+ "' in the summary (line " + summary.line() + "); the section's kept");
		}
		if (ownTrend == null && listedTrend == null) {
			this.log.add(section.header(), "TREND_MISSING",
					"Process area '" + section.name() + "': no trend arrow in its section or the summary");
		}
		return (ownTrend != null) ? ownTrend : listedTrend;
	}

	private Trend arrow(String cell, int line) {
		if (cell.isEmpty()) {
			return null;
		}
		Trend trend = ARROWS.get(cell);
		if (trend == null) {
			this.log.add(line, "UNKNOWN_STATUS_LABEL", "Trend arrow '" + cell + "' is not known; ignored");
		}
		return trend;
	}

	/**
	 * "14 processmål inom Hållbar utveckling och 6 inom Effektiv organisation": only
	 * compared.
	 */
	private void compareGoalCounts() {
		int heading = -1;
		for (int number = 1; number <= this.text.lineCount() && heading < 0; number++) {
			if (GOAL_SUMMARY_HEADING.matcher(Lines.trim(this.text.line(number))).matches()) {
				heading = number;
			}
		}
		if (heading < 0) {
			return;
		}
		Map<String, Integer> stated = new LinkedHashMap<>();
		Map<String, Integer> statedAt = new LinkedHashMap<>();
		for (int number = heading + 1; number <= this.text.lineCount(); number++) {
			String content = this.text.line(number);
			if (Lines.isHeadingLike(content)) {
				break;
			}
			Matcher matcher = GOAL_SUMMARY.matcher(content);
			while (matcher.find()) {
				String perspective = perspectiveStartingLike(matcher.group(2));
				Integer count = NumberWords.parse(matcher.group(1));
				if (perspective != null && count != null) {
					stated.merge(perspective, count, Integer::sum);
					statedAt.putIfAbsent(perspective, number);
				}
			}
		}
		for (Map.Entry<String, Integer> entry : stated.entrySet()) {
			long found = this.goals.countIn(entry.getKey());
			if (found != entry.getValue()) {
				this.log.add(statedAt.get(entry.getKey()), "GOAL_COUNT_MISMATCH", "The text states " + entry.getValue()
						+ " processmål in '" + entry.getKey() + "' but " + found
						+ " titles were read (a table cell, the first line after '4-åriga processmål', or a one-line "
						+ "goal statement followed by its follow-up); a title that cannot be told apart from the "
						+ "follow-up text stays in the analysis of the goal above it");
			}
		}
	}

	private String perspectiveStartingLike(String word) {
		String lower = word.toLowerCase(new Locale("sv"));
		for (ParsedReport.Area area : this.areas) {
			if (area.perspective() == null) {
				continue;
			}
			String first = area.perspective().split("\\s+")[0].toLowerCase(new Locale("sv"));
			if (lower.startsWith(first) || first.startsWith(lower)) {
				return area.perspective();
			}
		}
		return null;
	}

}
