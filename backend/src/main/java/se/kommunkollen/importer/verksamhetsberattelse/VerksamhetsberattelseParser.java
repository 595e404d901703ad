package se.kommunkollen.importer.verksamhetsberattelse;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.ReportParser;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.ReportMeta;
import se.kommunkollen.importer.read.StatementReader;
import se.kommunkollen.importer.read.TabTable;
import se.kommunkollen.importer.read.WarningLog;
import se.kommunkollen.municipality.MunicipalityDirectory;

/**
 * A board's verksamhetsberättelse organised by processområden: areas with assessment and
 * trend, 4-åriga processmål with follow-up, indicators, 1-åriga åtaganden with status
 * blocks, the financial tables and the internal control report in its appendix.
 */
@Component
public class VerksamhetsberattelseParser implements ReportParser {

	private final MunicipalityDirectory municipalities;

	public VerksamhetsberattelseParser(MunicipalityDirectory municipalities) {
		this.municipalities = municipalities;
	}

	@Override
	public boolean canParse(SourceText text) {
		boolean annual = false;
		boolean shape = false;
		for (String line : text.lines()) {
			annual |= line.toLowerCase(new Locale("sv")).contains("verksamhetsberättelse");
			shape |= ProcessAreaReader.isSummaryHeader(TabTable.cells(line)) || CommitmentReader.isZoneHeading(line);
		}
		return annual && shape;
	}

	@Override
	public ParsedReport parse(SourceText text) {
		WarningLog log = new WarningLog();
		ParsedReport.Meta meta = AnnualMetaReader.read(text, this.municipalities);
		ProcessAreaReader areas = new ProcessAreaReader(text, log);
		areas.read();
		ControlAppendixReader controls = new ControlAppendixReader(text, log);
		controls.read();
		List<ParsedReport.Statement> statements = StatementReader.readAll(text, log);
		return new ParsedReport(meta, ReportMeta.organisations(text, meta.issuer()), areas.areas(),
				areas.goals().goals(), areas.goals().indicators(), areas.commitments().commitments(), List.of(),
				controls.controls(), statements, null, log.list());
	}

}
