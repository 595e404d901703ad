package se.kommunkollen.importer.read;

import java.util.List;
import java.util.Optional;

import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;

/**
 * The unit of a statement whose title and header print none: taken from a sentence of the
 * report that fixes it ({@link UnitSentences}), with a warning naming that line;
 * otherwise the statement stays without unit, with a warning.
 */
public final class StatementUnits {

	public static final String UNIT_NOT_STATED = "UNIT_NOT_STATED";

	public static final String UNIT_FROM_TEXT = "UNIT_FROM_TEXT";

	private StatementUnits() {
	}

	/**
	 * @param warnings where the warning about the unit is added
	 */
	public static ParsedReport.Statement resolve(SourceText text, ParsedReport.Statement statement,
			List<ParsedReport.Warning> warnings) {
		if (statement.unit() != null) {
			return statement;
		}
		Optional<UnitSentences.Evidence> evidence = UnitSentences.find(text, statement);
		if (evidence.isPresent()) {
			int line = evidence.get().line();
			warnings.add(new ParsedReport.Warning(line, UNIT_FROM_TEXT,
					"Statement '" + statement.title() + "' (line " + statement.lines().start()
							+ "): no unit printed in its title or header; unit '" + evidence.get().unit()
							+ "' taken from line " + line + ", which repeats one of its sums with it"));
			return statement.withUnit(evidence.get().unit(), ParsedReport.LineRange.of(line));
		}
		warnings.add(new ParsedReport.Warning(statement.lines().start(), UNIT_NOT_STATED,
				"Statement '" + statement.title() + "': no unit printed in its title or header (line "
						+ statement.lines().start() + ") nor fixed by a sentence of the report; stored without unit"));
		return statement;
	}

}
