package se.kommunkollen.importer.kommunkompassen;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import se.kommunkollen.importer.ImportException;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.ReportParser;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.TabTable;
import se.kommunkollen.importer.read.TableCells;
import se.kommunkollen.importer.read.TableRow;
import se.kommunkollen.municipality.MunicipalityDirectory;
import se.kommunkollen.report.ReportKind;

/**
 * Reads SKR's Kommunkompassen evaluations: eight areas with a score of 100, their
 * sub-questions from the overview tables, and their strengths and improvements.
 */
@Component
public class KommunkompassenParser implements ReportParser {

	static final String QUESTION_SUM_MISMATCH = "QUESTION_SUM_MISMATCH";

	static final String AREA_SCORE_MISMATCH = "AREA_SCORE_MISMATCH";

	static final String TOTAL_SCORE_MISMATCH = "TOTAL_SCORE_MISMATCH";

	static final String AREA_MISSING = "AREA_MISSING";

	static final String ISSUER_NOT_FOUND = "ISSUER_NOT_FOUND";

	private static final int TITLE_LINES = 10;

	private static final int EXPECTED_AREAS = 8;

	private static final int AREA_MAX = 100;

	private static final Pattern AREA_HEADING = Pattern.compile("Område\\s+(\\d+)\\s+(\\S.*?)\\s*");

	private static final Pattern OVERVIEW_HEADING = Pattern.compile("(?:\\d+\\.\\s*)?Översikt av poängfördelning\\s*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");

	private static final Pattern EVALUATORS = Pattern.compile("Utvärderare:?\\s+(.+)");

	private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");

	/**
	 * "Utvärderingen av X kommun genomfördes i oktober år 2021": when the evaluation was
	 * made.
	 */
	private static final Pattern CONDUCTED = Pattern.compile(
			"Utvärderingen\\b[^.]*?\\bgenomfördes i (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?: år)? ((?:19|20)\\d{2})\\b");

	/** "… ett kommunkompassresultat på 550 poäng", "totalpoäng på 550". */
	private static final Pattern PRINTED_TOTAL = Pattern.compile(
			"(?:resultat|totalpoäng)(?:et|en)? (?:på|är|blev) (\\d{1,4}) poäng",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
			"augusti", "september", "oktober", "november", "december");

	private final MunicipalityDirectory municipalities;

	public KommunkompassenParser(MunicipalityDirectory municipalities) {
		this.municipalities = municipalities;
	}

	@Override
	public boolean canParse(SourceText text) {
		return titleLine(text) > 0 && !areaHeadings(text).isEmpty() && overviewHeading(text) > 0;
	}

