package se.kommunkollen.importer.verksamhetsberattelse;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kommunkollen.importer.ImportException;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.Lines;
import se.kommunkollen.importer.read.ReportMeta;
import se.kommunkollen.municipality.MunicipalityDirectory;
import se.kommunkollen.report.ReportKind;

/**
 * Title, year and registration number of a verksamhetsberättelse: a title line
 * "Verksamhetsberättelse 2022" and a line that is only the registration number
 * ("KSKF/2023:44").
 */
final class AnnualMetaReader {

	private static final Pattern TITLE = Pattern
		.compile("(?iu)^verksamhetsberättelse\\s+(?:för\\s+)?(?:år\\s+)?(\\d{4})$");

	private static final Pattern TITLE_IN_TEXT = Pattern
		.compile("(?iu)\\bverksamhetsberättelse\\s+(?:för\\s+)?(?:år\\s+)?(\\d{4})\\b");

	private static final Pattern REGISTRATION = Pattern.compile("^\\p{Lu}{2,}\\s?/?\\s?\\d{4}[:/]\\d+$");

	private AnnualMetaReader() {
	}

	static ParsedReport.Meta read(SourceText text, MunicipalityDirectory municipalities) {
		int titleLine = find(text, TITLE, true);
		if (titleLine < 0) {
			titleLine = find(text, TITLE_IN_TEXT, false);
		}
		if (titleLine < 0) {
			throw new ImportException(text.fileName(), null, "no 'Verksamhetsberättelse <år>' found");
		}
		Matcher matcher = TITLE_IN_TEXT.matcher(text.line(titleLine));
		matcher.find();
		int year = Integer.parseInt(matcher.group(1));
		String title = "Verksamhetsberättelse " + year;
		String registration = null;
		for (int number = 1; number <= text.lineCount() && registration == null; number++) {
			String line = Lines.trim(text.line(number));
			if (REGISTRATION.matcher(line).matches()) {
				registration = line.replaceAll("\\s+", "");
			}
		}
		String issuer = ReportMeta.standaloneBody(text)
			.orElseThrow(() -> new ImportException(text.fileName(), null, "no issuing board found in the text"));
		return new ParsedReport.Meta(ReportMeta.municipality(text, municipalities), ReportKind.ANNUAL_REPORT, title,
				issuer, ReportMeta.issuerCode(issuer), year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
				"januari–december " + year, registration, ParsedReport.LineRange.of(titleLine));
	}

	private static int find(SourceText text, Pattern pattern, boolean whole) {
		for (int number = 1; number <= text.lineCount(); number++) {
			Matcher matcher = pattern.matcher(Lines.trim(text.line(number)));
			if (whole ? matcher.matches() : matcher.find()) {
				return number;
			}
		}
		return -1;
	}

}
