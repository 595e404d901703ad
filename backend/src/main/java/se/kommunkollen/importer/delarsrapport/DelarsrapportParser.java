package se.kommunkollen.importer.delarsrapport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.ReportParser;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.Keys;
import se.kommunkollen.importer.read.Lines;
import se.kommunkollen.importer.read.ReportMeta;
import se.kommunkollen.importer.read.StatementReader;
import se.kommunkollen.importer.read.TabTable;
import se.kommunkollen.importer.read.WarningLog;
import se.kommunkollen.municipality.MunicipalityDirectory;

/**
 * A board's delårsrapport: KF-mål per "Kommunens uppgift" with their status lines,
 * medarbetarmål with indicator tables, prioriterade satsningar and riktade uppdrag, the
 * internal control table and the financial statements.
 */
@Component
public class DelarsrapportParser implements ReportParser {

	private final MunicipalityDirectory municipalities;

	public DelarsrapportParser(MunicipalityDirectory municipalities) {
		this.municipalities = municipalities;
	}

	@Override
	public boolean canParse(SourceText text) {
		boolean interim = false;
		boolean goalTables = false;
		for (String line : text.lines()) {
			String lower = line.toLowerCase(new Locale("sv"));
			interim |= lower.contains("delårsrapport");
			goalTables |= CouncilGoalReader.isHeader(TabTable.cells(line))
					|| (Lines.isNumberedHeading(line) && lower.contains("uppföljning verksamhetsmål"));
		}
		return interim && goalTables;
	}

	@Override
	public ParsedReport parse(SourceText text) {
		WarningLog log = new WarningLog();
		ParsedReport.Meta meta = InterimMetaReader.read(text, this.municipalities);

		Keys goalKeys = new Keys();
		CouncilGoalReader councilGoals = new CouncilGoalReader(text, goalKeys, log);
		councilGoals.read();
		List<ParsedReport.Area> areas = councilGoals.areas(new Keys());
		List<ParsedReport.Goal> goals = new ArrayList<>(councilGoals.goals());

		EmployeeGoalReader employeeGoals = new EmployeeGoalReader(text, goalKeys, new Keys(), log);
		employeeGoals.read();
		goals.addAll(employeeGoals.goals());

		InitiativeReader initiatives = new InitiativeReader(text, new Keys(), log);
		initiatives.read();

		ControlTableReader controls = new ControlTableReader(text, new Keys(), log);
		controls.read();

		List<ParsedReport.Statement> statements = StatementReader.readAll(text, log);

		return new ParsedReport(meta, ReportMeta.organisations(text, meta.issuer()), areas, goals,
				employeeGoals.indicators(), List.of(), initiatives.initiatives(), controls.controls(), statements, null,
				log.list());
	}

}
