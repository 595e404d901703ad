package se.kommunkollen.importer.bokslut;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import se.kommunkollen.finance.ColumnKind;
import se.kommunkollen.finance.StatementKind;
import se.kommunkollen.importer.ParsedReport;
import se.kommunkollen.importer.SourceText;
import se.kommunkollen.importer.read.MoneyUnit;
import se.kommunkollen.importer.read.StatementUnits;
import se.kommunkollen.importer.read.SwedishNumbers;
import se.kommunkollen.importer.read.TabTable;

/**
 * Key figures printed as label–value lines with no header ("Kostnader totalt 318 445",
 * "K/I-tal 0,96"). Two or more such lines, apart by at most one blank line or an
 * underline of dashes, are one block; a block is taken only when one of its figures is
 * printed in one of the report's tables too, which keeps tables of contents (title, page)
 * out.
 *
 * <p>
 * Each row gets its own unit: a ratio ("-tal", "kvot") has none; an amount has the unit
 * of a table that prints the same figure on a row or column named with the same first
 * word ("Intäkter totalt 35 330" and "SUMMA INTÄKTER … 35 330" in a tkr table); otherwise
 * the row stays without unit, with a warning. The statement has a unit only when all its
 * amounts share one.
 */
final class KeyFigureBlocks {

	static final String TITLE = "Nyckeltal";

	static final String COLUMN_LABEL = "(utan rubrik)";

	static final String UNIT_FROM_TABLE = "UNIT_FROM_TABLE";

	private static final Pattern RULE = Pattern.compile("[-–—_=\\s]+");

	private static final Pattern RATIO = Pattern.compile("(?iu).*(-tal|kvot)\\b.*");

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final List<ParsedReport.Statement> statements = new ArrayList<>();

	private final List<ParsedReport.Warning> warnings = new ArrayList<>();

	private KeyFigureBlocks() {
	}

	static KeyFigureBlocks read(SourceText text, List<ParsedReport.Statement> tables) {
		KeyFigureBlocks blocks = new KeyFigureBlocks();
		List<Integer> lines = new ArrayList<>();
		boolean blankSeen = false;
		for (int number = 1; number <= text.lineCount(); number++) {
			String line = text.line(number);
			if (isFigure(line) && !inTable(number, tables)) {
				lines.add(number);
				blankSeen = false;
			}
			else if (!lines.isEmpty() && isRule(line)) {
				continue;
			}
			else if (!lines.isEmpty() && line.isBlank() && !blankSeen) {
				blankSeen = true;
			}
			else {
				blocks.close(text, lines, tables);
				lines = new ArrayList<>();
				blankSeen = false;
			}
		}
		blocks.close(text, lines, tables);
		return blocks;
	}

	List<ParsedReport.Statement> statements() {
		return this.statements;
	}

	List<ParsedReport.Warning> warnings() {
		return this.warnings;
	}

