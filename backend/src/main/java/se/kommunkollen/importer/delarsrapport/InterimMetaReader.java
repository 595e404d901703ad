package se.kommunkollen.importer.delarsrapport;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
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
 * Title, period and registration number of a delårsrapport: "Delårsrapport augusti 2023",
 * "per sista augusti 2023", "Kommunstyrelsen, ärendenummer KS2023/623".
 */
final class InterimMetaReader {

	static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
			"september", "oktober", "november", "december");

	private static final String MONTH = "(" + String.join("|", MONTHS) + ")";

	private static final Pattern TITLE = Pattern.compile("(?iu)^delårsrapport\\s+" + MONTH + "\\s+(\\d{4})$");

	private static final Pattern PERIOD_END = Pattern.compile("(?iu)\\bper\\s+sista\\s+" + MONTH + "\\s+(\\d{4})\\b");

	private static final Pattern REGISTRATION = Pattern.compile(
			"(?iu)^(?:(.+?),\\s*)?(?:ärendenummer|diarienummer|dnr)\\s*:?\\s*([\\p{Lu}]{2,}\\s?\\d{2,4}[/:.-]\\d+)");

	private InterimMetaReader() {
	}

	static ParsedReport.Meta read(SourceText text, MunicipalityDirectory municipalities) {
		int titleLine = -1;
		String title = null;
		String month = null;
		int year = 0;
		for (int number = 1; number <= text.lineCount() && titleLine < 0; number++) {
			Matcher matcher = TITLE.matcher(Lines.trim(text.line(number)));
			if (matcher.matches()) {
				titleLine = number;
				title = matcher.group();
				month = matcher.group(1).toLowerCase(new Locale("sv"));
				year = Integer.parseInt(matcher.group(2));
			}
		}
		if (titleLine < 0) {
			for (int number = 1; number <= text.lineCount() && titleLine < 0; number++) {
				Matcher matcher = PERIOD_END.matcher(text.line(number));
				if (matcher.find()) {
					titleLine = number;
					month = matcher.group(1).toLowerCase(new Locale("sv"));
					year = Integer.parseInt(matcher.group(2));
				}
			}
		}
		if (titleLine < 0) {
			throw new ImportException(text.fileName(), null,
					"no report period found (neither 'Delårsrapport <månad> <år>' nor 'per sista <månad> <år>')");
		}
		if (title == null) {
			title = "Delårsrapport " + month + " " + year;
		}
		int monthNumber = MONTHS.indexOf(month) + 1;
		LocalDate end = YearMonth.of(year, monthNumber).atEndOfMonth();
		String label = (monthNumber == 1) ? month + " " + year : "januari–" + month + " " + year;

		String issuer = null;
		String registration = null;
		int lastLine = titleLine;
		for (int number = 1; number <= text.lineCount() && registration == null; number++) {
			Matcher matcher = REGISTRATION.matcher(Lines.trim(text.line(number)));
			if (matcher.find()) {
				registration = matcher.group(2);
				issuer = matcher.group(1);
				lastLine = Math.max(lastLine, number);
			}
		}
		if (issuer == null) {
			issuer = ReportMeta.standaloneBody(text)
				.orElseThrow(() -> new ImportException(text.fileName(), null, "no issuing board found in the text"));
		}
		return new ParsedReport.Meta(ReportMeta.municipality(text, municipalities), ReportKind.INTERIM_REPORT, title,
				issuer, ReportMeta.issuerCode(issuer), year, LocalDate.of(year, 1, 1), end, label, registration,
				new ParsedReport.LineRange(titleLine, lastLine));
	}

}
