package se.kommunkollen.importer.bokslut;

import java.time.LocalDate;
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
import se.kommunkollen.municipality.MunicipalityDirectory;
import se.kommunkollen.municipality.OrganisationKind;
import se.kommunkollen.report.ReportKind;

/**
 * Reads a board's closing accounts (bokslut): "Bokslut per den 31 december 2020 för
 * kommunstyrelsen" with målområden, KF-mål and their lägesbedömning, budget directions
 * and the financial statements (resultaträkning, balansräkning and per-unit tables).
 */
@Component
public class BokslutParser implements ReportParser {

	private static final Pattern TITLE = Pattern.compile(
			"(?:Års)?[Bb]okslut per den (\\d{1,2}) (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) ((?:19|20)\\d{2})(?: för (.+?))?\\s*");

	private static final Pattern REGISTRATION = Pattern.compile("Dnr:?\\s*(.*)");

	private static final Pattern ASSESSMENT = Pattern.compile("\\**Lägesbedömning\\b.*");

	private static final Pattern STATEMENT_HEADING = Pattern.compile("(?iu).*\\b(resultaträkning|balansräkning)\\b.*");

	private static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
			"augusti", "september", "oktober", "november", "december");

	/**
	 * Short codes of the boards whose accounts this parser reads ("ks" in report ids).
	 */
	private static final Map<String, String> ISSUER_CODES = Map.of("kommunstyrelsen", "ks", "kommunfullmäktige", "kf");

	private final MunicipalityDirectory municipalities;

	public BokslutParser(MunicipalityDirectory municipalities) {
		this.municipalities = municipalities;
	}

	@Override
	public boolean canParse(SourceText text) {
		boolean title = titleLine(text) > 0;
		boolean assessments = text.lines().stream().anyMatch((line) -> ASSESSMENT.matcher(line.trim()).matches());
		boolean statements = text.lines()
			.stream()
			.anyMatch((line) -> !line.contains("\t") && STATEMENT_HEADING.matcher(line).matches());
		return title && assessments && statements;
	}

	@Override
	public ParsedReport parse(SourceText text) {
		int titleLine = titleLine(text);
		if (titleLine == 0) {
			throw new ImportException(text.fileName(), null, "no 'Bokslut per den …' title");
		}
		ParsedReport.Meta meta = meta(text, titleLine);
		TargetAreas areas = TargetAreas.read(text);
		FinancialTables tables = FinancialTables.read(text);
		List<ParsedReport.Warning> warnings = new ArrayList<>(areas.warnings());
		warnings.addAll(tables.warnings());
		warnings.sort((a, b) -> Integer.compare(a.line() != null ? a.line() : 0, b.line() != null ? b.line() : 0));
		List<ParsedReport.Organisation> organisations = (meta.issuer() != null)
				? List.of(new ParsedReport.Organisation(meta.issuerCode(), meta.issuer(), OrganisationKind.BOARD,
						List.of(meta.issuerCode().toUpperCase(Locale.ROOT))))
				: List.of();
		return new ParsedReport(meta, organisations, areas.areas(), areas.goals(), areas.indicators(), List.of(),
				areas.initiatives(), List.of(), tables.statements(), null, warnings);
	}

	private ParsedReport.Meta meta(SourceText text, int titleLine) {
		String fileName = text.fileName();
		String title = text.line(titleLine).trim();
		Matcher matcher = TITLE.matcher(title);
		matcher.matches();
		int year = Integer.parseInt(matcher.group(3));
		LocalDate end = LocalDate.of(year, MONTHS.indexOf(matcher.group(2)) + 1, Integer.parseInt(matcher.group(1)));
		boolean wholeYear = end.getMonthValue() == 12 && end.getDayOfMonth() == 31;
		String issuer = (matcher.group(4) != null) ? capitalised(matcher.group(4).trim()) : null;
		String issuerCode = (issuer != null)
				? ISSUER_CODES.getOrDefault(issuer.toLowerCase(new Locale("sv")), MunicipalityDirectory.slug(issuer))
				: null;
		String municipality = this.municipalities.findIn(text)
			.orElseThrow(
					() -> new ImportException(fileName, null, "cannot tell which municipality the report is about"));
		int registrationLine = registrationLine(text, titleLine);
		String registration = (registrationLine > 0) ? registration(text, registrationLine) : null;
		int first = Lines.nextNonBlank(text, 0);
		int last = Math.max(titleLine, registrationLine);
		return new ParsedReport.Meta(municipality, ReportKind.CLOSING_ACCOUNTS, title, issuer, issuerCode, year,
				wholeYear ? LocalDate.of(year, 1, 1) : null, end, wholeYear ? "helår " + year : null, registration,
				new ParsedReport.LineRange(Math.min(first, titleLine), last));
	}

	/**
	 * The first title line "Bokslut per den 31 december 2020 för kommunstyrelsen"; 0 when
	 * none.
	 */
	private static int titleLine(SourceText text) {
		for (int line = 1; line <= text.lineCount(); line++) {
			if (TITLE.matcher(text.line(line).trim()).matches()) {
				return line;
			}
		}
		return 0;
	}

	/** The "Dnr" line nearest the title (the title's own, else the letterhead's). */
	private static int registrationLine(SourceText text, int titleLine) {
		int best = 0;
		for (int line = 1; line <= text.lineCount(); line++) {
			if (REGISTRATION.matcher(text.line(line).trim()).matches()
					&& (best == 0 || Math.abs(line - titleLine) < Math.abs(best - titleLine))) {
				best = line;
			}
		}
		return best;
	}

	/** "Dnr KS 21/100", or "Dnr" with the number on the next line. */
	private static String registration(SourceText text, int line) {
		Matcher matcher = REGISTRATION.matcher(text.line(line).trim());
		matcher.matches();
		if (!matcher.group(1).isBlank()) {
			return matcher.group(1).trim();
		}
		int next = Lines.nextNonBlank(text, line);
		return (next > 0) ? text.line(next).trim() : null;
	}

	private static String capitalised(String text) {
		return text.substring(0, 1).toUpperCase(new Locale("sv")) + text.substring(1);
	}

}