	private void close(SourceText text, List<Integer> lines, List<ParsedReport.Statement> tables) {
		if (lines.size() < 2 || lines.stream()
			.noneMatch((line) -> unitFromTables(text, line, tables).isPresent()
					|| printedInTables(value(text, line), tables))) {
			return;
		}
		List<ParsedReport.Row> rows = new ArrayList<>();
		List<String> units = new ArrayList<>();
		for (int line : lines) {
			List<String> cells = TabTable.cells(text.line(line));
			String label = cells.get(0).trim();
			String printed = cells.get(1).trim();
			boolean ratio = RATIO.matcher(label).matches();
			String unit = null;
			if (!ratio) {
				Optional<Match> match = unitFromTables(text, line, tables);
				if (match.isPresent()) {
					unit = match.get().unit();
					this.warnings.add(new ParsedReport.Warning(line, UNIT_FROM_TABLE,
							"Key figure '" + label + "': unit '" + unit + "' taken from line " + match.get().line()
									+ ", where the same figure " + printed + " stands in a table in " + unit));
				}
				else {
					this.warnings.add(new ParsedReport.Warning(line, StatementUnits.UNIT_NOT_STATED, "Key figure '"
							+ label
							+ "': no unit printed and the figure stands in no table with a unit; stored without unit"));
				}
				units.add(unit);
			}
			rows.add(new ParsedReport.Row(label, null, false, List.of(SwedishNumbers.parse(printed)), List.of(printed),
					ParsedReport.LineRange.of(line), unit, ratio));
		}
		boolean shared = !units.isEmpty() && units.stream().allMatch((u) -> u != null && u.equals(units.get(0)));
		String statementUnit = shared ? units.get(0) : null;
		List<ParsedReport.Row> stored = new ArrayList<>();
		for (ParsedReport.Row row : rows) {
			String own = (shared || row.ratio()) ? null : row.unit();
			stored.add(new ParsedReport.Row(row.label(), null, false, row.values(), row.printed(), row.lines(), own,
					row.ratio()));
		}
		this.statements.add(new ParsedReport.Statement(TITLE, StatementKind.KEY_FIGURES, TITLE, statementUnit,
				List.of(new ParsedReport.Column(COLUMN_LABEL, ColumnKind.OTHER, null, null)), stored,
				new ParsedReport.LineRange(lines.get(0), lines.get(lines.size() - 1))));
	}

	private record Match(String unit, int line) {
	}

	/**
	 * A table with a unit that prints the same figure (same digits and decimals) where
	 * its row label or column label holds the key figure's first word.
	 */
	private static Optional<Match> unitFromTables(SourceText text, int line, List<ParsedReport.Statement> tables) {
		BigDecimal value = value(text, line);
		String word = firstWord(TabTable.cells(text.line(line)).get(0));
		for (ParsedReport.Statement table : tables) {
			if (table.unit() == null || MoneyUnit.find(table.unit()).isEmpty()) {
				continue;
			}
			for (ParsedReport.Row row : table.rows()) {
				for (int column = 0; column < row.values().size(); column++) {
					BigDecimal cell = row.values().get(column);
					ParsedReport.Column header = table.columns().get(column);
					boolean amount = header.unit() == null && header.kind() != ColumnKind.RATIO
							&& header.kind() != ColumnKind.REFERENCE;
					boolean named = row.label().toLowerCase(SWEDISH).contains(word)
							|| header.label().toLowerCase(SWEDISH).contains(word);
					if (amount && named && value.equals(cell)) {
						return Optional.of(new Match(table.unit(), row.lines().start()));
					}
				}
			}
		}
		return Optional.empty();
	}

	private static boolean printedInTables(BigDecimal value, List<ParsedReport.Statement> tables) {
		return tables.stream()
			.flatMap((table) -> table.rows().stream())
			.flatMap((row) -> row.values().stream())
			.anyMatch(value::equals);
	}

	private static BigDecimal value(SourceText text, int line) {
		return SwedishNumbers.parse(TabTable.cells(text.line(line)).get(1));
	}

	private static String firstWord(String label) {
		String lower = label.toLowerCase(SWEDISH).trim();
		int space = lower.indexOf(' ');
		return (space > 0) ? lower.substring(0, space) : lower;
	}

	private static boolean isFigure(String line) {
		List<String> cells = TabTable.cells(line);
		if (cells.size() != 2) {
			return false;
		}
		String label = cells.get(0).trim();
		return label.chars().anyMatch(Character::isLetter) && !label.matches(".*\\.{2,}\\s*$")
				&& SwedishNumbers.isNumber(cells.get(1));
	}

	private static boolean isRule(String line) {
		return !line.isBlank() && line.chars().anyMatch((c) -> c == '-' || c == '–' || c == '_')
				&& RULE.matcher(line).matches();
	}

	private static boolean inTable(int line, List<ParsedReport.Statement> tables) {
		return tables.stream().anyMatch((t) -> line >= t.lines().start() && line <= t.lines().end());
	}

}