	@Override
	public ParsedReport parse(SourceText text) {
		String fileName = text.fileName();
		int titleLine = titleLine(text);
		if (titleLine == 0) {
			throw new ImportException(fileName, null, "no Kommunkompassen title in the first lines");
		}
		List<ParsedReport.Warning> warnings = new ArrayList<>();
		ParsedReport.Meta meta = meta(text, titleLine, warnings);
		Map<Integer, OverviewTables.Overview> overviews = OverviewTables.read(text);
		List<ParsedReport.EvaluationArea> areas = areas(text, overviews, warnings);
		int total = areas.stream().mapToInt(ParsedReport.EvaluationArea::score).sum();
		int max = areas.stream().mapToInt(ParsedReport.EvaluationArea::maxScore).sum();
		checkPrintedTotal(text, total, warnings);
		int lastLine = areas.stream().mapToInt((area) -> area.lines().end()).max().orElse(titleLine);
		for (OverviewTables.Overview overview : overviews.values()) {
			lastLine = Math.max(lastLine, overview.lines().end());
		}
		ParsedReport.Evaluation evaluation = new ParsedReport.Evaluation(meta.year(), evaluators(text, titleLine),
				total, max, areas, new ParsedReport.LineRange(titleLine, lastLine));
		return new ParsedReport(meta, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), evaluation, warnings);
	}

	private ParsedReport.Meta meta(SourceText text, int titleLine, List<ParsedReport.Warning> warnings) {
		String fileName = text.fileName();
		String title = text.line(titleLine).trim();
		String municipality = this.municipalities.findIn(text)
			.orElseThrow(
					() -> new ImportException(fileName, null, "cannot tell which municipality the report is about"));
		Matcher conducted = find(text, CONDUCTED);
		Integer year = lastYear(title);
		if (year == null && conducted != null) {
			year = Integer.valueOf(conducted.group(2));
		}
		if (year == null) {
			throw new ImportException(fileName, titleLine, "no year in the title '" + title + "'");
		}
		LocalDate start = null;
		LocalDate end = null;
		String periodLabel = null;
		if (conducted != null) {
			YearMonth month = YearMonth.of(Integer.parseInt(conducted.group(2)),
					MONTHS.indexOf(conducted.group(1)) + 1);
			start = month.atDay(1);
			end = month.atEndOfMonth();
			periodLabel = conducted.group(1) + " " + conducted.group(2);
		}
		String issuer = issuer(text, titleLine);
		if (issuer == null) {
			warnings.add(new ParsedReport.Warning(titleLine, ISSUER_NOT_FOUND,
					"Evaluation: no evaluating organisation found (expected 'Utvärderare …, SKR' or 'Sveriges Kommuner och Regioner')"));
		}
		int evaluatorsLine = evaluatorsLine(text, titleLine);
		int metaEnd = (evaluatorsLine > 0) ? evaluatorsLine : titleLine;
		return new ParsedReport.Meta(municipality, ReportKind.EVALUATION, title, issuer,
				(issuer != null) ? issuer.toLowerCase(Locale.ROOT) : null, year, start, end, periodLabel, null,
				new ParsedReport.LineRange(titleLine, metaEnd));
	}

	private List<ParsedReport.EvaluationArea> areas(SourceText text, Map<Integer, OverviewTables.Overview> overviews,
			List<ParsedReport.Warning> warnings) {
		List<Integer> headings = areaHeadings(text);
		int overviewStart = overviewHeading(text);
		List<ParsedReport.EvaluationArea> areas = new ArrayList<>();
		List<Integer> seen = new ArrayList<>();
		for (int i = 0; i < headings.size(); i++) {
			int headingLine = headings.get(i);
			int next = (i + 1 < headings.size()) ? headings.get(i + 1) : text.lineCount() + 1;
			if (overviewStart > headingLine && overviewStart < next) {
				next = overviewStart;
			}
			ParsedReport.LineRange section = new ParsedReport.LineRange(headingLine,
					lastNonBlank(text, headingLine, next - 1));
			Matcher heading = AREA_HEADING.matcher(text.line(headingLine).trim());
			heading.matches();
			int number = Integer.parseInt(heading.group(1));
			if (seen.contains(number)) {
				throw new ImportException(text.fileName(), headingLine, "a second section for area " + number);
			}
			seen.add(number);
			areas.add(area(text, number, heading.group(2), section, overviews.get(number), warnings));
		}
		for (OverviewTables.Overview overview : overviews.values()) {
			if (!seen.contains(overview.number())) {
				warnings
					.add(new ParsedReport.Warning(overview.lines().start(), AREA_MISSING, "Area " + overview.number()
							+ ": no section 'Område " + overview.number() + "'; score taken from the overview table"));
				areas.add(areaFromOverview(overview, warnings));
			}
		}
		areas.sort((a, b) -> Integer.compare(a.number(), b.number()));
		if (areas.size() != EXPECTED_AREAS) {
			warnings.add(new ParsedReport.Warning(null, AREA_MISSING,
					"Evaluation: " + areas.size() + " areas found, Kommunkompassen has " + EXPECTED_AREAS));
		}
		return areas;
	}

	private ParsedReport.EvaluationArea area(SourceText text, int number, String name, ParsedReport.LineRange section,
			OverviewTables.Overview overview, List<ParsedReport.Warning> warnings) {
		Integer sectionScore = sectionScore(text, number, section);
		FindingsTables findings = FindingsTables.read(text, number, section);
		warnings.addAll(findings.warnings());
		List<ParsedReport.Question> questions = List.of();
		Integer score = sectionScore;
		int max = AREA_MAX;
		if (overview == null) {
			warnings.add(new ParsedReport.Warning(section.start(), AREA_MISSING,
					"Area " + number + ": no overview table with its sub-questions"));
		}
		else {
			questions = overview.questions();
			checkQuestionSum(overview, warnings);
			if (overview.printedMax() != null) {
				max = overview.printedMax();
			}
			if (sectionScore != null && overview.printedScore() != null
					&& !sectionScore.equals(overview.printedScore())) {
				warnings.add(new ParsedReport.Warning(overview.sumLine(), AREA_SCORE_MISMATCH,
						"Area " + number + ": the overview table prints " + overview.printedScore()
								+ " but the area section gives " + sectionScore + "; stored " + sectionScore));
			}
			if (score == null) {
				score = scoreFromOverview(overview);
			}
		}
		if (score == null) {
			throw new ImportException(text.fileName(), section.start(), "area " + number + ": no score found");
		}
		return new ParsedReport.EvaluationArea(number, name, score, max, questions, findings.strengths(),
				findings.improvements(), section);
	}

	private ParsedReport.EvaluationArea areaFromOverview(OverviewTables.Overview overview,
			List<ParsedReport.Warning> warnings) {
		checkQuestionSum(overview, warnings);
		int max = (overview.printedMax() != null) ? overview.printedMax() : AREA_MAX;
		return new ParsedReport.EvaluationArea(overview.number(), overview.name(), scoreFromOverview(overview), max,
				overview.questions(), List.of(), List.of(), overview.lines());
	}

	private static int scoreFromOverview(OverviewTables.Overview overview) {
		return (overview.printedScore() != null) ? overview.printedScore() : questionSum(overview);
	}

	private static int questionSum(OverviewTables.Overview overview) {
		return overview.questions().stream().mapToInt(ParsedReport.Question::score).sum();
	}

	private static void checkQuestionSum(OverviewTables.Overview overview, List<ParsedReport.Warning> warnings) {
		int sum = questionSum(overview);
		int maxSum = overview.questions().stream().mapToInt(ParsedReport.Question::maxScore).sum();
		if (overview.printedScore() != null && overview.printedScore() != sum) {
			warnings.add(new ParsedReport.Warning(overview.sumLine(), QUESTION_SUM_MISMATCH,
					"Area " + overview.number() + ": the sub-questions add up to " + sum
							+ " points but the table prints " + overview.printedScore()));
		}
		if (overview.printedMax() != null && overview.printedMax() != maxSum) {
			warnings.add(new ParsedReport.Warning(overview.sumLine(), QUESTION_SUM_MISMATCH,
					"Area " + overview.number() + ": the sub-questions' maxima add up to " + maxSum
							+ " but the table prints " + overview.printedMax()));
		}
	}

	/** The score in the area's "Rubriker / Poäng" table, or null when it has none. */
	private static Integer sectionScore(SourceText text, int number, ParsedReport.LineRange section) {
		for (int line = section.start(); line <= section.end(); line++) {
			List<String> cells = TabTable.cells(text.line(line));
			if (cells.size() >= 2 && cells.get(0).equalsIgnoreCase("Rubriker")
					&& cells.get(1).equalsIgnoreCase("Poäng")) {
				TabTable table = TabTable.readFrom(text, line);
				if (table.rows().isEmpty()) {
					throw new ImportException(text.fileName(), line,
							"area " + number + ": table 'Rubriker / Poäng' has no rows");
				}
				TableRow row = table.rows().get(0);
				return TableCells.requiredInt(text.fileName(), row, 1, cells.get(1));
			}
		}
		return null;
	}

	private static void checkPrintedTotal(SourceText text, int total, List<ParsedReport.Warning> warnings) {
		for (int line = 1; line <= text.lineCount(); line++) {
			Matcher printed = PRINTED_TOTAL.matcher(text.line(line));
			while (printed.find()) {
				int value = Integer.parseInt(printed.group(1));
				if (value != total) {
					warnings.add(new ParsedReport.Warning(line, TOTAL_SCORE_MISMATCH,
							"Evaluation: the text prints a total of " + value + " points but the areas add up to "
									+ total));
				}
			}
		}
	}

	/**
	 * The first line among the first non-blank ones naming Kommunkompassen; 0 when none.
	 */
	private static int titleLine(SourceText text) {
		int nonBlank = 0;
		for (int line = 1; line <= text.lineCount() && nonBlank < TITLE_LINES; line++) {
			String content = text.line(line).trim();
			if (content.isEmpty()) {
				continue;
			}
			nonBlank++;
			if (content.toLowerCase(Locale.ROOT).contains("kommunkompassen") && !content.contains("\t")) {
				return line;
			}
		}
		return 0;
	}

	/**
	 * Lines of "Område N Name" headings (not table-of-contents lines, which carry a page
	 * number after a tab).
	 */
	private static List<Integer> areaHeadings(SourceText text) {
		List<Integer> lines = new ArrayList<>();
		for (int line = 1; line <= text.lineCount(); line++) {
			String content = text.line(line);
			if (!content.contains("\t") && AREA_HEADING.matcher(content.trim()).matches()
					&& !content.contains("....")) {
				lines.add(line);
			}
		}
		return lines;
	}

	private static int overviewHeading(SourceText text) {
		for (int line = 1; line <= text.lineCount(); line++) {
			String content = text.line(line);
			if (!content.contains("\t") && OVERVIEW_HEADING.matcher(content.trim()).matches()) {
				return line;
			}
		}
		return 0;
	}

	private static int evaluatorsLine(SourceText text, int titleLine) {
		for (int line = titleLine; line <= Math.min(text.lineCount(), titleLine + TITLE_LINES); line++) {
			if (EVALUATORS.matcher(text.line(line).trim()).matches()) {
				return line;
			}
		}
		return 0;
	}

	/** The evaluators' names as printed, without a trailing organisation acronym. */
	private static String evaluators(SourceText text, int titleLine) {
		int line = evaluatorsLine(text, titleLine);
		if (line == 0) {
			return null;
		}
		Matcher matcher = EVALUATORS.matcher(text.line(line).trim());
		matcher.matches();
		List<String> parts = new ArrayList<>(List.of(matcher.group(1).split("\\s*,\\s*")));
		if (parts.size() > 1 && ACRONYM.matcher(parts.get(parts.size() - 1)).matches()) {
			parts.remove(parts.size() - 1);
		}
		return String.join(", ", parts);
	}

	/**
	 * The acronym after the evaluators ("…, SKR"), else SKR when the text names Sveriges
	 * Kommuner och Regioner.
	 */
	private static String issuer(SourceText text, int titleLine) {
		int line = evaluatorsLine(text, titleLine);
		if (line > 0) {
			Matcher matcher = EVALUATORS.matcher(text.line(line).trim());
			matcher.matches();
			String[] parts = matcher.group(1).split("\\s*,\\s*");
			if (parts.length > 1 && ACRONYM.matcher(parts[parts.length - 1]).matches()) {
				return parts[parts.length - 1];
			}
		}
		String joined = String.join(" ", text.lines()).replaceAll("\\s+", " ");
		return joined.contains("Sveriges Kommuner och Regioner") ? "SKR" : null;
	}

	private static Matcher find(SourceText text, Pattern pattern) {
		for (String line : text.lines()) {
			Matcher matcher = pattern.matcher(line);
			if (matcher.find()) {
				return matcher;
			}
		}
		return null;
	}

	private static Integer lastYear(String title) {
		Matcher matcher = YEAR.matcher(title);
		Integer year = null;
		while (matcher.find()) {
			year = Integer.valueOf(matcher.group(1));
		}
		return year;
	}

	private static int lastNonBlank(SourceText text, int from, int to) {
		for (int line = to; line > from; line--) {
			if (!text.line(line).isBlank()) {
				return line;
			}
		}
		return from;
	}

}
